/**
 * argmin/argmax over nested arrays, following NumPy's `argmin(a, axis, keepdims)`.
 */
import type { Cell } from "./cell.js";
import { ValueError } from "./errors.js";
import { elementAt, flattenC, normaliseAxis, resolveShape, wrap } from "./ndarray.js";
import { type RefArgOptions, refArgReduce } from "./reduce.js";

/** Options of the NumPy-style reduction: which reduction, along which axis, keeping dimensions. */
export interface RefNdOptions extends RefArgOptions {
  axis?: number | null;
  keepdims?: boolean;
  /**
   * The full shape, needed only when a dimension follows a 0-length one, which nested arrays
   * cannot show (shape (0, 3) is written `[]`). It must agree with the nested arrays.
   */
  shape?: readonly number[];
}

/**
 * Reduces a nested array to argmin/argmax positions the way NumPy does, with nulls skipped.
 *
 * @param array - nested arrays of cells of any depth; a non-array is a 0-d array.
 * @param options - `axis` (null/absent flattens in C order), `keepdims`, `max`, `skipNaN`, and
 *   `shape` when the nested arrays cannot show it.
 * @returns a position (number, or null for an all-null slice) when the result is 0-d, otherwise
 *   nested arrays of positions in the shape of the result.
 * @example
 * refArgReduceNd([[6, 3, 8], [5, 2, 9]], { axis: 0 }); // [1, 1, 0]
 */
export function refArgReduceNd(array: unknown, options: RefNdOptions = {}): unknown {
  const shape = resolveShape(array, options.shape);
  const axis = options.axis ?? null;
  const keepdims = options.keepdims ?? false;

  if (axis === null) {
    const cells = flattenC(array);
    const answer = reduceSlice(cells, options);
    return keepdims ? wrap(answer, shape.length) : answer;
  }
  if (shape.length === 0) return reduceZeroDimAlong(array, axis, options);

  const k = normaliseAxis(axis, shape.length);
  const length = shape[k];
  // Checked before building: when another axis is empty no slice is ever reduced, and NumPy
  // still refuses an empty reduced axis.
  if (length === 0) reduceSlice([], options);
  const outShape = keepdims
    ? shape.map((d, i) => (i === k ? 1 : d))
    : shape.filter((_, i) => i !== k);

  return build(outShape, [], (outIndex) => {
    const cells: unknown[] = [];
    for (let i = 0; i < length; i++) cells.push(elementAt(array, fullIndex(outIndex, k, i, keepdims)));
    return reduceSlice(cells, options);
  });
}

/**
 * NumPy lets argmin take axis 0 or -1 on a 0-d array: it reshapes the array to one dimension of
 * length 1 first, so the answer is position 0 and a bad axis is reported against dimension 1.
 * The result stays 0-d even with keepdims, as in NumPy.
 */
function reduceZeroDimAlong(array: unknown, axis: number, options: RefArgOptions): number | null {
  normaliseAxis(axis, 1);
  return reduceSlice([array], options);
}

/**
 * Reducing zero elements has no answer in NumPy, unlike a slice of nulls which has `null`.
 * NumPy's nan variants delegate to argmin/argmax here, so the message names those.
 */
function reduceSlice(cells: unknown[], options: RefArgOptions): number | null {
  if (cells.length === 0) {
    throw new ValueError(`attempt to get ${options.max ? "argmax" : "argmin"} of an empty sequence`);
  }
  // refArgReduce checks at run time that every cell really is a Cell.
  return refArgReduce(cells as Cell[], options);
}

/** Puts the position along the reduced axis into the result's multi-index. */
function fullIndex(outIndex: number[], axis: number, i: number, keepdims: boolean): number[] {
  if (keepdims) return outIndex.map((j, d) => (d === axis ? i : j));
  return [...outIndex.slice(0, axis), i, ...outIndex.slice(axis)];
}

/** Builds nested arrays of the given shape, asking `leaf` for each element by its multi-index. */
function build(shape: number[], prefix: number[], leaf: (index: number[]) => unknown): unknown {
  if (prefix.length === shape.length) return leaf(prefix);
  return Array.from({ length: shape[prefix.length] }, (_, i) => build(shape, [...prefix, i], leaf));
}
