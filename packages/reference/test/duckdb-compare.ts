/**
 * One random query run by the engine and, through the SQL lowering, by DuckDB on several threads:
 * the same names, types and cells in the same order, or a failure of a value on either side.
 */
import { type DataFrame, type LazyFrame, SqlLoweringError } from "@quiver/core";
import { sameCell } from "@quiver/core/testing";
import { expect } from "vitest";
import { VALUE_FAILURES } from "./differential-support.js";
import { cellToken, engineColumns, engineSchema } from "./plan-engine.js";

/** How the queries of a property fared. */
export interface DuckDbTally {
  compared: number;
  failedEither: number;
  notLowered: number;
  /** Queries whose float sums or means DuckDB rounded differently, within a few units in the last place. */
  roundedSums?: number;
}

type Outcome = { frame: DataFrame } | { error: Error };

async function outcomeOf(run: () => Promise<DataFrame>): Promise<Outcome> {
  try {
    return { frame: await run() };
  } catch (error) {
    return { error: error as Error };
  }
}

/**
 * Runs the query on both engines and asserts they agree.
 * @param lf - the query
 * @param why - the query's steps, for failure messages
 * @param tally - counts the outcome
 * @returns whether the query was lowered (and so compared or failed on a value)
 */
export async function compareOnDuckDb(lf: LazyFrame, why: string, tally: DuckDbTally): Promise<boolean> {
  const native = await outcomeOf(() => lf.collect());
  const duck = await outcomeOf(() => lf.collect({ engine: "duckdb", threads: 4 }));
  if ("error" in duck && duck.error instanceof SqlLoweringError) {
    tally.notLowered++;
    return false;
  }
  if ("error" in native || "error" in duck) {
    // Only a value the query cannot take fails at run time among lowered queries (nanargmin of NaN
    // alone, a strict cast); either engine may spare it (a filter that keeps no row, an unused column).
    for (const failed of [native, duck]) {
      if ("error" in failed) expect(failed.error.message, `${why}\n${lf.toSql()}`).toMatch(VALUE_FAILURES);
    }
    tally.failedEither++;
    return true;
  }
  expect(engineSchema(duck.frame), why).toEqual(engineSchema(native.frame));
  const [a, b] = [engineColumns(duck.frame), engineColumns(native.frame)];
  // DuckDB's float sum (fsum) is compensated, not exact as the engine's: its sums and means may
  // be a few units in the last place away (docs/scaling.md); any other difference fails.
  const sumsRounded = lf.toSql().includes("fsum(");
  let rounded = false;
  a.forEach((column, c) => {
    if (column.length === b[c].length && column.every((cell, r) => sameCell(cell, b[c][r]))) return;
    if (sumsRounded && column.length === b[c].length && column.every((cell, r) => sameCell(cell, b[c][r]) || withinUlps(cell, b[c][r], 4))) {
      rounded = true;
      return;
    }
    expect({ column: c, cells: column.map(cellToken) }, `${why}\n${lf.toSql()}`).toEqual({ column: c, cells: b[c].map(cellToken) });
  });
  tally.compared++;
  if (rounded) tally.roundedSums = (tally.roundedSums ?? 0) + 1;
  return true;
}

/**
 * Whether two cells are finite doubles at most `ulps` units in the last place apart, the unit of
 * a subnormal result being the smallest double (a compensated sum whose terms cancel down to a
 * subnormal, [-1, -5e-324, 1], may lose it: 0 where the exact sum is -5e-324).
 */
function withinUlps(x: unknown, y: unknown, ulps: number): boolean {
  if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) return false;
  const scale = Math.max(Math.abs(x), Math.abs(y));
  return Math.abs(x - y) <= ulps * Math.max(Number.EPSILON * scale, Number.MIN_VALUE);
}
