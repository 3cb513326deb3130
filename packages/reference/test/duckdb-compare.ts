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
  /** Queries whose float sums or means DuckDB computed differently (its compensated sum is not exact). */
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
  // differ (docs/scaling.md); any other difference fails.
  const sumsRounded = lf.toSql().includes("fsum(");
  let rounded = false;
  a.forEach((column, c) => {
    if (column.length === b[c].length && column.every((cell, r) => sameCell(cell, b[c][r]))) return;
    // Kahan's compensation is lost entirely where huge terms cancel ([1e308, 1e214, -1e308] sums to
    // 0 on DuckDB): with fsum in the query, float cells are counted, not compared.
    if (sumsRounded && column.length === b[c].length && column.every((cell, r) => sameCell(cell, b[c][r]) || (typeof cell === "number" && typeof b[c][r] === "number"))) {
      rounded = true;
      return;
    }
    expect({ column: c, cells: column.map(cellToken) }, `${why}\n${lf.toSql()}`).toEqual({ column: c, cells: b[c].map(cellToken) });
  });
  tally.compared++;
  if (rounded) tally.roundedSums = (tally.roundedSums ?? 0) + 1;
  return true;
}
