import { type Data, type DataType, Precision, type Table, Type } from "apache-arrow";
import { ALL_NAN_SLICE, ValueError } from "../errors.js";
import type { ArgExtremeOptions } from "./aggregate/arg-extreme.js";
import { type ArgKernel, argKernelFor } from "./arg-kernel.js";
import { orderedAs } from "./ordered-as.js";
import { compareScalars, isNaNScalar, type Scalar } from "./scalar.js";
import { isNumberStorage } from "./storage.js";
import { assertComparableColumns, batchColumns } from "./table-arg-extreme.js";
import { denseRowLoop, resolveNaNRow } from "./row-dense-loops.js";
import { foldColumn } from "./row-number-loops.js";
import { isValidAt, validityOf } from "./validity.js";
import { wasmRowWinners } from "./wasm/row-extremes.js";

/**
 * Per-row winners of one record batch, updated one column at a time so each pass reads one
 * column's typed array sequentially.
 */
interface RowWinners {
  /** Winning column per row; -1 while a row has no value. */
  readonly column: Int32Array;
  /** The row's winner is a NaN (it propagates: no later column can beat it). */
  readonly isNaN: Uint8Array;
  /** The row met a NaN (tells an all-NaN row from an all-null one when skipping NaN). */
  readonly sawNaN: Uint8Array;
}

/**
 * Row axis: for each row, the position (among the table's columns) of the column holding the
 * row's smallest (or largest) value; nulls skipped, NaN propagating unless skipped, ties → first.
 * @returns one entry per row, null for a row with no value
 * @throws ValueError "All-NaN slice encountered" when NaN is skipped and a row holds only NaN
 */
export function argExtremeByRow(table: Table, options: ArgExtremeOptions = {}): (number | null)[] {
  return Array.from(rowWinnerPositions(table, options), (c) => (c < 0 ? null : c));
}

/**
 * {@link argExtremeByRow} as a typed array: per row the winning column's position, -1 for a row
 * with no value.
 */
export function rowWinnerPositions(table: Table, options: ArgExtremeOptions = {}): Int32Array {
  assertComparableColumns(table);
  const sign = options.max ? -1 : 1;
  const skipNaN = options.skipNaN ?? false;
  const kernels = table.schema.fields.map((f) => argKernelFor(orderedAs(f.type)));
  const out = new Int32Array(table.numRows);
  let at = 0;
  for (const batch of batchColumns(table)) {
    const column = out.subarray(at, at + batch.length).fill(-1);
    if (!wasmDenseRows(batch.columns, column, sign < 0, skipNaN)) updateRows(batch.columns, kernels, column, sign, skipNaN);
    at += batch.length;
  }
  return out;
}

/** The JavaScript paths: per row of one batch, the winning column written to `column`. */
function updateRows(columns: Data[], kernels: ArgKernel[], column: Int32Array, sign: number, skipNaN: boolean): void {
  const winners: RowWinners = { column, isNaN: new Uint8Array(column.length), sawNaN: new Uint8Array(column.length) };
  if (columns.every(isNumberStorage)) updateNumberRows(columns, winners, sign, skipNaN);
  else updateScalarRows(columns, kernels, winners, sign, skipNaN);
  if (skipNaN) {
    for (let r = 0; r < column.length; r++) if (column[r] < 0 && winners.sawNaN[r]) throw new ValueError(ALL_NAN_SLICE);
  }
}

/**
 * Fastest path: integer or float columns of one type without nulls, reduced in WebAssembly SIMD.
 * @returns false when the kernels do not cover these columns
 * @throws ValueError "All-NaN slice encountered" when NaN is skipped and a row holds only NaN
 */
function wasmDenseRows(columns: Data[], out: Int32Array, max: boolean, skipNaN: boolean): boolean {
  if (!columns.every((data) => isLaneType(data.type) && validityOf(data) === null)) return false;
  const empty = wasmRowWinners(columns.map((data) => data.values), out.length, max, skipNaN, out);
  if (empty !== null && empty > 0) throw new ValueError(ALL_NAN_SLICE);
  return empty !== null;
}

/** Integers and floats but Float16: types whose values are their typed array's elements. */
function isLaneType(type: DataType): boolean {
  return type.typeId === Type.Int || (type.typeId === Type.Float && (type as unknown as { precision: Precision }).precision !== Precision.HALF);
}

/** Rows per block of the fast path: the winner arrays of a block (13 bytes a row) fit in L1/L2. */
const ROW_BLOCK = 2048;

/**
 * Fast path: every column is a float or an integer of at most 32 bits. Without nulls, each row is
 * reduced across its columns in one go; otherwise blocks of rows fold one column at a time.
 */
function updateNumberRows(columns: Data[], w: RowWinners, sign: number, skipNaN: boolean): void {
  const bitmaps = columns.map(validityOf);
  const values = columns.map((data) => data.values as ArrayLike<number>);
  const dense = bitmaps.every((b) => b === null) ? denseRowLoop(values, sign < 0) : null;
  if (dense !== null) {
    for (const r of dense(values, w.column)) {
      w.column[r] = resolveNaNRow(values, r, sign < 0, skipNaN);
      if (w.column[r] < 0) w.sawNaN[r] = 1;
    }
    return;
  }
  const arrays = { ...w, best: new Float64Array(w.column.length).fill(Infinity) };
  for (let start = 0; start < arrays.best.length; start += ROW_BLOCK) {
    const end = Math.min(arrays.best.length, start + ROW_BLOCK);
    columns.forEach((data, c) => foldColumn(values[c], bitmaps[c], data.offset, c, arrays, sign, skipNaN, start, end));
  }
}

/** General path: any comparable columns, each cell read as an ordering scalar. */
function updateScalarRows(columns: Data[], kernels: ArgKernel[], w: RowWinners, sign: number, skipNaN: boolean): void {
  const best: Scalar[] = new Array(w.column.length);
  columns.forEach((data, c) => {
    const bitmap = validityOf(data);
    for (let r = 0; r < data.length; r++) {
      if (w.isNaN[r] || !isValidAt(bitmap, data.offset, r)) continue;
      const x = kernels[c].read(data, r);
      if (isNaNScalar(x)) {
        if (skipNaN) w.sawNaN[r] = 1;
        else (w.isNaN[r] = 1), (w.column[r] = c);
      } else if (w.column[r] < 0 || sign * compareScalars(x, best[r]) < 0) {
        best[r] = x;
        w.column[r] = c;
      }
    }
  });
}
