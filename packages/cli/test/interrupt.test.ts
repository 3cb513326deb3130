import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { writeBigFile } from "./big-file.js";
import { QUIVER } from "./run-quiver.js";

let dir: string;
let big: string;
// Writing 30 million rows takes seconds, more on a loaded machine than the default 10 s allow.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "quiver-cli-interrupt-"));
  big = join(dir, "big.arrow");
  await writeBigFile(big, 30_000_000);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("Ctrl-C during convert exits 130 and leaves no partial output", async () => {
  const out = join(dir, "out.arrow");
  const child = spawn(process.execPath, [QUIVER, "convert", big, out], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  // The sink's temporary file shows the conversion is under way: interrupt it then.
  while (!(await readdir(dir)).some((name) => name.endsWith(".tmp"))) {
    expect(child.exitCode).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  child.kill("SIGINT");
  expect(await closed).toBe(130);
  expect(stderr).toBe("quiver: interrupted\n");
  expect(existsSync(out)).toBe(false);
  expect(await readdir(dir)).toEqual(["big.arrow"]);
});
