import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { writeBigFile } from "./big-file.js";
import { ensureTmux } from "./ensure-tmux.js";
import { QUIVER } from "./run-quiver.js";

/** A tmux server of this test's own, so no other session is touched. */
const SOCKET = `quiver-progress-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });

let dir: string;
let big: string;
beforeAll(async () => {
  ensureTmux();
  dir = await mkdtemp(join(tmpdir(), "quiver-cli-progress-"));
  big = join(dir, "big.arrow");
  await writeBigFile(big, 100_000_000);
});
afterAll(async () => {
  try {
    tmux("kill-server");
  } catch {
    // the server ends by itself when its last session does
  }
  await rm(dir, { recursive: true, force: true });
});

/** Runs a shell command in a tmux pane; returns every distinct screen seen until it printed DONE. */
async function screens(command: string): Promise<string[]> {
  const session = `s${Date.now()}`;
  tmux("new-session", "-d", "-s", session, "-x", "150", "-y", "20", `${command}; echo DONE=$?; sleep 60`);
  const seen: string[] = [];
  for (const start = Date.now(); Date.now() - start < 60_000; await new Promise((r) => setTimeout(r, 50))) {
    const screen = tmux("capture-pane", "-p", "-t", session);
    if (seen.at(-1) !== screen) seen.push(screen);
    if (/DONE=\d+/.test(screen)) break;
  }
  tmux("kill-session", "-t", session);
  return seen;
}

const BAR = /[█░]{10,} +\d+% \| [\d.]+ [KMG]iB of [\d.]+ [KMG]iB \| [\d,]+ rows \| [\d.]+ [KMG]?i?B\/s \| ETA \d+s/;

test("a terminal shows a progress bar on stderr while a large file is read, then clears it", async () => {
  const seen = await screens(`node ${QUIVER} describe ${big}`);
  expect(seen.at(-1)).toMatch(/DONE=0/);
  expect(seen.some((screen) => BAR.test(screen))).toBe(true);
  expect(seen.at(-1)).not.toMatch(BAR);
  expect(seen.at(-1)).toMatch(/^│ "value" +┆ "Float64" +┆ 100000000 +┆/m);
});

test("with stderr not a terminal nothing is drawn", async () => {
  const errors = join(dir, "stderr.txt");
  const seen = await screens(`node ${QUIVER} describe ${big} 2>${errors}`);
  expect(seen.at(-1)).toMatch(/DONE=0/);
  expect(seen.some((screen) => BAR.test(screen))).toBe(false);
  expect(readFileSync(errors, "utf8")).toBe("");
});
