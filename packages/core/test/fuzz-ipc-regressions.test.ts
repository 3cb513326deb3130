import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { JudgePool } from "../fuzz/pool.js";
import { readIpc, scanIpc } from "../src/index.js";
import { IpcScanError } from "../src/io/scan/index.js";

/**
 * The Arrow C++ fuzz regression files of apache/arrow-testing (data/arrow-ipc-file,
 * data/arrow-ipc-stream, data/arrow-ipc-tensor-stream): inputs that once crashed or hung Arrow C++.
 * Each is judged as the fuzzer judges its inputs — on every path, against the reference decoding
 * of the same bytes, under a time and memory limit — and must give the reference's answer or a
 * documented error; and the same outcome eagerly and lazily, from bytes and from a stream.
 */
const root = join(import.meta.dirname, "data/arrow-testing/data");
const files = ["arrow-ipc-file", "arrow-ipc-stream", "arrow-ipc-tensor-stream"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.startsWith("clusterfuzz") || f.startsWith("crash"))
    .map((f) => join(dir, f)),
);

async function outcome(read: () => Promise<{ height: number }>): Promise<string> {
  try {
    return `rows ${(await read()).height}`;
  } catch (error) {
    if (error instanceof IpcScanError) return error.code;
    throw new Error(`a built-in error escaped: ${(error as Error)?.stack ?? String(error)}`);
  }
}

describe("Arrow C++ fuzz regression files give the reference answer or an IpcScanError", () => {
  const pool = new JudgePool({ size: 2, timeoutMs: 20_000 });
  afterAll(() => pool.close());
  const counts = new Map<string, number>();

  it.each(files)("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(root, file)));
    const judgement = await pool.judge(bytes, 1);
    expect(["ok", "error"], judgement.detail).toContain(judgement.outcome);
    const eager = await outcome(() => readIpc(bytes));
    expect(await outcome(() => scanIpc(bytes).collect()), "scanIpc(bytes)").toBe(eager);
    expect(await outcome(() => readIpc(Readable.from([bytes]))), "readIpc(Readable)").toBe(eager);
    const kind = eager.startsWith("rows") ? "read" : eager;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }, 60_000);

  it("every file was accounted for", () => {
    console.log(`arrow-testing IPC fuzz regressions: ${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")} (of ${files.length})`);
    expect(files.length).toBe(137);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(files.length);
  });
});
