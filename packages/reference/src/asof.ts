/**
 * The as-of match, by its definition: among the right rows whose `by` cells equal the left row's
 * (null never equal) and whose key is neither null nor NaN, "backward" takes the last row with a
 * key at or below the left key, "forward" the first at or above it, and "nearest" the first row
 * at the smallest distance (0 between equal keys, else |a - b| computed as doubles do, so every
 * finite key is infinitely far from an infinite one; 64-bit keys subtract exactly); a tolerance
 * bounds the distance.
 */
import { type Cell, compareCells, isNaNCell } from "./cell.js";
import { sameKey } from "./group.js";

/** Which right row `joinAsof` picks. */
export type RefAsofStrategy = "backward" | "forward" | "nearest";

/**
 * The right row matched with one left row.
 * @param key - the left row's key
 * @param by - the left row's `by` cells
 * @param rightKeys - the right rows' keys, in order
 * @param rightBy - the right rows' `by` cells, row by row
 * @param strategy - which row to pick
 * @param tolerance - the largest distance, or null
 * @returns the right row's position, or null
 * @example refAsofMatch(4, [], [1, 3, 5], [[], [], []], "nearest", null) // 1
 */
export function refAsofMatch(
  key: Cell, by: readonly Cell[], rightKeys: readonly Cell[], rightBy: readonly (readonly Cell[])[], strategy: RefAsofStrategy, tolerance: number | null,
): number | null {
  if (key === null || isNaNCell(key)) return null;
  // Equal keys are at distance 0 (infinities included); floats otherwise subtract as doubles do.
  const distance = (k: Cell): number | bigint =>
    k === key ? 0 : typeof k === "bigint" ? (k > (key as bigint) ? k - (key as bigint) : (key as bigint) - k) : Math.abs((k as number) - (key as number));
  let best: number | null = null;
  rightKeys.forEach((k, r) => {
    if (k === null || isNaNCell(k) || !by.every((b, i) => b !== null && sameKey(b, rightBy[r][i]))) return;
    const d = compareCells(k, key);
    if (strategy === "backward" && d <= 0) best = r;
    if (strategy === "forward" && d >= 0 && best === null) best = r;
    if (strategy === "nearest" && (best === null || distance(k) < distance(rightKeys[best]))) best = r;
  });
  if (best === null || tolerance === null) return best;
  const limit = typeof key === "bigint" ? BigInt(tolerance) : tolerance;
  return distance(rightKeys[best]) <= limit ? best : null;
}
