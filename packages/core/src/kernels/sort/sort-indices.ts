import type { Data } from "apache-arrow";
import { slotOrderOf } from "./slot-order.js";

/** How one sort key orders its rows. */
export interface SortDirection {
  /** Largest first; NaN, the largest number, then comes first among values. */
  readonly descending: boolean;
  /** Nulls after every value (the default), or before. */
  readonly nullsLast: boolean;
}

/**
 * The stable sorting permutation of rows by several keys, compared lexicographically: rows equal
 * on every key keep their input order, whatever the direction.
 * @param keys - one chunk per key, all of the same length
 * @param directions - one per key
 * @returns positions of the input rows, in sorted order
 * @example sortIndices([data], [{ descending: false, nullsLast: true }]) // Int32Array [2, 0, 1]
 */
export function sortIndices(keys: readonly Data[], directions: readonly SortDirection[]): Int32Array {
  const length = keys[0]?.length ?? 0;
  const comparators = keys.map((key, k) => {
    const { isValid, compare } = slotOrderOf(key);
    const { descending, nullsLast } = directions[k];
    const nullSign = nullsLast ? 1 : -1;
    const valid = new Uint8Array(length);
    for (let i = 0; i < length; i++) valid[i] = isValid(i) ? 1 : 0;
    const compareValues = descending ? (i: number, j: number) => compare(j, i) : compare;
    return (i: number, j: number): number => {
      const vi = valid[i];
      if (vi !== valid[j]) return vi === 0 ? nullSign : -nullSign;
      if (vi === 0) return 0;
      return compareValues(i, j);
    };
  });
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  // The final tie-break on the position makes the sort stable whatever the engine's algorithm.
  return order.sort((i, j) => {
    for (const c of comparators) {
      const d = c(i, j);
      if (d !== 0) return d;
    }
    return i - j;
  });
}
