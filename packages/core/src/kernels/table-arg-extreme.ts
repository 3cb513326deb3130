import type { Data, Table } from "apache-arrow";
import {
  type ArgExtremeOptions,
  type ArgExtremeState,
  argExtremeStateOf,
  EMPTY_STATE,
  finishArgExtreme,
  mergeArgExtreme,
} from "./aggregate/arg-extreme.js";
import { orderFamilyOf } from "./arg-kernel.js";

/**
 * Column axis: for each column, the first row index of its smallest (or largest) value.
 * @returns one entry per column, null for a column with no value
 */
export function argExtremeByColumn(table: Table, options: ArgExtremeOptions = {}): (number | null)[] {
  return table.schema.fields.map((field, c) =>
    finishArgExtreme(argExtremeStateOf(table.getChildAt(c)!, field.type, options), options),
  );
}

/**
 * Flattened: the table as a rows × columns matrix in C order; the answer is `row * ncols + col`.
 * Each column's own winner is its first row holding its extreme, so the matrix's winner is the
 * best of the column winners, ties going to the smaller flat index.
 * @returns the flat index, or null when the table holds no value
 */
export function argExtremeFlat(table: Table, options: ArgExtremeOptions = {}): number | null {
  assertComparableColumns(table);
  const ncols = table.numCols;
  let best: ArgExtremeState = EMPTY_STATE;
  table.schema.fields.forEach((field, c) => {
    const state = argExtremeStateOf(table.getChildAt(c)!, field.type, options);
    const flat = state.index < 0 ? state : { ...state, index: state.index * ncols + c };
    best = mergeArgExtreme(best, flat, options.max ?? false);
  });
  return finishArgExtreme(best, options);
}

/**
 * Throws unless every column's values can be ordered against every other column's.
 * Null-typed columns hold no value and fit anywhere.
 */
export function assertComparableColumns(table: Table): void {
  const families = table.schema.fields
    .map((field) => ({ field, family: orderFamilyOf(field.type) }))
    .filter(({ family }) => family !== "null");
  const first = families[0];
  const other = families.find(({ family }) => family !== first.family);
  if (other !== undefined) {
    throw new TypeError(
      `cannot compare column "${first.field.name}" (${String(first.field.type)}) with column ` +
        `"${other.field.name}" (${String(other.field.type)}) across a row: their values have no common order`,
    );
  }
}

/** The column chunks of each record batch, in column order. */
export function batchColumns(table: Table): { length: number; columns: Data[] }[] {
  return table.batches.map((batch) => ({ length: batch.numRows, columns: batch.data.children as Data[] }));
}
