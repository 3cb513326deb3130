/**
 * argmin/argmax over a table given column by column, along columns, rows or the flattened
 * rows × columns matrix.
 */
import type { Cell } from "./cell.js";
import { ValueError } from "./errors.js";
import { normaliseAxis } from "./ndarray.js";
import { type RefArgOptions, refArgReduce } from "./reduce.js";

/** Options of the table reduction: which reduction, and along which axis. */
export interface RefTableOptions extends RefArgOptions {
  axis?: 0 | 1 | null;
}

/**
 * Reduces a table to argmin/argmax positions with frame semantics (nulls skipped, zero rows
 * give null).
 *
 * @param columns - the table, column-major: `columns[c][r]` is row r of column c.
 * @param options - `axis` 0 (per column: a row position), 1 (per row: a column position) or
 *   null/absent (the flattened matrix: `row * ncols + col`), plus `max` and `skipNaN`.
 * @returns one position or null for axis null, otherwise one per column (axis 0) or per row
 *   (axis 1).
 * @example
 * refTableArgReduce([[6, 5], [3, 2], [8, 9]], { axis: 1 }); // [1, 1]
 */
export function refTableArgReduce(
  columns: readonly (readonly Cell[])[],
  options: RefTableOptions = {},
): number | null | (number | null)[] {
  const nrows = rowCount(columns);
  const axis = options.axis ?? null;
  if (axis === null) return refArgReduce(rowMajor(columns, nrows), options);

  if (normaliseAxis(axis, 2) === 0) return columns.map((column) => refArgReduce(column, options));
  const perRow: (number | null)[] = [];
  for (let r = 0; r < nrows; r++) perRow.push(refArgReduce(rowOf(columns, r), options));
  return perRow;
}

/** A table needs columns of one length; with no columns at all it has no rows either. */
function rowCount(columns: readonly (readonly Cell[])[]): number {
  if (columns.length === 0) return 0;
  const nrows = columns[0].length;
  columns.forEach((column, c) => {
    if (column.length !== nrows) {
      throw new ValueError(
        `all columns must have the same length: column 0 has ${nrows} rows but column ${c} has ` +
          `${column.length}`,
      );
    }
  });
  return nrows;
}

function rowOf(columns: readonly (readonly Cell[])[], r: number): Cell[] {
  return columns.map((column) => column[r]);
}

/** The cells in C order of the rows × columns matrix, so a position is `row * ncols + col`. */
function rowMajor(columns: readonly (readonly Cell[])[], nrows: number): Cell[] {
  const cells: Cell[] = [];
  for (let r = 0; r < nrows; r++) cells.push(...rowOf(columns, r));
  return cells;
}
