/**
 * argmin/argmax per group: rows are partitioned by their key cells, groups listed in order of
 * first appearance, and each group's rows reduced on their own, so the index is the position
 * within the group.
 */
import { type Cell, isNaNCell } from "./cell.js";
import { type RefArgOptions, refArgReduce } from "./reduce.js";

/** One group: its key cells and the group-relative argmin (or the error it raised). */
export interface RefGroup {
  keys: Cell[];
  index: number | null | { error: string };
}

/**
 * Groups rows by key and reduces each group's values.
 * Keys are equal when their cells are: null equals null, NaN equals NaN, -0 equals 0.
 * @param keys - the key columns, column-major
 * @param values - the reduced column
 * @returns the groups in order of first appearance
 * @example refGroupArgReduce([["a", "b", "a"]], [3, 1, 2]) // [{ keys: ["a"], index: 1 }, { keys: ["b"], index: 0 }]
 */
export function refGroupArgReduce(keys: readonly (readonly Cell[])[], values: readonly Cell[], options: RefArgOptions = {}): RefGroup[] {
  const groups: { keys: Cell[]; cells: Cell[] }[] = [];
  values.forEach((value, row) => {
    const rowKeys = keys.map((column) => column[row]);
    let group = groups.find((g) => g.keys.every((k, i) => sameKey(k, rowKeys[i])));
    if (group === undefined) {
      group = { keys: rowKeys, cells: [] };
      groups.push(group);
    }
    group.cells.push(value);
  });
  return groups.map((g) => ({ keys: g.keys, index: reduceOrError(g.cells, options) }));
}

function reduceOrError(cells: Cell[], options: RefArgOptions): number | null | { error: string } {
  try {
    return refArgReduce(cells, options);
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/**
 * Whether two group-key cells are one key: null equals null, NaN equals NaN, -0 equals 0, and
 * numbers equal bigints of the same value.
 * @param a - a key cell
 * @param b - another key cell
 * @returns whether rows with these keys share a group
 * @example sameKey(-0, 0) // true
 */
export function sameKey(a: Cell, b: Cell): boolean {
  if (a === null || b === null) return a === b;
  if (isNaNCell(a) || isNaNCell(b)) return isNaNCell(a) && isNaNCell(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b || (typeof a === typeof b && a == b);
}
