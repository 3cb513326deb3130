import { describe, expect, it } from "vitest";
import { col, fromColumns } from "../src/index.js";

const quotes = () => fromColumns({ t: [1, 3, 3, 6, 9], sym: ["a", "b", "a", "a", "b"], bid: [10, 20, 30, 40, 50] });
const trades = () => fromColumns({ t: [0, 3, 4, 5, 8, 12], sym: ["a", "a", "b", "a", "b", "a"] });

describe("joinAsof", () => {
  it("backward: the last right row at or before each key; forward: the first at or after", () => {
    const t = trades();
    expect(t.joinAsof(quotes(), { on: "t" }).col("bid").toArray()).toEqual([null, 30, 30, 30, 40, 50]);
    expect(t.joinAsof(quotes(), { on: "t", strategy: "forward" }).col("bid").toArray()).toEqual([10, 20, 40, 40, 50, null]);
  });

  it("nearest is an argmin of the distance: ties go to the first row", () => {
    // 2 is 1 away from t=1 and t=3: the earlier row wins; among equal keys 3, the first.
    const left = fromColumns({ t: [2, 3, 4.5, 7.5] });
    expect(left.joinAsof(quotes(), { on: "t", strategy: "nearest" }).col("bid").toArray()).toEqual([10, 20, 20, 40]);
  });

  it("by groups match within equal values; tolerance bounds the distance", () => {
    const joined = trades().joinAsof(quotes(), { on: "t", by: "sym" });
    expect(joined.columns).toEqual(["t", "sym", "bid"]);
    expect(joined.col("bid").toArray()).toEqual([null, 30, 20, 30, 20, 40]);
    expect(trades().joinAsof(quotes(), { on: "t", by: "sym", tolerance: 2 }).col("bid").toArray()).toEqual([null, 30, 20, 30, null, null]);
  });

  it("keeps the right key when the keys are named differently, and runs lazily with a filter pushed into the left", async () => {
    const right = quotes().rename({ t: "qt" });
    const lf = trades().lazy().joinAsof(right.lazy(), { leftOn: "t", rightOn: "qt" }).filter(col("t").gt(3));
    expect((await lf.collect()).toRecords()).toEqual([
      { t: 4, sym: "b", qt: 3, sym_right: "a", bid: 30 },
      { t: 5, sym: "a", qt: 3, sym_right: "a", bid: 30 },
      { t: 8, sym: "b", qt: 6, sym_right: "a", bid: 40 },
      { t: 12, sym: "a", qt: 9, sym_right: "b", bid: 50 },
    ]);
    expect((await lf.collect({ optimize: false })).toRecords()).toEqual((await lf.collect()).toRecords());
    expect(lf.explain().split("\n").slice(0, 2)).toEqual([
      'JOIN ASOF BACKWARD left="t" right="qt"',
      '  SCAN memory columns=* predicate=col("t").gt(3) limit=none',
    ]);
  });

  it("null and NaN keys never match; the right side must be sorted by the key", () => {
    const left = fromColumns({ t: [null, NaN, 5] });
    expect(left.joinAsof(quotes(), { on: "t" }).col("bid").toArray()).toEqual([null, null, 30]);
    const unsorted = fromColumns({ t: [1, 5, 2], v: [1, 2, 3] });
    expect(() => trades().joinAsof(unsorted, { on: "t" })).toThrow('joinAsof: the right side must be sorted by "t" (within each "by" group), but row 2 holds 2 after 5: sort it by "t" first');
    expect(() => trades().joinAsof(quotes(), { on: "sym" })).toThrow(/an as-of key is a number, date, time, timestamp or duration/);
    expect(() => trades().joinAsof(quotes(), { on: "t", strategy: "closest" as never })).toThrow(/joinAsof: option "strategy" must be one of "backward", "forward", "nearest"/);
  });
});
