import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, type DataFrame, fromColumns, scanIpc } from "../src/index.js";
import { executePlanSync } from "../src/exec/execute.js";

const trips = () =>
  fromColumns({
    zone: ["a", "b", "a", "b", "a", "c"],
    fare: [5, -1, 3, 7, 3, null],
    tip: [1, 2, 3, 4, 5, 6],
  });

const rowsOf = (df: DataFrame) => Array.from({ length: df.height }, (_, i) => df.row(i));

describe("eager DataFrame methods", () => {
  it("give what the same lazy query collects", async () => {
    const df = trips();
    const cases: [DataFrame, Promise<DataFrame>][] = [
      [df.filter(col("fare").gt(0)), df.lazy().filter(col("fare").gt(0)).collect()],
      [df.select(col("fare").argmin().alias("i")), df.lazy().select(col("fare").argmin().alias("i")).collect()],
      [df.withColumns(col("tip").mul(2).alias("t2")), df.lazy().withColumns(col("tip").mul(2).alias("t2")).collect()],
      [df.groupBy("zone").agg(col("fare").argmin().alias("i")), df.lazy().groupBy("zone").agg(col("fare").argmin().alias("i")).collect()],
      [df.sort("fare", { descending: true }), df.lazy().sort("fare", { descending: true }).collect()],
      [df.slice(1, 3), df.lazy().slice(1, 3).collect()],
      [df.withRowIndex("row").head(2), df.lazy().withRowIndex("row").head(2).collect()],
    ];
    for (const [eager, lazy] of cases) expect(rowsOf(eager)).toEqual(rowsOf(await lazy));
  });

  it("compose, counting positions in the frame as it is at each step", () => {
    const df = trips().filter(col("fare").gt(0)).sort("fare").withRowIndex("row");
    expect(rowsOf(df).map((r) => [r.row, r.fare])).toEqual([[0, 3], [1, 3], [2, 5], [3, 7]]);
    expect(rowsOf(df).map((r) => r.tip)).toEqual([3, 5, 1, 4]);
    expect(df.select(col("tip").argmax().alias("i")).row(0)).toEqual({ i: 1 });
    expect(trips().limit(0).height).toBe(0);
    expect(trips().head(-1).height).toBe(0);
  });

  it("report errors when the step is written, as the lazy methods do", () => {
    expect(() => trips().filter(col("fair").gt(0))).toThrow('Did you mean "fare"?');
    expect(() => trips().sort("zone", { descending: [true, false] })).toThrow("descending has 2 entries for 1 keys");
  });

  it("only in-memory sources run synchronously", async () => {
    const bytes = tableToIPC(tableFromArrays({ x: Float64Array.of(2, 1) }), "stream");
    const lf = scanIpc(bytes);
    await lf.collectSchema();
    expect(() => executePlanSync(lf.plan)).toThrow("can only be read asynchronously: run the query with collect() or stream()");
  });
});
