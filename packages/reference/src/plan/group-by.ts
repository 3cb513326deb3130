/**
 * The group-by step's partition: rows grouped by their key cells, groups in the order their first
 * row appears. Keys are one key when `sameKey` says so (null with null, NaN with NaN, -0 with 0);
 * a group's key cells are those of its first row.
 */
import type { Cell } from "../cell.js";
import { sameKey } from "../group.js";

/** One group: its key cells and the positions of its rows, in row order. */
export interface RowGroup {
  readonly keys: readonly Cell[];
  readonly rows: number[];
}

/**
 * Partitions rows by their key cells.
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
