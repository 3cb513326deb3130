// Joins on DuckDB: random queries around a join of two random tables (duplicate, null, NaN and
// -0 keys; every join kind) run by the engine and, through the SQL lowering, by DuckDB on several
// threads — the same names, types and cells in the same row order, or the same failure.
import { fromArrow, type LazyFrame } from "@quiver/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareOnDuckDb } from "./duckdb-compare.js";
import { applyStep } from "./plan-engine.js";
import { arbJoinCase, buildJoinQuery } from "./plan-generator-joins.js";

// One mismatch (0 rows from DuckDB where the engine gives 11, over a sliced self-join) was seen
// twice in some 8,000 runs and not yet reproduced; raise QUIVER_RUNS to hunt it.
const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 4));

describe("random joins give the same answer on DuckDB", () => {
  it(`${RUNS} join queries: same schema, cells and row order, or a failure on both`, async () => {
    const tally = { compared: 0, failedEither: 0, notLowered: 0, joinsLowered: 0, floatSums: 0 };
    await fc.assert(
      fc.asyncProperty(arbJoinCase(), async (jc) => {
        const { steps } = buildJoinQuery(jc);
        const lf = steps.reduce<LazyFrame>(applyStep, fromArrow(jc.left.table).lazy());
        const why = JSON.stringify(steps.map((s) => s.step), (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
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
