import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built command, as `pnpm build` leaves it. */
export const QUIVER = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");

/** What a run of the command gave. */
export interface QuiverRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `quiver` command as a child process, stdin from `input` (or empty), stdout and
 * stderr pipes (so no progress bar).
 * @param args - the arguments
 * @param input - bytes for standard input
 */
export function quiver(args: readonly string[], input?: Uint8Array): Promise<QuiverRun> {
  if (!existsSync(QUIVER)) throw new Error(`${QUIVER} is missing: run \`pnpm build\` first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [QUIVER, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** A data file of the `vega-datasets` package (its data folder sits beside its script entry). */
export function vegaData(file: string): string {
  return join(dirname(createRequire(import.meta.url).resolve("vega-datasets")), "..", "data", file);
}
