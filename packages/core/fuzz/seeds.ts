/**
 * The valid inputs the fuzzer mutates: tables of several schemas written by apache-arrow in both
 * the file and the stream format, plus the small IPC and Parquet files committed under `test/data`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Binary, Bool, DateDay, FixedSizeBinary, makeVector, DateMillisecond, Dictionary, Float32, Float64, Int8, Int32, Int64, type Table, tableToIPC,
  TimestampMillisecond, TimestampMicrosecond, Uint64, Utf8, vectorFromArray, Table as ArrowTable, Field, Schema, RecordBatch, makeData, Struct,
} from "apache-arrow";

/** One seed: a name for reports and its bytes. */
export interface Seed {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Whether it is a committed file (rather than one generated here). */
  readonly committed: boolean;
  readonly format: "ipc" | "parquet";
}

const DATA_DIR = fileURLToPath(new URL("../test/data/", import.meta.url));
const MAX_COMMITTED = 64 * 1024;

const floats = [1.5, NaN, -0, 0, Infinity, -Infinity, null, -2.25, NaN, 3];
const ints = [5, null, -7, 2147483647, -2147483648, 0, 5, null, 9, -1];
const bigs = [2n ** 53n + 1n, 2n ** 53n, null, -(2n ** 63n), 2n ** 63n - 1n, 0n, -1n, null, 7n, 2n ** 53n];
const strings = ["b", "", null, "\uff5e", "😀", "a", "ab", null, "a", "zz"];
const bools = [true, false, null, false, true, null, true, true, false, false];
const days = [19000, -1, null, 0, 19000, 20000, null, 3, -400, 12];
const millis = [1_700_000_000_000, -5, null, 0, 86_400_000, 1_700_000_000_000, 2, null, -86_400_000, 7];

function column<T>(values: readonly (T | null)[], type: ConstructorParameters<typeof Field>[1]) {
  return vectorFromArray(values as unknown[], type);
}

/** Tables of each schema; every one is written as a file and as a stream. */
function tables(): [string, Table][] {
  const numeric = new ArrowTable({
    i32: column(ints, new Int32()),
    i64: column(bigs, new Int64()),
    f64: column(floats, new Float64()),
  });
  const text = new ArrowTable({
    s: column(strings, new Utf8()),
    b: column(bools, new Bool()),
    d: column(strings, new Dictionary(new Utf8(), new Int32())),
  });
  const temporal = new ArrowTable({
    day: column(days, new DateDay()),
    ms: column(millis.map((v) => (v === null ? null : new Date(v))), new DateMillisecond()),
    ts: column(millis, new TimestampMillisecond()),
    us: column(millis, new TimestampMicrosecond("UTC")),
  });
  const mixed = new ArrowTable({
    i8: column([1, -1, null, 127, -128, 0, 3, 3], new Int8()),
    u64: column([1n, 2n ** 64n - 1n, null, 0n, 2n ** 63n, 5n, 5n, 1n], new Uint64()),
    f32: column([0.5, NaN, null, -0, 1e30, -1e30, 2, 0], new Float32()),
    bin: column([new Uint8Array([1, 2]), new Uint8Array([]), null, new Uint8Array([255]), new Uint8Array([0]), new Uint8Array([1]), null, new Uint8Array([1, 2, 3])], new Binary()),
    // Row 2 null; rows 1 and 4 tie for the minimum; the maximum starts with 0xff.
    fsb: makeVector(makeData({ type: new FixedSizeBinary(3), length: 8, nullCount: 1, nullBitmap: Uint8Array.of(0b11111011), data: Uint8Array.of(1, 2, 3, 0, 0, 0, 9, 9, 9, 255, 255, 255, 0, 0, 0, 1, 2, 4, 1, 2, 3, 128, 0, 1) })),
  });
  const multi = batches([numeric, numeric.slice(2, 7), numeric.slice(0, 0), numeric.slice(5)]);
  const multiText = batches([text.slice(0, 4), text.slice(3), text]);
  const sliced = numeric.slice(3, 9);
  const allNull = new ArrowTable({ n: column([null, null, null], new Float64()), s: column([null, null, null], new Utf8()) });
  return [
    ["numeric", numeric],
    ["text", text],
    ["temporal", temporal],
    ["mixed", mixed],
    ["multi-batch", multi],
    ["multi-batch-text", multiText],
    ["sliced", sliced],
    ["sliced-text", text.slice(1, 8)],
    ["empty", numeric.slice(0, 0)],
    ["all-null", allNull],
  ];
}

/** One table whose batches are the given tables' batches (sliced ones re-based). */
function batches(parts: Table[]): Table {
  const schema = parts[0].schema;
  const list = parts.flatMap((t) =>
    t.batches.map((b) => new RecordBatch(schema as Schema, makeData({ type: new Struct(schema.fields), length: b.numRows, nullCount: 0, children: b.data.children }))),
  );
  return new ArrowTable(schema, list);
}

/**
 * Every seed: each table as file and stream, then the committed IPC and Parquet files up to 64 KB.
 * @returns the seeds, in a fixed order
 */
export function seeds(): Seed[] {
  const made = tables().flatMap(([name, table]) => [
    { name: `${name}.arrow`, bytes: tableToIPC(table, "file"), committed: false, format: "ipc" as const },
    { name: `${name}.stream`, bytes: tableToIPC(table, "stream"), committed: false, format: "ipc" as const },
  ]);
  return [...made, ...committed(DATA_DIR)];
}

function committed(dir: string): Seed[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names
    // Arrow's conformance corpus (arrow-testing/) holds big-endian, compressed and pre-1.0 files
    // the reference decoder does not read; its files are tested by ipc-conformance.test.ts.
    .filter((n) => /\.(arrow|arrow_file|stream|arrows|feather|parquet)$/.test(n) && !n.startsWith("arrow-testing"))
    .sort()
    .map((n) => join(dir, n))
    .filter((path) => statSync(path).size <= MAX_COMMITTED)
    .map((path) => ({ name: path.slice(dir.length), bytes: new Uint8Array(readFileSync(path)), committed: true, format: path.endsWith(".parquet") ? "parquet" : "ipc" }));
}
