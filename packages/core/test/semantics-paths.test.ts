// Every example of the argmin contract's "Everywhere" table, run through every public path of the
// engine: Series over one chunk and over chunks split at every position, the lazy aggregate over
// record batches (collected and streamed), an IPC stream read by scanIpc, a group-by (the answer
// counted within the group), the DataFrame's row axis and flattened reduction, and the NumPy-style
// functions on an Arrow Vector. A path that breaks a rule for one type or one chunking fails here.
import {
  Binary, Bool, type Data, type DataType, DateDay, Decimal, Dictionary, DurationMicrosecond, DurationSecond, Float32, Float64,
  Int32, Int64, makeData, RecordBatch, Table, TimeMicrosecond, TimeMillisecond, TimeNanosecond, TimeSecond,
  TimestampNanosecond, tableToIPC, Uint64, Utf8, Vector, vectorFromArray,
} from "apache-arrow";
import { describe, expect, it } from "vitest";
import { argmax, argmin, col, type DataFrame, fromArrow, type LazyFrame, nanargmax, nanargmin, scanIpc, type Series } from "../src/index.js";

type Reduction = "argmin" | "argmax" | "nanargmin" | "nanargmax";
/** What a path gives: an index, null, or the text of the error it throws. */
type Answer = number | null | { error: string };

const ALL_NAN = { error: "ValueError: All-NaN slice encountered" };
const B53 = 2n ** 53n;
const U64_TOP = 2n ** 64n - 1n;

/** Builds one chunk of a column from plain values (null = Arrow null); each call makes fresh buffers. */
type Maker = (values: readonly unknown[]) => Data;

const arrow = (type: DataType): Maker => (values) => vectorFromArray(values as unknown[], type).data[0] as Data;

/** The validity of plain values: null is a cleared bit. */
function validity(values: readonly unknown[]): { nullCount: number; nullBitmap: Uint8Array | null } {
  const bitmap = new Uint8Array(Math.max(1, Math.ceil(values.length / 8)));
  values.forEach((v, i) => v !== null && (bitmap[i >> 3] |= 1 << (i & 7)));
  const nullCount = values.filter((v) => v === null).length;
  return { nullCount, nullBitmap: nullCount > 0 ? bitmap : null };
}

/** Fixed-width storage written directly, a null's slot holding `filler`. */
const stored = (type: DataType, Storage: { from(xs: Iterable<number | bigint>): ArrayBufferView }, filler: number | bigint): Maker => (values) => {
  const data = Storage.from(values.map((v) => (v === null ? filler : (v as number | bigint))));
  return makeData({ type, length: values.length, ...validity(values), data } as never) as Data;
};

/** Decimal128 of scale 0: four little-endian 32-bit words per value. */
const decimal: Maker = (values) => {
  const words = new Uint32Array(values.length * 4);
  values.forEach((v, i) => {
    for (let k = 0; k < 4; k++) words[i * 4 + k] = Number(BigInt.asUintN(32, (v as bigint) >> BigInt(32 * k)));
  });
  return makeData({ type: new Decimal(0, 38, 128), length: values.length, nullCount: 0, data: words } as never) as Data;
};

/**
 * Dictionary-encoded strings whose dictionary lists the chunk's values in descending order, so the
 * codes order the values backwards; each chunk has a dictionary of its own.
 */
const DICTIONARY = new Dictionary(new Utf8(), new Int32());
const dictionary: Maker = (values) => {
  const words = [...new Set(values.filter((v): v is string => v !== null))].sort().reverse();
  const type = DICTIONARY;
  const keys = values.map((v) => (v === null ? 0 : words.indexOf(v as string)));
  return makeData({
    type, length: values.length, ...validity(values), data: Int32Array.from(keys),
    dictionary: vectorFromArray(words.length > 0 ? words : ["?"], new Utf8()),
  }) as Data;
};

const f64 = arrow(new Float64());
const f32 = arrow(new Float32());
const i32 = arrow(new Int32());

interface Example {
  readonly name: string;
  readonly make: Maker;
  readonly values: readonly unknown[];
  readonly reduction: Reduction;
  readonly expected: Answer;
}

