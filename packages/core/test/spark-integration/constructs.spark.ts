// Runs on a real Spark Connect server, and only there: `SPARK_REMOTE=sc://localhost:15002 pnpm
// --filter @quiver/core test:spark` (docs/scaling.md says how to start one). Every construct's
// query and the guide's example must give the engine's answer, cell for cell.
import { describe, expect, it } from "vitest";
import { col, type DataFrame, fromColumns } from "../../src/index.js";
import { CONSTRUCTS } from "../sql-constructs.js";

const remote = process.env.SPARK_REMOTE;
if (remote === undefined) throw new Error("the Spark integration suite needs SPARK_REMOTE, a Spark Connect server (e.g. sc://localhost:15002)");

const rows = (df: DataFrame) => JSON.stringify(df.toArrow().toArray().map((r) => r.toJSON()), (_, v) => (typeof v === "bigint" ? `${v}n` : Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : v));

describe(`Spark at ${remote} gives the engine's answers`, () => {
  it("the guide's example", async () => {
    const lf = fromColumns({ zone: ["a", "b", "a", "b", "a"], fare: [5, 2, 3, 2, 3] }).lazy().filter(col("fare").gt(0)).groupBy("zone").agg(col("fare").argmin().alias("cheapest"));
    expect(rows(await lf.collect({ engine: "spark", remote }))).toBe(rows(await lf.collect()));
  });

  for (const [name, query] of Object.entries(CONSTRUCTS)) {
    it(name, async () => {
      expect(rows(await query().collect({ engine: "spark", remote }))).toBe(rows(await query().collect()));
    });
  }
});
