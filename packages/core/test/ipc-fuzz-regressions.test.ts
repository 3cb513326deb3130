import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readIpc, scanIpc } from "../src/index.js";
import { IpcScanError } from "../src/io/scan/index.js";

/**
 * The Arrow C++ fuzz regression files of apache/arrow-testing (data/arrow-ipc-file,
 * data/arrow-ipc-stream): inputs that once crashed or hung Arrow C++. Each must end in a table or
 * an IpcScanError — never a built-in error, a crash or a hang — and the same outcome eagerly and
 * lazily, from bytes and from a stream. (An IPC file that arrives as a stream and repeats its
 * schema up front is read in order without its footer, so a corrupt one may fail with another
 * code there than by position: only failing or not must agree.)
 */
const root = join(import.meta.dirname, "data/arrow-testing/data");
const files = ["arrow-ipc-file", "arrow-ipc-stream"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.startsWith("clusterfuzz") || f.startsWith("crash"))
    .map((f) => join(dir, f)),
);

function isFileFormat(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 6)) === "ARROW1";
}

async function outcome(read: () => Promise<{ height: number }>): Promise<string> {
  try {
    return `rows ${(await read()).height}`;
  } catch (error) {
    if (error instanceof IpcScanError) return error.code;
    throw new Error(`a built-in error escaped: ${(error as Error)?.stack ?? String(error)}`);
  }
}

describe("Arrow C++ fuzz regression files end in a table or an IpcScanError", () => {
  const counts = new Map<string, number>();

  it.each(files)("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(root, file)));
    const eager = await outcome(() => readIpc(bytes));
    expect(await outcome(() => scanIpc(bytes).collect()), "scanIpc(bytes)").toBe(eager);
    const streamed = await outcome(() => readIpc(Readable.from([bytes])));
    if (isFileFormat(bytes)) expect(streamed.startsWith("rows"), "readIpc(Readable)").toBe(eager.startsWith("rows"));
    else expect(streamed, "readIpc(Readable)").toBe(eager);
    const kind = eager.startsWith("rows") ? "read" : eager;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }, 20_000);

  it("every file was accounted for", () => {
    console.log(`arrow-testing fuzz regressions: ${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")} (of ${files.length})`);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(files.length);
  });
});
