import { execFileSync, spawn } from "node:child_process";
import { createReadStream, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  Bool, Dictionary, Field, Float64, Int32, Int64, type RecordBatch, RecordBatchStreamWriter, Schema, Table, Utf8,
  tableFromIPC, tableToIPC, vectorFromArray, type Vector,
} from "apache-arrow";
import { arbTable, sameCell, toPlainValues } from "@quiver/core/testing";
import { type IpcInput, openIpcSource } from "../src/io/scan/index.js";
import { schemaFirstFile } from "./schema-first-file.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-scan-sources-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Kind = "path" | "bytes" | "arraybuffer" | "readable" | "webstream" | "response" | "async-iterable" | "url";
const KINDS: readonly Kind[] = ["path", "url", "bytes", "arraybuffer", "readable", "webstream", "response", "async-iterable"];

/** Splits bytes at odd places so messages straddle chunks and chunk views are misaligned. */
function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

let files = 0;
/** The same bytes as each kind of input. */
function inputOf(kind: Kind, bytes: Uint8Array, chunk = 997): IpcInput {
  const path = join(dir, `t${files++}.arrow`);
  if (kind === "path" || kind === "url" || kind === "readable") writeFileSync(path, bytes);
  switch (kind) {
    case "path": return path;
    case "url": return new URL(`file://${path}`);
    case "bytes": return bytes;
    case "arraybuffer": return bytes.slice().buffer;
    case "readable": return createReadStream(path, { highWaterMark: chunk });
    case "response": return new Response(bytes.slice());
    case "webstream": {
      const it = pieces(bytes, chunk);
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = it.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
    }
    case "async-iterable":
      return (async function* () {
        yield* pieces(bytes, chunk);
      })();
  }
}

async function collect(input: IpcInput, columns?: string[]): Promise<{ batches: RecordBatch[]; schema: Schema; format: string }> {
  const source = await openIpcSource(input);
  const batches: RecordBatch[] = [];
  for await (const batch of source.batches({ columns })) batches.push(batch);
  await source.close();
  return { batches, schema: source.schema, format: source.format };
}

function expectSameVector(actual: Vector, expected: Vector, where: string): void {
  expect(String(actual.type), where).toBe(String(expected.type));
  const a = toPlainValues(actual);
  const e = toPlainValues(expected);
  expect(a.length, where).toBe(e.length);
  a.forEach((cell, i) => {
    if (!sameCell(cell, e[i])) expect.fail(`${where} row ${i}: got ${fc.stringify(cell)}, expected ${fc.stringify(e[i])}`);
  });
}

/** Reads `bytes` as `kind` with the projection and checks batch by batch against tableFromIPC. */
async function expectSameAsArrow(bytes: Uint8Array, kind: Kind, batchCount: number, columns?: string[], chunk?: number): Promise<void> {
  const expected = tableFromIPC(bytes);
  const { batches, schema } = await collect(inputOf(kind, bytes, chunk), columns);
  const names = columns ?? expected.schema.fields.map((f) => f.name);
  expect(schema.fields.map((f) => f.name)).toEqual(expected.schema.fields.map((f) => f.name));
  // arrow-js yields one empty placeholder batch for an input without batches; a scan yields none.
  expect(batches.length, kind).toBe(batchCount);
  batches.forEach((batch, b) => {
    const reference = expected.batches[b];
    expect(batch.numRows).toBe(reference.numRows);
    expect(batch.schema.fields.map((f) => f.name)).toEqual(names);
    names.forEach((name, j) => expectSameVector(batch.getChildAt(j)!, reference.getChild(name)!, `${kind} batch ${b} column ${name}`));
  });
}

/** A table of nulls, strings, a shared dictionary, Int64 beyond 2^53, bools, split into batches at odd places. */
function mixedTable(rows: number, cuts: number[]): Table {
  const float = vectorFromArray(Array.from({ length: rows }, (_, i) => (i % 7 === 3 ? null : Math.sin(i) * 1000)), new Float64());
  const text = vectorFromArray(Array.from({ length: rows }, (_, i) => (i % 5 === 1 ? null : `s${i % 13}-😀`)), new Utf8());
  const dict = vectorFromArray(Array.from({ length: rows }, (_, i) => (i % 11 === 0 ? null : ["red", "green", "blue"][i % 3])), new Dictionary(new Utf8(), new Int32()));
  const big = vectorFromArray(Array.from({ length: rows }, (_, i) => (i % 9 === 4 ? null : 2n ** 53n + BigInt(i) * (i % 2 ? -1n : 1n))), new Int64());
  const flag = vectorFromArray(Array.from({ length: rows }, (_, i) => (i % 4 === 2 ? null : i % 3 === 0)), new Bool());
  const whole = new Table({ float, text, dict, big, flag });
  const bounds = [0, ...cuts, rows];
  return new Table(bounds.slice(1).map((end, i) => whole.slice(bounds[i], end).batches[0]));
}

