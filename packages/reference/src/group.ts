/**
 * Grouping rows by key: rows are partitioned by their key cells, groups listed in order of first
 * appearance, a group's key cells being those of its first row. `refGroupArgReduce` reduces each
 * group's rows on their own, so the index is the position within the group; the plan
 * interpreter's group-by step partitions with `groupRows` too.
 */
import { type Cell, isNaNCell } from "./cell.js";
import { type RefArgOptions, refArgReduce } from "./reduce.js";

/** One group: its key cells and the group-relative argmin (or the error it raised). */
export interface RefGroup {
  keys: Cell[];
  index: number | null | { error: string };
}

/** One group of a partition: its key cells and the positions of its rows, in row order. */
export interface RowGroup {
  readonly keys: readonly Cell[];
  readonly rows: number[];
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
  const keyRows = values.map((_, row) => keys.map((column) => column[row]));
  return groupRows(keyRows).map((g) => ({ keys: [...g.keys], index: reduceOrError(g.rows.map((r) => values[r]), options) }));
}

/**
 * Partitions rows by their key cells (one key when `sameKey` says so).
 * @param keyCells - each row's key cells
 * @returns the groups, in order of first appearance
 * @example groupRows([["a"], ["b"], ["a"]]) // [{ keys: ["a"], rows: [0, 2] }, { keys: ["b"], rows: [1] }]
 */
export function groupRows(keyCells: readonly (readonly Cell[])[]): RowGroup[] {
  const groups: RowGroup[] = [];
  keyCells.forEach((keys, r) => {
    const group = groups.find((g) => g.keys.every((k, i) => sameKey(k, keys[i])));
    if (group === undefined) groups.push({ keys, rows: [r] });
    else group.rows.push(r);
  });
  return groups;
}

function reduceOrError(cells: Cell[], options: RefArgOptions): number | null | { error: string } {
  try {
    return refArgReduce(cells, options);
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/**
 * Whether two group-key cells are one key: null equals null, NaN equals NaN, -0 equals 0 (`===`
 * already says so), binary cells by their bytes.
 * @param a - a key cell
 * @param b - another key cell
 * @returns whether rows with these keys share a group
 * @example sameKey(-0, 0) // true
 */
export function sameKey(a: Cell, b: Cell): boolean {
  if (a === null || b === null) return a === b;
  if (isNaNCell(a) || isNaNCell(b)) return isNaNCell(a) && isNaNCell(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
