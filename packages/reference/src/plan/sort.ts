/**
 * The sort step: a stable sort (rows with equal keys keep their input order) by several keys
 * compared lexicographically. Values are ordered as argmin orders them — numbers by value with -0
 * equal to 0 and Int64 exact, strings by UTF-8 bytes, false before true — with NaN after every
 * number. `descending` reverses the value order only, so ties still keep their input order. Nulls
 * go last in both directions unless `nullsLast` is false, which puts them first.
 */
import { type Cell, compareCells, isNaNCell } from "../cell.js";

/** How one key orders rows: its value in each row, and its direction and null placement. */
export interface SortKeyValues {
  readonly values: readonly Cell[];
  readonly descending: boolean;
  readonly nullsLast: boolean;
}

/**
 * The positions of the rows in sorted order.
 * @param rowCount - how many rows
 * @param keys - the keys, most significant first
 * @returns a permutation of 0 … rowCount-1
 * @example sortedOrder(3, [{ values: [2, null, 1], descending: false, nullsLast: true }]) // [2, 0, 1]
 */
export function sortedOrder(rowCount: number, keys: readonly SortKeyValues[]): number[] {
  const order: number[] = [];
  // Insertion sort: each row goes after every row that does not sort after it, which is stable.
  for (let r = 0; r < rowCount; r++) {
    let at = order.length;
    while (at > 0 && compareRows(keys, order[at - 1], r) > 0) at--;
    order.splice(at, 0, r);
  }
  return order;
}

function compareRows(keys: readonly SortKeyValues[], a: number, b: number): number {
  for (const key of keys) {
    const order = compareKey(key, key.values[a], key.values[b]);
    if (order !== 0) return order;
  }
  return 0;
}

function compareKey(key: SortKeyValues, a: Cell, b: Cell): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) === key.nullsLast ? 1 : -1;
  }
  const order = compareValues(a, b);
  return key.descending ? -order : order;
}

/** The argmin order, extended with NaN equal to NaN and after every number. */
function compareValues(a: Cell, b: Cell): number {
  if (isNaNCell(a) || isNaNCell(b)) return Number(isNaNCell(a)) - Number(isNaNCell(b));
  return Math.sign(compareCells(a, b));
}
