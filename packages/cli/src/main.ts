/**
 * The `quiver` command's entry: wires Ctrl-C to an AbortSignal (a second Ctrl-C quits at once),
 * answers to stdout (a closed pipe, as with `| head`, ends quietly), and exits with the code.
 */
import { runCli } from "./program.js";

const controller = new AbortController();
process.once("SIGINT", () => {
  controller.abort(Object.assign(new Error("interrupted"), { name: "AbortError" }));
  process.once("SIGINT", () => process.exit(130));
});
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), { signal: controller.signal, write: (text) => process.stdout.write(text) });
process.stdout.write("", () => process.exit(code));