const ex = (name: string, make: Maker, values: readonly unknown[], reduction: Reduction, expected: Answer): Example => ({ name, make, values, reduction, expected });

const EXAMPLES: Example[] = [
  ex("ties: the first of a run", f64, [3, 3, 3, 3, 2, 2, 2, 2], "argmin", 4),
  ex("ties: the first of a run, Int32", i32, [3, 3, 3, 3, 2, 2, 2, 2], "argmin", 4),
  ex("ties: argmax keeps the first of a run", f64, [2, 2, 2, 2, 3, 3, 3, 3], "argmax", 4),
  ex("ties: nanargmax keeps the first of a run", f32, [1, 5, NaN, 5, 5], "nanargmax", 1),
  ex("NaN propagates: the first NaN wins", f64, [3, NaN, 1, NaN], "argmin", 1),
  ex("NaN propagates in argmax", f64, [3, NaN, 1, NaN], "argmax", 1),
  ex("NaN beats -Infinity", f64, [-Infinity, NaN], "argmin", 1),
  ex("NaN beats +Infinity in argmax", f64, [Infinity, NaN], "argmax", 1),
  ex("nanargmin skips NaN", f64, [3, NaN, 1, NaN], "nanargmin", 2),
  ex("nanargmin skips NaN for real: NaN then Infinity", f64, [NaN, Infinity], "nanargmin", 1),
  ex("nanargmax skips NaN for real: NaN then -Infinity", f64, [NaN, -Infinity], "nanargmax", 1),
  ex("nanargmin of NaN only throws", f64, [NaN, NaN], "nanargmin", ALL_NAN),
  ex("nanargmax of NaN and nulls throws", f64, [null, NaN, null], "nanargmax", ALL_NAN),
  ex("nulls are skipped", f64, [3, null, 1, null], "argmin", 2),
  ex("nulls are skipped in argmax", f64, [null, 1, null, 3], "argmax", 3),
  ex("all null gives null", f64, [null, null], "argmin", null),
  ex("all null gives null in nanargmin", f64, [null, null], "nanargmin", null),
  ex("nulls first, then NaN propagates", f64, [null, NaN, 1], "argmin", 1),
  ex("nulls first, then NaN is skipped", f64, [null, NaN, 1], "nanargmin", 2),
  ex("0 and -0 are equal: the first wins", f64, [0, -0], "argmin", 0),
  ex("-0 and 0 are equal in argmax", f64, [-0, 0], "argmax", 0),
  ex("infinities are ordinary", f64, [Infinity, -Infinity, -Infinity, 1], "argmin", 1),
  ex("booleans: false < true", arrow(new Bool()), [true, false, false], "argmin", 1),
  ex("booleans: the first true is the max", arrow(new Bool()), [false, true, true], "argmax", 1),
  ex("strings by UTF-8 bytes, not UTF-16", arrow(new Utf8()), ["\uff5e", "😀"], "argmin", 0),
  ex("strings by UTF-8 bytes in argmax", arrow(new Utf8()), ["\uff5e", "😀"], "argmax", 1),
  ex("binary by bytes, a prefix first", arrow(new Binary()), [Uint8Array.of(2), Uint8Array.of(1, 255), Uint8Array.of(1)], "argmin", 2),
  ex("dictionary strings by value, not by code", dictionary, ["zebra", "apple", "mango", "apple"], "argmin", 1),
  ex("dictionary strings by value in argmax", dictionary, ["apple", "zebra", null, "zebra"], "argmax", 1),
  ex("Int64 exact beyond 2^53", arrow(new Int64()), [B53 + 1n, B53], "argmin", 1),
  ex("Int64 exact beyond 2^53 in argmax", arrow(new Int64()), [B53, B53 + 1n, B53 + 1n], "argmax", 1),
  ex("UInt64 exact at the top", arrow(new Uint64()), [U64_TOP - 1n, U64_TOP, U64_TOP], "argmax", 1),
  ex("UInt64 high bit is large, not negative", arrow(new Uint64()), [2n ** 63n, 1n], "argmin", 1),
  ex("dates by value", stored(new DateDay(), Int32Array, 0), [3, -2, 7, -2], "argmin", 1),
  ex("Time32 seconds by value", stored(new TimeSecond(), Int32Array, 0), [30, 10, null, 10], "argmin", 1),
  ex("Time32 milliseconds by value", stored(new TimeMillisecond(), Int32Array, 0), [30, 10, null, 40], "argmax", 3),
  ex("Time64 microseconds by value", stored(new TimeMicrosecond(), BigInt64Array, 0n), [B53 + 1n, B53, null], "argmin", 1),
  ex("Time64 nanoseconds by value", stored(new TimeNanosecond(), BigInt64Array, 0n), [5n, 9n, 9n], "argmax", 1),
  ex("timestamps by value", stored(new TimestampNanosecond(), BigInt64Array, 0n), [B53 + 1n, -(2n ** 62n), B53, -(2n ** 62n)], "argmin", 1),
  ex("durations by value, negative included", stored(new DurationSecond(), BigInt64Array, 0n), [5n, -7n, null, -7n], "argmin", 1),
  ex("durations by value in argmax", stored(new DurationMicrosecond(), BigInt64Array, 0n), [2n ** 40n, null, 2n ** 41n], "argmax", 2),
  ex("decimals by value, sign and high words", decimal, [5n, -(2n ** 70n), 2n ** 100n, -1n], "argmin", 1),
  ex("decimals by value in argmax", decimal, [5n, -(2n ** 70n), 2n ** 100n, -1n], "argmax", 2),
];