describe("openIpcSource reads every kind of input like tableFromIPC", () => {
  const table = mixedTable(500, [1, 77, 78, 300]);
  const projections: (string[] | undefined)[] = [undefined, ["dict", "float"], ["big"], []];
  for (const format of ["file", "stream"] as const) {
    for (const kind of KINDS) {
      it(`${format} format from ${kind}`, async () => {
        const bytes = tableToIPC(table, format);
        for (const columns of projections) await expectSameAsArrow(bytes, kind, 5, columns, 61);
      });
    }
  }

  it("reads a schema-first IPC file (as Arrow C++ writes it) from every kind", async () => {
    const bytes = schemaFirstFile(table);
    expect(tableFromIPC(bytes).numRows).toBe(500);
    for (const kind of KINDS) await expectSameAsArrow(bytes, kind, 5, ["text", "dict"], 333);
  });

  it("reads an input of zero batches as a schema and no batches", async () => {
    const empty = new Table(new Schema([new Field("x", new Float64(), true), new Field("d", new Dictionary(new Utf8(), new Int32()), true)]));
    for (const format of ["file", "stream"] as const) {
      for (const kind of KINDS) {
        const { batches, schema } = await collect(inputOf(kind, tableToIPC(empty, format)), ["d"]);
        expect(schema.fields.map(String)).toEqual(["x: Float64", "d: Dictionary<Int32, Utf8>"]);
        expect(batches).toEqual([]);
      }
    }
  });

  it("reads many small batches in order", async () => {
    const cuts = Array.from({ length: 299 }, (_, i) => (i + 1) * 4);
    const many = mixedTable(1200, cuts);
    for (const format of ["file", "stream"] as const) {
      for (const kind of ["path", "readable", "bytes"] as const) await expectSameAsArrow(tableToIPC(many, format), kind, 300, ["float", "dict"], 4093);
    }
  });

  it("removes the temporary copy of a spooled arrow-js file after the scan", async () => {
    // A temporary folder of this test's own, so that spools of other processes are not counted.
    const own = mkdtempSync(join(tmpdir(), "quiver-spool-test-"));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      const spooled = () => readdirSync(own).filter((name) => name.startsWith("quiver-spool-")).length;
      const source = await openIpcSource(inputOf("webstream", tableToIPC(table, "file")));
      expect(spooled()).toBe(1);
      let rows = 0;
      for await (const batch of source.batches({ columns: ["float"] })) rows += batch.numRows;
      expect(rows).toBe(500);
      expect(spooled()).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(own, { recursive: true, force: true });
    }
  });
});

describe("openIpcSource on generated tables (property)", () => {
  it("any table, format, input kind and projection reads as tableFromIPC", async () => {
    const arbCase = arbTable({ dictionaries: "shared", maxColumns: 6 }).chain((generated) =>
      fc.record({
        generated: fc.constant(generated),
        format: fc.constantFrom("file" as const, "stream" as const),
        kind: fc.constantFrom(...KINDS),
        chunk: fc.integer({ min: 1, max: 4096 }),
        columns: fc.option(fc.shuffledSubarray(generated.names), { nil: undefined }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ generated, format, kind, chunk, columns }) => {
        const bytes = tableToIPC(generated.table, format);
        await expectSameAsArrow(bytes, kind, generated.table.batches.length, columns, chunk);
      }),
      { numRuns: 150 },
    );
  });

  it("stream format with replacement dictionaries reads as tableFromIPC", async () => {
    const arbCase = arbTable({ dictionaries: "any", maxColumns: 4 }).chain((generated) =>
      fc.record({ generated: fc.constant(generated), kind: fc.constantFrom(...KINDS), chunk: fc.integer({ min: 1, max: 512 }) }),
    );
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ generated, kind, chunk }) => {
        await expectSameAsArrow(tableToIPC(generated.table, "stream"), kind, generated.table.batches.length, undefined, chunk);
      }),
      { numRuns: 80 },
    );
  });
});

describe("openIpcSource on less common inputs", () => {
  const table = mixedTable(300, [100, 101]);

  it("a pre-0.15 stream without continuation markers", async () => {
    const legacy = RecordBatchStreamWriter.writeAll(table, { writeLegacyIpcFormat: true }).toUint8Array(true);
    expect(new DataView(legacy.buffer, legacy.byteOffset).getInt32(0, true)).toBeGreaterThan(0);
    for (const kind of ["path", "bytes", "readable"] as const) await expectSameAsArrow(legacy, kind, 3, ["dict", "big"], 100);
  });

  it("an http URL is fetched and read as a stream; an HTTP error status is reported", async () => {
    const bytes = tableToIPC(table, "file");
    const server = createServer((request, response) => {
      if (request.url === "/data.arrow") response.end(bytes);
      else response.writeHead(404).end("missing");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { batches } = await collect(new URL(`${base}/data.arrow`), ["text"]);
      expect(batches.map((b) => b.numRows)).toEqual([100, 1, 199]);
      await expect(openIpcSource(new URL(`${base}/nope.arrow`))).rejects.toThrow(`${base}/nope.arrow: HTTP 404 Not Found; expected a 2xx response with Arrow IPC bytes`);
    } finally {
      server.close();
    }
  });

  it("misaligned Buffers, sync iterables of chunks, and ArrayBuffers", async () => {
    const bytes = tableToIPC(table, "stream");
    const misaligned = Buffer.concat([Buffer.alloc(3), Buffer.from(bytes)]).subarray(3);
    expect(misaligned.byteOffset % 8).not.toBe(0);
    await expectSameAsArrow(misaligned, "bytes", 3);
    const { batches } = await collect([...pieces(bytes, 333)], ["float"]);
    expect(batches.map((b) => b.numRows)).toEqual([100, 1, 199]);
  });

  it.skipIf(process.platform === "win32")("a named pipe is read once, sequentially", async () => {
    const fifo = join(dir, "pipe.arrow");
    execFileSync("mkfifo", [fifo]);
    const source = join(dir, "pipe-source.arrow");
    writeFileSync(source, tableToIPC(table, "stream"));
    const writer = spawn("sh", ["-c", `cat "${source}" > "${fifo}"`]);
    const exited = new Promise((resolve) => writer.on("exit", resolve));
    const { batches, format } = await collect(fifo, ["dict"]);
    expect([format, ...batches.map((b) => b.numRows)]).toEqual(["stream", 100, 1, 199]);
    expect(await exited).toBe(0);
  });
});
