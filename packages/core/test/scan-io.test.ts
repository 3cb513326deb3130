import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dictionary, Int32, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import { type IpcInput, openIpcSource } from "../src/io/scan/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-scan-io-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Counts the bytes every FileHandle.read of this thread returns while `run` runs: an account of
 * the I/O that does not trust the reader's own progress reports.
 */
async function countFileReads<T>(run: () => Promise<T>): Promise<{ result: T; bytes: number; reads: number }> {
  const probe = await open(join(dir, "probe"), "w");
  const proto = Object.getPrototypeOf(probe) as { read: (...args: unknown[]) => Promise<{ bytesRead: number }> };
  await probe.close();
  const original = proto.read;
  let bytes = 0;
  let reads = 0;
  proto.read = async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    bytes += result.bytesRead;
    reads += 1;
    return result;
  };
  try {
    return { result: await run(), bytes, reads };
  } finally {
    proto.read = original;
  }
}

describe("random access reads only the projected columns' bytes", () => {
  const COLUMNS = 50;
  const BATCHES = 8;
  const ROWS = 5000;
  const value = (column: number, row: number): number => column * 1e6 + row;
  const names = Array.from({ length: COLUMNS }, (_, c) => `c${String(c).padStart(2, "0")}`);
  const wide = new Table(
    Array.from({ length: BATCHES }, (_, b) => {
      const columns = Object.fromEntries(names.map((name, c) => [name, vectorFromArray(Float64Array.from({ length: ROWS }, (_, i) => value(c, b * ROWS + i)))]));
      return new Table(columns).batches[0];
    }),
  );

  for (const format of ["file", "stream"] as const) {
    it(`a ${format}-format path: 2 of 50 columns cost 2 columns of I/O`, async () => {
      const path = join(dir, `wide.${format}`);
      writeFileSync(path, tableToIPC(wide, format));
      const size = statSync(path).size;
      const projected = 2 * BATCHES * ROWS * 8;
      const { result: source, bytes: openBytes } = await countFileReads(() => openIpcSource(path));
      let progress = 0;
      const sums = [0, 0];
      const { bytes, reads } = await countFileReads(async () => {
        for await (const batch of source.batches({ columns: ["c33", "c07"], onProgress: (p) => (progress = p.bytes) })) {
          expect(batch.schema.fields.map((f) => f.name)).toEqual(["c33", "c07"]);
          [0, 1].forEach((j) => {
            for (const x of batch.getChildAt(j)!.data[0].values as Float64Array) sums[j] += x;
          });
        }
      });
      const expected = (c: number) => Array.from({ length: BATCHES * ROWS }, (_, i) => value(c, i)).reduce((a, b) => a + b, 0);
      expect(sums).toEqual([expected(33), expected(7)]);
      // After the last batch a stream-format scan still reads the 8-byte end-of-stream marker.
      expect(bytes - progress).toBeLessThanOrEqual(format === "stream" ? 8 : 0);
      // Each batch costs its metadata (about 50 columns × 48 bytes) and the two columns' buffers.
      expect(bytes).toBeGreaterThanOrEqual(projected);
      expect(bytes).toBeLessThan(projected + BATCHES * 4096);
      expect(bytes).toBeLessThan(size / 20);
      expect(openBytes).toBeLessThan(8192);
      console.info(`${format}: file ${size} bytes; open read ${openBytes}; scan of 2/50 columns read ${bytes} bytes in ${reads} reads (columns' buffers: ${projected})`);
    });
  }

  it("dictionary batches are read only for projected dictionary columns", async () => {
    const rows = 20_000;
    const words = vectorFromArray(Array.from({ length: rows }, (_, i) => `word-${i}`), new Dictionary(new Utf8(), new Int32()));
    const x = vectorFromArray(Float64Array.from({ length: rows }, (_, i) => i));
    const path = join(dir, "dict.arrow");
    writeFileSync(path, tableToIPC(new Table({ words, x }), "file"));
    const source = await openIpcSource(path);
    const scan = (columns: string[]) => countFileReads(async () => {
      const values: unknown[] = [];
      for await (const batch of source.batches({ columns })) values.push(batch.getChildAt(0)!.get(rows - 1));
      return values;
    });
    const onlyX = await scan(["x"]);
    const withWords = await scan(["words"]);
    expect(onlyX.result).toEqual([rows - 1]);
    expect(withWords.result).toEqual([`word-${rows - 1}`]);
    expect(onlyX.bytes).toBeLessThan(rows * 8 + 4096);
    expect(withWords.bytes).toBeGreaterThan(rows * 10);
  });
});

