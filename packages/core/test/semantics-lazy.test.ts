// The contract's "What the index counts" and "Lazy queries" rules through the public API:
// positions after filter, slice and sort (in memory and pushed into an IPC scan of many batches),
// group keys (null, NaN, -0), minBy/maxBy and get, and the type of every index the engine returns.
import { DurationMillisecond, DurationSecond, makeVector, type RecordBatch, Table, tableFromArrays, tableToIPC, TimestampMillisecond, TimestampSecond } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, type DataFrame, fromArrow, fromColumns, type LazyFrame, lit, scanIpc, type Series } from "../src/index.js";

async function rows(lf: LazyFrame, optimize = true): Promise<Record<string, unknown>[]> {
  const df = await lf.collect({ optimize });
  return Array.from({ length: df.height }, (_, i) => df.row(i));
}

/** An IPC stream of `size`-row batches. */
function ipcOf(columns: Record<string, Float64Array | Int32Array>, size: number): Uint8Array {
  const whole = tableFromArrays(columns);
  const batches: RecordBatch[] = [];
  for (let start = 0; start < whole.numRows; start += size) batches.push(...whole.slice(start, start + size).batches);
  return tableToIPC(new Table(batches), "stream");
}

// v holds its minimum 0 at source rows 2 and 10, its maximum 90 at rows 4 and 8; r is the source row.
// No expected position below equals the source position of the same winner.
const V = Float64Array.of(50, 40, 0, 30, 90, 20, 10, 60, 90, 70, 0, 80);
const R = Int32Array.from(V, (_, i) => i);

describe("positions count the frame as it is at that point of the query", () => {
  const sources = async (): Promise<[string, LazyFrame][]> => [
    ["in memory, one batch", fromArrow(tableFromArrays({ v: V, r: R })).lazy()],
    ["IPC stream of 5-row batches", scanIpc(ipcOf({ v: V, r: R }, 5))],
  ];

  it("after a filter, pushed into the scan or not", async () => {
    for (const [label, lf] of await sources()) {
      // Rows with r >= 3: v = 30, 90, 20, 10, 60, 90, 70, 0, 80.
      const q = lf.filter(col("r").gte(3)).select(col("v").argmin().alias("i"), col("v").argmax().alias("j"));
      expect(await rows(q), label).toEqual([{ i: 7, j: 1 }]);
      expect(await rows(q, false), `${label}, unoptimized`).toEqual([{ i: 7, j: 1 }]);
    }
  });

  it("after a slice with an offset, across batch boundaries", async () => {
    for (const [label, lf] of await sources()) {
      // Rows 3..10: v = 30, 90, 20, 10, 60, 90, 70, 0.
      const q = lf.slice(3, 8).select(col("v").argmin().alias("i"), col("v").argmax().alias("j"));
      expect(await rows(q), label).toEqual([{ i: 7, j: 1 }]);
      expect(await rows(q, false), `${label}, unoptimized`).toEqual([{ i: 7, j: 1 }]);
      expect(await rows(lf.head(2).select(col("v").argmin().alias("i"))), label).toEqual([{ i: 1 }]);
    }
  });

  it("after a sort, ties in sorted order", async () => {
    for (const [label, lf] of await sources()) {
      // Sorted by r descending: v = 80, 0, 70, 90, 60, 10, 20, 90, 30, 0, 40, 50.
      const q = lf.sort("r", { descending: true }).select(col("v").argmin().alias("i"), col("v").argmax().alias("j"));
      expect(await rows(q), label).toEqual([{ i: 1, j: 3 }]);
      // A top-k: the five largest r, then argmin over them (v = 80, 0, 70, 90, 60).
      expect(await rows(lf.sort("r", { descending: true }).head(5).select(col("v").argmin().alias("i"))), label).toEqual([{ i: 1 }]);
    }
  });

  it("a filter after a row index keeps source positions in the index, while argmin counts filtered rows", async () => {
    for (const [label, lf] of await sources()) {
      const q = lf.withRowIndex("at").filter(col("v").gte(60)).select(col("at").minBy("v").alias("source"), col("v").argmin().alias("i"));
      // Kept: v = 90 (row 4), 60 (7), 90 (8), 70 (9), 80 (11).
      expect(await rows(q), label).toEqual([{ source: 7, i: 1 }]);
    }
  });
});

describe("group-by", () => {
  it("null keys form one group, NaN keys one group, -0 and 0 one key, groups in first-row order", async () => {
    const df = fromColumns({
      k: [NaN, null, 0, -0, NaN, null, 1, 0, NaN],
      v: [5, 4, 3, 9, 1, 8, 0, 2, 1],
    });
    const out = await rows(df.lazy().groupBy("k").agg(col("v").argmin().alias("i"), col("v").count().alias("n")));
    expect(out.map((r) => r.i)).toEqual([1, 0, 2, 0]);
    expect(out.map((r) => r.n)).toEqual([3, 2, 3, 1]);
    expect(out[0].k).toBeNaN();
    expect(out.slice(1).map((r) => r.k === 0 ? 0 : r.k)).toEqual([null, 0, 1]);
  });

  it("keys split over batches still meet in one group, positions within the group", async () => {
    const lf = scanIpc(ipcOf({ k: Float64Array.of(NaN, 0, NaN, -0, NaN, 0), v: Float64Array.of(3, 2, 1, 2, 1, 0) }, 2));
    expect(await rows(lf.groupBy("k").agg(col("v").argmin().alias("i"), col("v").argmax().alias("j")))).toEqual([
      { k: NaN, i: 1, j: 0 },
      { k: 0, i: 2, j: 0 },
    ]);
  });

  it("minBy with a row-index column gives the frame-relative position; argmin the group-relative one", async () => {
    const df = fromColumns({ k: ["a", "b", "a", "b", "a"], v: [3, 1, 2, 1, 2] });
    const out = await rows(df.lazy().withRowIndex("at").groupBy("k").agg(col("v").argmin().alias("i"), col("at").minBy("v").alias("at")));
    expect(out).toEqual([{ k: "a", i: 1, at: 2 }, { k: "b", i: 0, at: 1 }]);
  });
});

