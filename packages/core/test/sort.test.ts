import { Dictionary, Int32, makeData, type RecordBatch, Table, Utf8, Vector, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, DataFrame, fromArrow, fromColumns, type LazyFrame } from "../src/index.js";
import { concatData } from "../src/kernels/concat.js";

async function rows(lf: LazyFrame, optimize = true): Promise<Record<string, unknown>[]> {
  const df = await lf.collect({ optimize });
  return Array.from({ length: df.height }, (_, i) => df.row(i));
}

async function column(lf: LazyFrame, name: string): Promise<unknown[]> {
  return (await rows(lf)).map((r) => r[name]);
}

/** A frame of several record batches, so rows cross batch boundaries. */
function batched(columns: Record<string, unknown[]>, batchSize: number): DataFrame {
  const whole = fromColumns(columns as never).table;
  const batches: RecordBatch[] = [];
  for (let start = 0; start < whole.numRows; start += batchSize) batches.push(...whole.slice(start, start + batchSize).batches);
  return fromArrow(new Table(batches));
}

describe("sort", () => {
  it("orders numbers with NaN above +Infinity, nulls last, -0 and 0 as ties in input order", async () => {
    const df = fromColumns({ x: [3, NaN, null, -0, Infinity, 0, -Infinity, -0], i: [0, 1, 2, 3, 4, 5, 6, 7] });
    expect(await column(df.lazy().sort("x"), "i")).toEqual([6, 3, 5, 7, 0, 4, 1, 2]);
    // Descending reverses values, keeps ties in input order, and still puts nulls last.
    expect(await column(df.lazy().sort("x", { descending: true }), "i")).toEqual([1, 4, 0, 3, 5, 7, 6, 2]);
    expect(await column(df.lazy().sort("x", { nullsLast: false }), "i")).toEqual([2, 6, 3, 5, 7, 0, 4, 1]);
  });

  it("is stable across batches and compares several keys lexicographically", async () => {
    const df = batched({ k: ["b", "a", "b", "a", "a", "b"], v: [1, 2, 1, 1, 2, 0], i: [0, 1, 2, 3, 4, 5] }, 2);
    expect(await column(df.lazy().sort(["k", "v"]), "i")).toEqual([3, 1, 4, 5, 0, 2]);
    expect(await column(df.lazy().sort([col("k"), col("v")], { descending: [true, false] }), "i")).toEqual([5, 0, 2, 3, 1, 4]);
    expect(await column(df.lazy().sort(col("v").mul(-1)), "i")).toEqual([1, 4, 0, 2, 3, 5]);
  });

  it("orders strings by UTF-8 bytes, not UTF-16 code units", async () => {
    const df = fromColumns({ s: ["😀", "\uff5e", "a", "", "ab"] });
    expect(await column(df.lazy().sort("s"), "s")).toEqual(["", "a", "ab", "\uff5e", "😀"]);
  });

  it("orders Int64 exactly beyond 2^53, and booleans false before true", async () => {
    const big = 2n ** 53n;
    const df = fromColumns({ n: [big + 1n, big, -big, big + 3n], b: [true, false, true, false] });
    expect(await ints(df.lazy().sort("n"), "n")).toEqual([-big, big, big + 1n, big + 3n]);
    expect(await column(df.lazy().sort(["b", "n"]).select("b"), "b")).toEqual([false, false, true, true]);
  });

  it("orders dictionary columns by value, also when each batch has its own dictionary", async () => {
    const type = new Dictionary(new Utf8(), new Int32());
    const chunk = (dictionary: string[], keys: number[]) =>
      makeData({ type, length: keys.length, nullCount: 0, data: Int32Array.from(keys), dictionary: vectorFromArray(dictionary, new Utf8()) });
    const table = new Table({ d: new Vector([chunk(["z", "a"], [0, 1, 0]), chunk(["m", "b"], [1, 0])]) });
    const sorted = await column(fromArrow(table).lazy().sort("d"), "d");
    expect(sorted).toEqual(["a", "b", "m", "z", "z"]);
  });

  it("positions counted after a sort are positions in the sorted frame", async () => {
    const df = fromColumns({ x: [5, 1, 4], y: [0, 9, -1] });
    const [{ i }] = await rows(df.lazy().sort("x").select(col("y").argmin().alias("i")));
    expect(i).toBe(1);
  });

  it("a top-k (sort then head) equals the head of the full sort, over many batches", async () => {
    const n = 200_000;
    const values = Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
    const df = batched({ v: values, i: values.map((_, i) => i) }, 10_000);
    const topK = df.lazy().sort("v", { descending: true }).slice(3, 40);
    expect(topK.explain()).toContain("limit=43");
    const full = await column(df.lazy().sort("v", { descending: true }), "i");
    expect(await column(topK, "i")).toEqual(full.slice(3, 43));
  });

  it("rejects keys without an order and per-key options of the wrong length", () => {
    const df = fromColumns({ x: [1, 2] });
    expect(() => df.lazy().sort("y")).toThrow('Did you mean "x"?');
    expect(() => df.lazy().sort(col("x").argmin())).toThrow("sort keys must be row-wise");
    expect(() => df.lazy().sort(["x"], { descending: [true, false] })).toThrow("descending has 2 entries for 1 keys");
  });
});

describe("concatData", () => {
  it("joins sliced chunks of every layout", () => {
    const parts = [vectorFromArray(["a", "bb", null, "ccc"], new Utf8()).slice(1), vectorFromArray(["d", null], new Utf8())];
    const joined = concatData(new Utf8(), parts.flatMap((p) => p.data));
    expect(joined.offset).toBe(0);
    expect([...new Vector([joined])]).toEqual(["bb", null, "ccc", "d", null]);
  });
});

async function ints(lf: LazyFrame, name: string): Promise<bigint[]> {
  const df = await lf.collect();
  return Array.from({ length: df.height }, (_, i) => df.row(i, { bigint: true })[name] as bigint);
}