describe("memory is bounded by the batch, not the input", () => {
  const BATCHES = 200;
  const ROWS = 50_000;
  const COLUMN_BYTES = BATCHES * ROWS * 8;
  /** The generator of column "x", shared verbatim with the child process that writes the files. */
  const X_SOURCE = "(k) => ((Math.imul(k, 2654435761) >>> 0) % 1000003) / 8 - 62500 + (k === 7_777_777 ? -1e6 : 0)";
  const x = new Function(`return ${X_SOURCE}`)() as (k: number) => number;
  const paths = { file: join(dir, "big.arrow"), stream: join(dir, "big.stream") };

  beforeAll(() => {
    // Written by a child process so this process's memory has never held the data.
    const arrow = createRequire(import.meta.url).resolve("apache-arrow");
    const script = join(dir, "generate.cjs");
    writeFileSync(
      script,
      `const { RecordBatchFileWriter, RecordBatchStreamWriter, Table, vectorFromArray } = require(${JSON.stringify(arrow)});
const { createWriteStream } = require("node:fs");
const { finished } = require("node:stream/promises");
const x = ${X_SOURCE};
async function write(Writer, path) {
  const writer = new Writer();
  const out = createWriteStream(path);
  writer.toNodeStream().pipe(out);
  for (let b = 0; b < ${BATCHES}; b++) {
    const col = (f) => vectorFromArray(Float64Array.from({ length: ${ROWS} }, (_, i) => f(b * ${ROWS} + i)));
    writer.write(new Table({ a: col((k) => k), x: col(x), c: col((k) => -k) }).batches[0]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  writer.finish();
  await finished(out);
}
write(RecordBatchFileWriter, ${JSON.stringify(paths.file)}).then(() => write(RecordBatchStreamWriter, ${JSON.stringify(paths.stream)}));
`,
    );
    const child = spawnSync(process.execPath, [script], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`generator failed: ${child.stderr}`);
  }, 120_000);

  const expectedSum = (): { sum: number; argmin: number } => {
    let sum = 0;
    let argmin = 0;
    let min = Infinity;
    for (let k = 0; k < BATCHES * ROWS; k++) {
      const v = x(k);
      sum += v;
      if (v < min) [min, argmin] = [v, k];
    }
    return { sum, argmin };
  };

  const inputs: [string, () => IpcInput][] = [
    ["file-format path, random access", () => paths.file],
    ["stream-format Node Readable", () => createReadStream(paths.stream, { highWaterMark: 1 << 16 })],
  ];
  for (const [label, input] of inputs) {
    it(`${label}: one of three columns, 200 batches × 50,000 rows`, async () => {
      const fileSize = statSync(label.startsWith("file") ? paths.file : paths.stream).size;
      expect(fileSize).toBeGreaterThan(3 * COLUMN_BYTES);
      (globalThis as { gc?: () => void }).gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      let bytes = 0;
      let sum = 0;
      let min = Infinity;
      let argmin = -1;
      let row = 0;
      const source = await openIpcSource(input());
      for await (const batch of source.batches({ columns: ["x"], onProgress: (p) => (bytes = p.bytes) })) {
        const values = batch.getChildAt(0)!.data[0].values as Float64Array;
        for (let i = 0; i < values.length; i++) {
          sum += values[i];
          if (values[i] < min) [min, argmin] = [values[i], row + i];
        }
        row += values.length;
        if (row % (ROWS * 10) === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
      expect({ sum, argmin }).toEqual(expectedSum());
      expect(row).toBe(BATCHES * ROWS);
      const growth = peak - before;
      console.info(`${label}: file ${fileSize} bytes, read ${bytes} bytes, RSS growth ${(growth / 2 ** 20).toFixed(1)} MiB`);
      if (label.startsWith("file")) {
        expect(bytes).toBeGreaterThanOrEqual(COLUMN_BYTES);
        expect(bytes).toBeLessThan(COLUMN_BYTES * 1.005);
      } else {
        expect(bytes).toBeGreaterThan(3 * COLUMN_BYTES);
      }
      expect(growth).toBeLessThan(fileSize / 3);
    });
  }
});
