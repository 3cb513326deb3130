/**
 * S7's inputs: one Int64 or Float64 column in Parquet row groups of 1,000,000 rows with min/max
 * statistics, written by Polars.
 */
import pl from "nodejs-polars";
import { cachedFile } from "./cache.js";

/** Rows per row group, as the scenario asks. */
export const STATS_GROUP_ROWS = 1_000_000;

// Bump when the layout changes, so a stale cached file is not reused.
const FORMAT_VERSION = 1;

/**
 * "sorted-ish": Int64 values falling with the row, each ±2000 of its trend, so every row group's
 * range overlaps only its neighbours' and the minimum (with ties) lies in the last group.
 * "random": uniform Float64 in [0, 1), where statistics cannot prove where NaN is not.
 */
export type StatsLayout = "sorted-ish" | "random";

/** A deterministic generator, so every run on every machine writes the same file. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The file of `rows` rows in the given layout, cached in the temp folder. */
export function statsParquet(rows: number, layout: StatsLayout, seed: number): Promise<string> {
  return cachedFile(`s7-${layout}-${rows}-seed${seed}-v${FORMAT_VERSION}.parquet`, (path) => {
    const next = lcg(seed);
    const series =
      layout === "sorted-ish"
        ? pl.Series("x", Int32Array.from({ length: rows }, (_, i) => Math.floor((rows - i) / 100) * 10 + Math.floor(next() * 4000) - 2000)).cast(pl.Int64)
        : pl.Series("x", Float64Array.from({ length: rows }, () => next()));
    pl.DataFrame([series]).lazy().sinkParquet(path, { rowGroupSize: STATS_GROUP_ROWS, statistics: true }).collectSync();
  });
}
