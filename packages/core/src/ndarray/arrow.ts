/**
 * The NumPy-style reductions on Apache Arrow data: a Vector is a 1-D array that may hold nulls, a
 * Table a rows × columns matrix. The reduction itself is the Arrow kernels'; this adapter checks
 * the arguments the NumPy way and shapes the result as Arrow values.
 */
import type { Int64, Table, Vector } from "apache-arrow";
import { EMPTY_SEQUENCE, ValueError } from "../errors.js";
import { argExtremeByColumn, argExtremeByRow, argExtremeFlat, argExtremeOfVector } from "../kernels/index.js";
import { normalizeAxis, resultShape, type RawOptions } from "./axis.js";
import { checkOut, writeOut, type OutArray } from "./out.js";
import type { Reduction } from "./reduce.js";
import { sizeOf } from "./shape.js";
import { indexTable, indexVector } from "../types/index-columns.js";

/** What a reduction of a Vector gives: an index (null when every value is null), or `out`. */
export type VectorArgResult = number | null | Vector<Int64> | OutArray;

/** What a reduction of a Table gives; see {@link argOfTable}. */
export type TableArgResult = number | null | Vector<Int64> | Table | OutArray;

/**
 * Reduces a Vector as a 1-D array: nulls are skipped, an all-null Vector gives null.
 * @param vector - the values
 * @param options - axis null, 0 or -1; keepdims gives an Int64 Vector of length 1
 * @param reduction - min or max, and the NaN rule
 * @returns the index, null, a one-element Int64 Vector under keepdims, or `out`
 * @throws ValueError for an empty Vector (an axis of length 0)
 * @example argOfVector(vectorFromArray([3, null, 1]), readOptions({}, "argmin"), { op: "argmin", max: false, skipNaN: false }) // 2
 */
export function argOfVector(vector: Vector, options: RawOptions, reduction: Reduction): VectorArgResult {
  const { op, max, skipNaN } = reduction;
  normalizeAxis(options.axis, 1, op);
  const shape = options.keepdims ? [1] : [];
  const target = options.out === undefined ? undefined : checkOut(options.out, shape, op);
  if (vector.length === 0) throw new ValueError(EMPTY_SEQUENCE(op));
  const index = argExtremeOfVector(vector, { max, skipNaN });
  if (target !== undefined) return writeOut(target, [index], shape, op);
  return options.keepdims ? indexVector([index]) : index;
}

/**
 * Reduces a Table as a rows × columns matrix. Axis 0 gives each column's row position, axis 1
 * each row's column position, null the flattened position `row * numCols + col`; null wherever
 * a slice holds no non-null value. Under keepdims the result is a Table: one row named like the
 * input's columns (axis 0), one column named after the operation (axis 1), or 1 × 1 (null).
 * @param table - the matrix
 * @param options - axis, keepdims and out
 * @param reduction - min or max, and the NaN rule
 * @returns a number or null (axis null), an Int64 Vector (axis 0 or 1), a Table (keepdims) or `out`
 * @throws ValueError when the reduced axis has length 0
 * @example
 * const argmin = { op: "argmin", max: false, skipNaN: false };
 * argOfTable(tableFromArrays({ a: [3, 1], b: [0, 5] }), readOptions({ axis: 0 }, "argmin"), argmin) // Int64 [1, 0]
 */
export function argOfTable(table: Table, options: RawOptions, reduction: Reduction): TableArgResult {
  const { op, max, skipNaN } = reduction;
  const shape = [table.numRows, table.numCols];
  const axis = normalizeAxis(options.axis, 2, op);
  const outShape = resultShape(shape, axis, options.keepdims);
  const target = options.out === undefined ? undefined : checkOut(options.out, outShape, op);
  const reducedLength = axis === null ? sizeOf(shape) : shape[axis];
  if (reducedLength === 0) throw new ValueError(EMPTY_SEQUENCE(op));
  const kernelOptions = { max, skipNaN };
  let indices: (number | null)[];
  if (axis === null) indices = [argExtremeFlat(table, kernelOptions)];
  else if (sizeOf(outShape) === 0) indices = [];
  else indices = axis === 0 ? argExtremeByColumn(table, kernelOptions) : argExtremeByRow(table, kernelOptions);
  if (target !== undefined) return writeOut(target, indices, outShape, op);
  if (options.keepdims) {
    if (axis === 0) return indexTable(table.schema.fields.map((field, c) => [field.name, [indices[c]]]), 1);
    return indexTable([[op, indices]], indices.length);
  }
  return axis === null ? indices[0] : indexVector(indices);
}
