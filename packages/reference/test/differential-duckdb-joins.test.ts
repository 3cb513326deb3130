// Joins on DuckDB: random queries around a join of two random tables (duplicate, null, NaN and
// -0 keys; every join kind) run by the engine and, through the SQL lowering, by DuckDB on several
// threads — the same names, types and cells in the same row order, or the same failure.
import { fromArrow, type LazyFrame, SqlLoweringError } from "@quiver/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareOnDuckDb } from "./duckdb-compare.js";
import { applyStep } from "./plan-engine.js";
import { arbJoinCase, buildJoinQuery } from "./plan-generator-joins.js";

// One mismatch (0 rows from DuckDB where the engine gives 11, over a sliced self-join) was seen
// twice in some 8,000 runs and not yet reproduced; raise QUIVER_RUNS to hunt it.
const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 4));

/** The query's SQL, or undefined when it has no lowering. */
function sqlOf(lf: LazyFrame): string | undefined {
  try {
    return lf.toSql();
  } catch (error) {
    if (error instanceof SqlLoweringError) return undefined;
    throw error;
  }
}

describe("random joins give the same answer on DuckDB", () => {
  it(`${RUNS} join queries: same schema, cells and row order, or a failure on both`, async () => {
    const tally = { compared: 0, failedEither: 0, notLowered: 0, joinsLowered: 0, floatSums: 0 };
    await fc.assert(
      fc.asyncProperty(arbJoinCase(), async (jc) => {
        const { steps } = buildJoinQuery(jc);
        const lf = steps.reduce<LazyFrame>(applyStep, fromArrow(jc.left.table).lazy());
        const why = JSON.stringify(steps.map((s) => s.step), (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
        // DuckDB's float sum is Kahan-compensated, not exact (1 + 1e-300 - 1 gives 0; see
        // docs/scaling.md), and a join on such a sum turns a last-bit difference into other rows:
        // those queries are counted, not compared. The plan differential compares float sums.
        if (sqlOf(lf)?.includes("fsum(")) {
          tally.floatSums++;
          return;
        }
        if ((await compareOnDuckDb(lf, why, tally)) && steps.some((s) => "join" in s.step)) tally.joinsLowered++;
      }),
      { numRuns: RUNS },
    );
    console.log(`DuckDB join differential: ${JSON.stringify(tally)}`);
    // About nine queries in ten are compared; the rest fail on a value, sum floats or join an
    // integer key with a float one (no lowering yet).
    expect(tally.joinsLowered).toBeGreaterThan(RUNS * 0.6);
    expect(tally.compared).toBeGreaterThan(RUNS * 0.6);
  });
});