describe("minBy, maxBy and get", () => {
  // by: ties at rows 1 and 3 (min) and at rows 0 and 4 (max), across 2-row batches.
  const table = () => {
    const t = tableFromArrays({ by: Float64Array.of(7, 1, 5, 1, 7), x: Int32Array.of(10, 11, 12, 13, 14) });
    return fromArrow(new Table([...t.slice(0, 2).batches, ...t.slice(2, 4).batches, ...t.slice(4).batches]));
  };

  it("take the value at the first row of a tie, as get(argmin) does", async () => {
    const q = table().lazy().select(
      col("x").minBy("by").alias("min"), col("x").maxBy("by").alias("max"),
      col("x").get(col("by").argmin()).alias("getMin"), col("x").get(col("by").argmax()).alias("getMax"),
    );
    expect(await rows(q)).toEqual([{ min: 11, max: 10, getMin: 11, getMax: 10 }]);
  });

  it("follow argmin's NaN and null rules: a NaN in `by` wins, nulls are skipped, no value gives null", async () => {
    const df = fromColumns({ by: [null, 4, NaN, 2, NaN], x: ["a", "b", "c", "d", "e"] });
    expect(await rows(df.lazy().select(col("x").minBy("by").alias("m"), col("x").maxBy("by").alias("n")))).toEqual([{ m: "c", n: "c" }]);
    const noNaN = fromColumns({ by: [null, 4, 2, 2], x: ["a", "b", "c", "d"] });
    expect(await rows(noNaN.lazy().select(col("x").minBy("by").alias("m"), col("x").maxBy("by").alias("n")))).toEqual([{ m: "c", n: "b" }]);
    const nulls = fromColumns({ by: [null, null], x: ["a", "b"] });
    expect(await rows(nulls.lazy().select(col("x").minBy("by").alias("m")))).toEqual([{ m: null }]);
  });

  it("over zero rows give null, and count gives 0", async () => {
    const q = table().lazy().filter(lit(false)).select(
      col("x").minBy("by").alias("m"), col("by").argmin().alias("i"), col("by").count().alias("n"),
    );
    expect(await rows(q)).toEqual([{ m: null, i: null, n: 0 }]);
  });
});

describe("index types", () => {
  const df = () => fromColumns({ a: [6, 5], b: [3, 2], c: [8, 9] });

  it("result columns are Arrow Int64 on every path", async () => {
    expect(String((df().argmin({ axis: 0 }) as Series).type)).toBe("Int64");
    expect(String((df().argmin({ axis: 1 }) as Series).type)).toBe("Int64");
    expect((df().argmin({ keepdims: true }) as DataFrame).schema.fields.map((f) => String(f.type))).toEqual(["Int64"]);
    expect((df().argmin({ axis: 0, keepdims: true }) as DataFrame).schema.fields.map((f) => String(f.type))).toEqual(["Int64", "Int64", "Int64"]);
    const selected = await df().lazy().select(col("a").argmin().alias("i"), col("a").nanargmax().alias("j")).collect();
    expect(selected.schema.fields.map((f) => String(f.type))).toEqual(["Int64", "Int64"]);
    const grouped = await df().lazy().groupBy("a").agg(col("b").argmax().alias("i")).collect();
    expect(String(grouped.schema.fields[1].type)).toBe("Int64");
  });

  it("single indices and converted index values are numbers, bigints only when asked", async () => {
    expect(typeof df().argmin()).toBe("number");
    expect(typeof df().col("a").argmin()).toBe("number");
    expect((df().argmin({ axis: 1 }) as Series).toArray()).toEqual([1, 1]);
    const out = await df().lazy().select(col("a").argmin().alias("i")).collect();
    expect(out.row(0)).toEqual({ i: 1 });
    expect(typeof out.row(0).i).toBe("number");
    expect(out.row(0, { bigint: true })).toEqual({ i: 1n });
    expect(out.col("i").toArray({ bigint: true })).toEqual([1n]);
  });
});

describe("temporal values compare after normalising the unit", () => {
  it("timestamps of different units and zones across a row and flattened", () => {
    const table = new Table({
      s: makeVector({ type: new TimestampSecond("UTC"), data: BigInt64Array.of(2n, 1n) }),
      ms: makeVector({ type: new TimestampMillisecond("+05:30"), data: BigInt64Array.of(1_500n, 900n) }),
    });
    const df = fromArrow(table);
    // Row 0: 2 s vs 1.5 s; row 1: 1 s vs 0.9 s. Raw numbers would pick column "s" both times.
    expect((df.argmin({ axis: 1 }) as Series).toArray()).toEqual([1, 1]);
    expect(df.argmin()).toBe(3);
    expect(df.argmax()).toBe(0);
  });

  it("durations of different units across a row", () => {
    const table = new Table({
      s: makeVector({ type: new DurationSecond(), data: BigInt64Array.of(3n, -1n) }),
      ms: makeVector({ type: new DurationMillisecond(), data: BigInt64Array.of(2_500n, -1_001n) }),
    });
    const df = fromArrow(table);
    expect((df.argmin({ axis: 1 }) as Series).toArray()).toEqual([1, 1]);
    expect((df.argmax({ axis: 1 }) as Series).toArray()).toEqual([0, 0]);
  });
});