/** The example as one chunk, cut at every position into two chunks, and as one sliced chunk per value. */
function chunkings(e: Example): { label: string; chunks: Data[] }[] {
  const n = e.values.length;
  const out = [{ label: "one chunk", chunks: [e.make(e.values)] }];
  for (let k = 1; k < n; k++) out.push({ label: `chunks cut at ${k}`, chunks: [e.make(e.values.slice(0, k)), e.make(e.values.slice(k))] });
  const whole = e.make(e.values);
  if (n > 1) out.push({ label: "one sliced chunk per value", chunks: e.values.map((_, i) => whole.slice(i, 1)) });
  return out;
}

const failure = (error: unknown): Answer => ({ error: `${(error as Error).name}: ${(error as Error).message}` });

function answer(work: () => unknown): Answer {
  try {
    return work() as number | null;
  } catch (error) {
    return failure(error);
  }
}

async function answerAsync(work: () => Promise<unknown>): Promise<Answer> {
  try {
    return (await work()) as number | null;
  } catch (error) {
    return failure(error);
  }
}

/** A table of one column "x", one record batch per chunk. */
function batched(chunks: Data[]): Table {
  const table = new Table({ x: new Vector(chunks) });
  expect(table.batches).toHaveLength(chunks.length);
  return table;
}

function aggregate(lf: LazyFrame, reduction: Reduction): LazyFrame {
  return lf.select(col("x")[reduction]().alias("i"));
}

async function collected(lf: LazyFrame): Promise<Answer> {
  return answerAsync(async () => {
    const df = await lf.collect();
    expect(df.height).toBe(1);
    return df.row(0).i;
  });
}

async function streamed(lf: LazyFrame): Promise<Answer> {
  return answerAsync(async () => {
    const values: unknown[] = [];
    for await (const batch of lf.stream()) for (let r = 0; r < batch.numRows; r++) values.push(batch.getChild("i")!.get(r));
    expect(values).toHaveLength(1);
    return values[0] === null ? null : Number(values[0]);
  });
}

