import { type DataType, Float64, Int64, makeData, makeVector, type Vector } from "apache-arrow";
import { allocateArray } from "../memory/index.js";

/**
 * A Float64 or Int64 column of plain JS values, its values written straight into the
 * WebAssembly heap (see memory/) so the kernels scan them in place; null and undefined are nulls.
 * @param values - numbers (for Float64) or bigints (for Int64), with nulls; already type-checked
 * @param type - Float64 or Int64
 * @returns the column, or undefined for any other type (built elsewhere)
 * @example heapColumn([3, null, 1], new Float64())?.get(2) // 1
 */
export function heapColumn(values: readonly unknown[], type: DataType): Vector | undefined {
  const n = values.length;
  let data: Float64Array | BigInt64Array;
  if (type instanceof Float64) data = allocateArray(Float64Array, n);
  else if (type instanceof Int64) data = allocateArray(BigInt64Array, n);
  else return undefined;
  const zero = type instanceof Int64 ? 0n : 0;
  let bitmap: Uint8Array | null = null;
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) {
      data[i] = v as never;
      continue;
    }
    data[i] = zero as never;
    bitmap ??= new Uint8Array(Math.ceil(n / 8)).fill(0xff);
    bitmap[i >> 3] &= ~(1 << (i & 7));
    nullCount++;
  }
  return makeVector(makeData({ type, length: n, nullCount, nullBitmap: bitmap, data } as never)) as Vector;
}
