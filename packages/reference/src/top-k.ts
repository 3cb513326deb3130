/**
 * The top-k aggregates and the distinct count, written as plainly as their rules:
 * - `argminK(k)` / `argmaxK(k)`: the positions of the non-null values sorted with NaN first (argmin
 *   lets NaN win), then by value (ascending / descending), then by position; the first k;
 * - `bottomK(k)` / `topK(k)`: the values at the first k positions of the non-null values sorted by
 *   value (ascending / descending), NaN counting as the largest value, then by position;
 * - all four give null when no value is present;
 * - `nUnique`: how many distinct cells there are, null counting as one, NaN as one, -0 equal to 0.
 */
import { type Cell, compareCells, isNaNCell } from "./cell.js";
import { sameKey } from "./group.js";

/** The four top-k aggregates. */
export type RefTopKFunction = "argminK" | "argmaxK" | "bottomK" | "topK";

/**
 * A top-k aggregate over a list of rows.
 * @param fn - which one
 * @param values - the values, in row order
 * @param k - how many to keep (at least 1)
 * @returns positions (argminK, argmaxK) or values (bottomK, topK), or null when no value is present
 * @example refTopK("argminK", [3, null, NaN, 1], 2) // [2, 3]
 */
export function refTopK(fn: RefTopKFunction, values: readonly Cell[], k: number): Cell[] | null {
  const positions = values.flatMap((v, i) => (v === null ? [] : [i]));
  if (positions.length === 0) return null;
  const descending = fn === "argmaxK" || fn === "topK";
  const nanFirst = descending || fn === "argminK";
  const byValue = (a: Cell, b: Cell): number => {
    if (isNaNCell(a) || isNaNCell(b)) {
      if (isNaNCell(a) && isNaNCell(b)) return 0;
      return isNaNCell(a) === nanFirst ? -1 : 1;
    }
    return descending ? compareCells(b, a) : compareCells(a, b);
  };
  const sorted = [...positions].sort((i, j) => byValue(values[i], values[j]) || i - j).slice(0, k);
  return fn.startsWith("arg") ? sorted : sorted.map((i) => values[i]);
}

/**
 * The number of distinct cells.
 * @param values - the values
 * @returns the count (a bigint, as Int64 cells are)
 * @example refNUnique([1, null, 1, NaN, NaN, -0, 0]) // 4n
 */
export function refNUnique(values: readonly Cell[]): bigint {
  const distinct: Cell[] = [];
  for (const v of values) if (!distinct.some((d) => sameKey(d, v))) distinct.push(v);
  return BigInt(distinct.length);
}
