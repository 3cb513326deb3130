/**
 * The row axis in WebAssembly SIMD: for each row of null-free columns of one typed-array class,
 * the position of the column holding the row's extreme (see packages/core/wasm/assembly/rows.ts).
 * Columns that live in the module's memory (the WebAssembly heap) are read where they are; others
 * are copied a block of rows at a time into the instance's block buffer, each column's slice side
 * by side, and the block's winners are copied out.
 */

import { argExtremeWasm } from "./instance.js";
import { wasmScanPays } from "./limits.js";

/** A column the kernels read: a typed array of one of the lane types below, indexed from row 0. */
export type RowLaneArray = Float64Array | Float32Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array;

type RowLaneClass = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): RowLaneArray;
  readonly BYTES_PER_ELEMENT: number;
};

/** Reduces `rows` rows of the columns at the u32 addresses at `table`; returns the rows without a winner. */
type RowScan = (table: number, ncols: number, rows: number, out: number, skipNaN: boolean) => number;

type RowScanName = `row${"Min" | "Max"}${"F64" | "F32" | "I32" | "U32" | "I64" | "U64"}`;

const SUFFIX = new Map<unknown, string>([
  [Float64Array, "F64"],
  [Float32Array, "F32"],
  [Int32Array, "I32"],
  [Uint32Array, "U32"],
  [BigInt64Array, "I64"],
  [BigUint64Array, "U64"],
]);

/**
 * Bytes of one block's values; with the winners and the address table the block fits the block
 * buffer and stays in the L2 cache while it is scanned.
 */
const ROW_BLOCK_BYTES = 96 * 1024;

/** Rows per kernel step of the widest lanes: blocks are whole steps. */
const STEP_ROWS = 16;

/**
 * Per row, the position of the column holding its smallest (largest) value, written to `out`:
 * the first NaN's column when NaN propagates, -1 for a row of NaN only when NaN is skipped, and
 * the first column of equal values (-0 equals +0).
 * @param columns - at least one column, every one of the same class and `rows` long, no nulls
 * @param rows - the number of rows
 * @param out - receives one position per row
 * @returns the number of rows without a winner (-1 in `out`), or null when the kernels do not
 *   cover these columns (another class, mixed classes, no WebAssembly SIMD, too few values to gain)
 */
export function wasmRowWinners(columns: readonly ArrayLike<unknown>[], rows: number, max: boolean, skipNaN: boolean, out: Int32Array): number | null {
  const arrayClass = columns[0]?.constructor as RowLaneClass | undefined;
  const suffix = SUFFIX.get(arrayClass);
  if (suffix === undefined || !columns.every((c) => c.constructor === arrayClass)) return null;
  const size = arrayClass!.BYTES_PER_ELEMENT;
  if (!wasmScanPays(rows * columns.length, size)) return null;
  const wasm = argExtremeWasm();
  if (wasm === null) return null;
  const ncols = columns.length;
  const tableBytes = align(ncols * 4);
  const blockRows = Math.floor(Math.min(ROW_BLOCK_BYTES, wasm.block.byteLength - tableBytes) / (ncols * size + 4) / STEP_ROWS) * STEP_ROWS;
  if (blockRows === 0) return null;
  const scan = (wasm as unknown as Record<RowScanName, RowScan>)[`row${max ? "Max" : "Min"}${suffix}` as RowScanName];
  const buffer = wasm.block.buffer;
  const base = wasm.block.byteOffset;
  const table = new Uint32Array(buffer, base, ncols);
  const outAt = base + tableBytes;
  const winners = new Int32Array(buffer, outAt, blockRows);
  const valuesAt = outAt + align(blockRows * 4);
  const inPlace = columns.every((c) => wasm.holds(c as RowLaneArray));
  const block = inPlace ? null : new arrayClass!(buffer, valuesAt, blockRows * ncols);
  let empty = 0;
  for (let start = 0; start < rows; start += blockRows) {
    const n = Math.min(blockRows, rows - start);
    for (let c = 0; c < ncols; c++) {
      const column = columns[c] as RowLaneArray;
      if (block === null) {
        table[c] = column.byteOffset + start * size;
      } else {
        table[c] = valuesAt + c * blockRows * size;
        block.set(new arrayClass!(column.buffer, column.byteOffset + start * size, n) as never, c * blockRows);
      }
    }
    empty += scan(base, ncols, n, outAt, skipNaN);
    out.set(n === blockRows ? winners : winners.subarray(0, n), start);
  }
  return empty;
}

/** `bytes` rounded up to a whole number of 64-byte lines. */
function align(bytes: number): number {
  return Math.ceil(bytes / 64) * 64;
}
