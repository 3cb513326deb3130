import { tableFromArrays } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, fromArrow, fromColumns, lit } from "../src/index.js";

const values = () => fromColumns({ g: ["a", "b", "a", "a", "b", "a", "a"], x: [3, null, NaN, 1, 5, 1, -0] });

describe("top-k aggregates", () => {
  it("argminK and argmaxK: positions in order, ties by position, NaN first as argmin, nulls never", () => {
    const df = values().select(col("x").argminK(3).alias("min3"), col("x").argmaxK(3).alias("max3"), col("x").argmin().alias("argmin"));
    expect(df.toRecords()).toEqual([{ min3: [2, 6, 3], max3: [2, 4, 0], argmin: 2 }]);
  });

  it("bottomK and topK: values in order, NaN the largest value, nulls never; fewer values than k give a shorter list", () => {
    const df = values().select(col("x").bottomK(3).alias("low"), col("x").topK(10).alias("high"));
    expect(df.toRecords()).toEqual([{ low: [-0, 1, 1], high: [NaN, 5, 3, 1, 1, -0] }]);
    expect(Object.is((df.toRecords()[0].low as number[])[0], -0)).toBe(true);
  });

  it("per group, with positions within the group; a group without values gives null", async () => {
    const df = fromColumns({ g: ["a", "b", "a", "b", "a"], x: [2, null, 1, null, 2] });
    const out = df.groupBy("g").agg(col("x").argminK(2).alias("pos"), col("x").topK(2).alias("top"));
    expect(out.toRecords()).toEqual([
      { g: "a", pos: [1, 0], top: [2, 2] },
      { g: "b", pos: null, top: null },
    ]);
    // Streamed one row per batch, the bounded heaps merge across batches.
    const batched = fromArrow(tableFromArrays({ x: Float64Array.from([5, 4, 3, 2, 1, 0]) }).slice(0, 6));
    expect((await batched.lazy().select(col("x").argmaxK(2)).collect()).toRecords()).toEqual([{ x: [0, 1] }]);
  });

  it("over broadcasts the list to every row of the partition; a filter afterwards keeps lists whole", () => {
    const df = fromColumns({ g: ["a", "b", "a"], x: [2, 9, 1] }).withColumns(col("x").argminK(2).over("g").alias("k"));
    expect(df.toRecords()).toEqual([
      { g: "a", x: 2, k: [1, 0] },
      { g: "b", x: 9, k: [0] },
      { g: "a", x: 1, k: [1, 0] },
    ]);
    expect(df.filter(col("x").gt(1)).col("k").toArray()).toEqual([[1, 0], [0]]);
  });

  it("orders strings by UTF-8 bytes and Int64 exactly", () => {
    const df = fromColumns({ s: ["\uff5e", "😀", "a"], i: [2n ** 53n + 1n, 2n ** 53n, 0n] });
    expect(df.select(col("s").bottomK(2), col("i").argmaxK(2)).toRecords({ bigint: true })).toEqual([{ s: ["a", "\uff5e"], i: [0n, 1n] }]);
  });

  it("shows lists in the table and names their type", () => {
    const text = values().select(col("x").argminK(2)).toString();
    expect(text).toContain("list[i64]");
    expect(text).toContain("[2, 6]");
  });

  it("rejects a k that is not a positive integer, and unordered input", () => {
    expect(() => col("x").argminK(0)).toThrow(/argminK takes a positive integer count, got 0/);
    expect(() => col("x").topK(1.5)).toThrow(RangeError);
    expect(() => values().select(col("x").topK(2).alias("t")).select(col("t").topK(1))).toThrow(/topK is not defined for column "t"/);
    expect(() => values().select(col("x").topK(lit(2) as never))).toThrow(RangeError);
  });
});

describe("nUnique", () => {
  it("counts distinct values: null as one, NaN as one, -0 equal to 0; 0 over no rows", () => {
    const df = fromColumns({ x: [1, null, 1, NaN, NaN, -0, 0, null] });
    expect(df.select(col("x").nUnique()).toRecords()).toEqual([{ x: 4 }]);
    expect(df.head(0).select(col("x").nUnique()).toRecords()).toEqual([{ x: 0 }]);
    const groups = fromColumns({ g: [1, 2, 1, 1], s: ["a", "b", "a", null] }).groupBy("g").agg(col("s").nUnique());
    expect(groups.toRecords()).toEqual([{ g: 1, s: 2 }, { g: 2, s: 1 }]);
  });
});
