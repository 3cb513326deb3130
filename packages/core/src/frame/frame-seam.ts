import type { Table } from "apache-arrow";
import type { DataFrame } from "./data-frame.js";

/**
 * How a LazyFrame gives its result as a DataFrame without importing data-frame.ts, which imports
 * LazyFrame for its own verbs: data-frame.ts registers the constructor when it loads. Every
 * module that hands out a LazyFrame (the scans, `df.lazy()`, the package index) loads it.
 */
let makeFrame: ((table: Table) => DataFrame) | null = null;

/** @param make - builds a DataFrame over a table (called once, by data-frame.ts) */
export function registerFrameOf(make: (table: Table) => DataFrame): void {
  makeFrame = make;
}

/**
 * A DataFrame over a query's result.
 * @param table - the collected rows
 * @returns the eager frame
 */
export function frameOf(table: Table): DataFrame {
  if (makeFrame === null) throw new Error("internal error: data-frame.js was not loaded before a LazyFrame was collected");
  return makeFrame(table);
}