describe.each(EXAMPLES.map((e) => [e.name, e] as const))("%s", (_, e) => {
  it("Series, over one chunk and over chunks split anywhere", () => {
    for (const { label, chunks } of chunkings(e)) {
      const s = fromArrow(new Table({ x: new Vector(chunks) })).col("x");
      expect(answer(() => s[e.reduction]()), label).toEqual(e.expected);
    }
  });

  it("lazy aggregate over record batches, optimized or not, collected and streamed", async () => {
    for (const { label, chunks } of chunkings(e)) {
      const lf = aggregate(fromArrow(batched(chunks)).lazy(), e.reduction);
      expect(await collected(lf), label).toEqual(e.expected);
      expect(await answerAsync(async () => (await lf.collect({ optimize: false })).row(0).i), `${label}, unoptimized`).toEqual(e.expected);
      expect(await streamed(lf), `${label}, streamed`).toEqual(e.expected);
    }
  });

  it("scanIpc over an IPC stream of one batch per row", async () => {
    const bytes = tableToIPC(batched(e.values.map((v) => e.make([v]))), "stream");
    const lf = aggregate(scanIpc(bytes), e.reduction);
    expect(await collected(lf)).toEqual(e.expected);
  });

  it("group-by: the index counts rows within the group, whatever the frame position", async () => {
    // Rows alternate between groups "o" and "g", each holding the example's values in order, so
    // a winner at group position p sits at frame position 2p (group "o") or 2p + 1 (group "g").
    const doubled = e.values.flatMap((v) => [v, v]);
    const keys = doubled.map((_, r) => (r % 2 === 0 ? "o" : "g"));
    const keyData = arrow(new Utf8())(keys);
    const valueData = e.make(doubled);
    const sizes = doubled.length > 2 ? [1, doubled.length - 3, 2] : [doubled.length];
    const batches: RecordBatch[] = [];
    let start = 0;
    for (const size of sizes) {
      batches.push(new RecordBatch({ k: keyData.slice(start, size), x: valueData.slice(start, size) }));
      start += size;
    }
    const got = await answerAsync(async () => {
      const df = await fromArrow(new Table(batches)).lazy().groupBy("k").agg(col("x")[e.reduction]().alias("i")).collect();
      return Array.from({ length: df.height }, (_, r) => df.row(r));
    });
    if (typeof e.expected === "object" && e.expected !== null) expect(got).toEqual(e.expected);
    else expect(got).toEqual([{ k: "o", i: e.expected }, { k: "g", i: e.expected }]);
  });

  it("DataFrame row axis and flattened reduction", () => {
    const values = e.values;
    // One row, one column per value: the row axis gives the column position, flattened row * ncols + col.
    const columns = Object.fromEntries(values.map((v, c) => [`c${c}`, new Vector([e.make([v])])]));
    const wide = fromArrow(new Table(columns));
    const perRow = answer(() => (wide[e.reduction]({ axis: 1 }) as Series).toArray());
    expect(perRow).toEqual(typeof e.expected === "object" && e.expected !== null ? e.expected : [e.expected]);
    expect(answer(() => wide[e.reduction]())).toEqual(e.expected);
    // One column, several chunks: flattened is the row position.
    const tall: DataFrame = fromArrow(batched(chunkings(e).at(-1)!.chunks));
    expect(answer(() => tall[e.reduction]())).toEqual(e.expected);
  });

  it("NumPy-style function on the Arrow Vector", () => {
    const fn = { argmin, argmax, nanargmin, nanargmax }[e.reduction];
    for (const { label, chunks } of chunkings(e)) {
      expect(answer(() => fn(new Vector(chunks) as never)), label).toEqual(e.expected);
    }
  });
});

describe("empty input", () => {
  const empty = () => new Table({ x: vectorFromArray([], new Float64()) });

  it("a Series, a DataFrame and a lazy aggregate of zero rows give null", async () => {
    for (const reduction of ["argmin", "argmax", "nanargmin", "nanargmax"] as const) {
      expect(fromArrow(empty()).col("x")[reduction]()).toBeNull();
      expect(fromArrow(empty())[reduction]()).toBeNull();
      expect(await collected(aggregate(fromArrow(empty()).lazy(), reduction))).toBeNull();
      expect(await collected(aggregate(fromArrow(batched([f64([3, 1])])).lazy().filter(col("x").gt(5)), reduction))).toBeNull();
    }
  });

  it("the NumPy-style functions throw on the same zero rows, as NumPy", () => {
    expect(() => argmin(empty().getChild("x")! as never)).toThrow("attempt to get argmin of an empty sequence");
    expect(() => nanargmax(empty().getChild("x")! as never)).toThrow("attempt to get argmax of an empty sequence");
  });
});
