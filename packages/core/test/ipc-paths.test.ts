import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { Dictionary, Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { readIpc, scanIpc } from "../src/index.js";
import { type IpcInput, IpcScanError } from "../src/io/scan/index.js";
import { schemaFirstFile } from "./schema-first-file.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-ipc-paths-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What reading an input came to: its rows as JSON, or the code of the IpcScanError it failed with. */
type Outcome = { rows: string } | { code: string };

/** A table of several batches: floats, strings with nulls, and a dictionary column. */
function sample(): Table {
  const rows = 120;
  const x = vectorFromArray(Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? null : i * 1.5)), new Float64());
  const s = vectorFromArray(Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? null : `s${(i * 13) % 17}`)), new Utf8());
  const d = vectorFromArray(Array.from({ length: rows }, (_, i) => ["a", "bb", "ccc"][i % 3]), new Dictionary(new Utf8(), new Int32()));
  const [whole] = new Table({ x, s, d }).batches;
  return new Table([whole.slice(0, 40), whole.slice(40, 80), whole.slice(80)]);
}

/** Each way of handing the same bytes to Quiver, eager and lazy. */
function inputs(bytes: Uint8Array, name: string): [string, () => IpcInput][] {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const chunks = (size: number) => () => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.slice(i * size, (i + 1) * size)));
  return [
    ["bytes", () => bytes],
    ["path", () => path],
    ["file URL", () => pathToFileURL(path)],
    ["Readable in one chunk", chunks(bytes.length || 1)],
    ["Readable in 7-byte chunks", chunks(7)],
    ["Response", () => new Response(bytes.slice())],
  ];
}

async function outcome(read: () => Promise<Table>): Promise<Outcome> {
  try {
    const table = await read();
    return { rows: JSON.stringify(table.toArray().map((r) => r.toJSON())) };
  } catch (error) {
    if (!(error instanceof IpcScanError)) throw new Error(`not an IpcScanError: ${(error as Error)?.stack}`);
    return { code: error.code };
  }
}

/** The outcomes of every path, keyed by path; eager (readIpc) and lazy (scanIpc().collect()). */
async function outcomes(bytes: Uint8Array, name: string): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  for (const [kind, input] of inputs(bytes, name)) {
    out.set(`readIpc ${kind}`, await outcome(async () => (await readIpc(input())).toArrow()));
    out.set(`scanIpc ${kind}`, await outcome(async () => (await scanIpc(input()).collect()).toArrow()));
  }
  return out;
}

/** Deterministic damage: truncations at many points, and single-byte changes. */
function damaged(bytes: Uint8Array, seed: number): { label: string; bytes: Uint8Array }[] {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
  const out = [];
  for (const cut of [1, 4, 7, 9, 16, 100, bytes.length >> 1, bytes.length - 20, bytes.length - 4, bytes.length - 1]) {
    out.push({ label: `cut at ${cut}`, bytes: bytes.slice(0, cut) });
  }
  for (let i = 0; i < 16; i++) {
    const at = random(bytes.length);
    const copy = bytes.slice();
    copy[at] = [0xff, 0x00, 0x7f, 0x80][i % 4] ^ (i >> 2);
    out.push({ label: `byte ${at} set to ${copy[at]}`, bytes: copy });
  }
  return out;
}

describe("every input path gives the same answer or the same error code", () => {
  for (const format of ["file", "stream"] as const) {
    it(`${format} format: intact and damaged inputs`, async () => {
      const valid = tableToIPC(sample(), format);
      const intact = await outcomes(valid, `valid.${format}`);
      const expected = { rows: JSON.stringify(sample().toArray().map((r) => r.toJSON())) };
      for (const [path, result] of intact) expect(result, path).toEqual(expected);
      for (const [i, { label, bytes }] of damaged(valid, format === "file" ? 7 : 11).entries()) {
        const results = await outcomes(bytes, `damaged-${format}-${i}`);
        const first = results.get("readIpc bytes");
        for (const [path, result] of results) expect(result, `${label}: ${path}`).toEqual(first);
      }
    }, 60_000);
  }

  it("an IPC file is what its footer lists, on every path: a stream of it is read by position too", async () => {
    const table = sample();
    const json = (t: Table) => ({ rows: JSON.stringify(t.toArray().map((r) => r.toJSON())) });
    // The footer lists the last batch first and leaves the middle one out: its bytes are not data.
    const bytes = schemaFirstFile(table, ([a, , c]) => [c, a]);
    const expected = json(new Table([table.batches[2], table.batches[0]]));
    for (const [path, result] of await outcomes(bytes, "reordered.arrow")) expect(result, path).toEqual(expected);
    // A footer that cannot be read fails every path alike, though the messages before it are intact.
    const corrupt = bytes.slice();
    new DataView(corrupt.buffer).setInt32(corrupt.length - 10, corrupt.length, true);
    for (const [path, result] of await outcomes(corrupt, "corrupt-footer.arrow")) expect(result, path).toEqual({ code: "invalid" });
  });

  it("a stream cut inside a message is truncated on every path, never the rows before the cut", async () => {
    const valid = tableToIPC(sample(), "stream");
    for (const cut of [valid.length - 9, valid.length >> 1]) {
      for (const [path, result] of await outcomes(valid.slice(0, cut), `cut-${cut}.stream`)) expect(result, path).toEqual({ code: "truncated" });
    }
  });

  it("a file missing its last 4 bytes is an error, not an empty table", async () => {
    const valid = tableToIPC(sample(), "file");
    for (const [path, result] of await outcomes(valid.slice(0, -4), "short.arrow")) expect(result, path).toEqual({ code: "truncated" });
  });

  it("a missing path is not-found from readIpc and scanIpc alike", async () => {
    const missing = join(dir, "missing.arrow");
    for (const read of [() => readIpc(missing), () => scanIpc(missing).collect(), () => readIpc(pathToFileURL(missing))]) {
      await expect(read()).rejects.toMatchObject({ name: "IpcScanError", code: "not-found", source: missing });
    }
  });
});
