// Joins on DuckDB: random queries around a join of two random tables (duplicate, null, NaN and
// -0 keys; every join kind) run by the engine and, through the SQL lowering, by DuckDB on several
// threads — the same names, types and cells in the same row order, or the same failure.
import { fromArrow, type LazyFrame, SqlLoweringError } from "@quiver/core";
import { sameCell } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VALUE_FAILURES } from "./differential-support.js";
import { applyStep, cellToken, engineColumns, engineSchema } from "./plan-engine.js";
import { arbJoinCase, buildJoinQuery } from "./plan-generator-joins.js";

const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 4));

type Outcome = { frame: Awaited<ReturnType<LazyFrame["collect"]>> } | { error: Error };

async function outcomeOf(run: () => Promise<Awaited<ReturnType<LazyFrame["collect"]>>>): Promise<Outcome> {
  try {
    return { frame: await run() };
  } catch (error) {
    return { error: error as Error };
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
        const native = await outcomeOf(() => lf.collect());
        const duck = await outcomeOf(() => lf.collect({ engine: "duckdb", threads: 4 }));
        if ("error" in duck && duck.error instanceof SqlLoweringError) {
          tally.notLowered++;
          return;
        }
        if (steps.some((s) => "join" in s.step)) tally.joinsLowered++;
        // DuckDB's float sum is Kahan-compensated, not exact (1 + 1e-300 - 1 gives 0; see
        // docs/scaling.md), and a join on such a sum turns a last-bit difference into other rows:
        // those queries are counted, not compared. The plan differential compares float sums.
        if (lf.toSql().includes("fsum(")) {
          tally.floatSums++;
          return;
        }
        if ("error" in native || "error" in duck) {
          // A value the query cannot take may be spared by either engine when it is not needed;
          // a failure must be of a value, never of the SQL.
          for (const failed of [native, duck]) {
            if ("error" in failed) expect(failed.error.message, `${why}\n${lf.toSql()}`).toMatch(VALUE_FAILURES);
          }
          tally.failedEither++;
          return;
        }
        expect(engineSchema(duck.frame), why).toEqual(engineSchema(native.frame));
        const [a, b] = [engineColumns(duck.frame), engineColumns(native.frame)];
        a.forEach((column, c) => {
          if (column.length !== b[c].length || !column.every((cell, r) => sameCell(cell, b[c][r]))) {
            expect({ column: c, cells: column.map(cellToken) }, `${why}\n${lf.toSql()}`).toEqual({ column: c, cells: b[c].map(cellToken) });
          }
        });
        tally.compared++;
      }),
      { numRuns: RUNS },
    );
    console.log(`DuckDB join differential: ${JSON.stringify(tally)}`);
    expect(tally.joinsLowered).toBeGreaterThan(RUNS * 0.5);
    expect(tally.compared).toBeGreaterThan(RUNS * 0.4);
  });
});
