/**
 * argmin, argmax, nanargmin and nanargmax: NumPy's arg-reductions on nested JS arrays, NDArrays,
 * typed arrays and Apache Arrow Vectors and Tables.
 */
import { argExtreme, type ArgInput, type ArgOptions, type ArgResult } from "./extreme.js";
import type { Reduction } from "./reduce.js";

const ARGMIN: Reduction = { op: "argmin", max: false, skipNaN: false };
const ARGMAX: Reduction = { op: "argmax", max: true, skipNaN: false };
const NANARGMIN: Reduction = { op: "nanargmin", max: false, skipNaN: true };
const NANARGMAX: Reduction = { op: "nanargmax", max: true, skipNaN: true };

/**
 * The indices of the minimum values along an axis, as NumPy's `argmin`: ties give the first
 * index, the first NaN wins over every number, -0 equals 0, bigints compare exactly, false <
 * true, strings by code point. Arrow nulls are skipped; a slice of nulls only gives null.
 * @param a - nested arrays or a scalar, an NDArray, a typed array (1-D), an Arrow Vector (1-D,
 *   may hold nulls) or an Arrow Table (rows × columns)
 * @param options - `axis` (null: the flattened array in C order), `keepdims`, `out`
 * @returns a number for a single index; otherwise nested arrays for nested input, an NDArray
 *   over an Int32Array for NDArray or typed-array input, an Int64 Vector (or a Table under
 *   keepdims) for Arrow input; `out` itself when given
 * @throws ValueError for an axis of length 0; AxisError for an axis out of range; TypeError for
 *   a non-integer axis or a bad `out`
 * @example
 * argmin([[6, 3, 8], [5, 2, 9]]) // 4
 * argmin([[6, 3, 8], [5, 2, 9]], { axis: 0 }) // [1, 1, 0]
 * argmin([[6, 3, 8], [5, 2, 9]], { axis: -1, keepdims: true }) // [[1], [1]]
 */
export function argmin<A extends ArgInput, const O extends ArgOptions = {}>(a: A, options?: O): ArgResult<A, O> {
  return argExtreme(a, options, ARGMIN) as ArgResult<A, O>;
}

/**
 * The indices of the maximum values along an axis, as NumPy's `argmax`; the same rules as
 * {@link argmin} with the order reversed (the first NaN still wins, ties still give the first).
 * @param a - nested arrays or a scalar, an NDArray, a typed array, an Arrow Vector or Table
 * @param options - `axis` (null: the flattened array in C order), `keepdims`, `out`
 * @returns the indices, in the form described at {@link argmin}
 * @example
 * argmax([[6, 3, 8], [5, 2, 9]]) // 5
 * argmax([[6, 3, 8], [5, 2, 9]], { axis: 1 }) // [2, 2]
 */
export function argmax<A extends ArgInput, const O extends ArgOptions = {}>(a: A, options?: O): ArgResult<A, O> {
  return argExtreme(a, options, ARGMAX) as ArgResult<A, O>;
}

/**
 * The indices of the minimum values along an axis, ignoring NaN, as NumPy's `nanargmin` except
 * that NaN is truly skipped: `nanargmin([NaN, Infinity])` is 1 (NumPy, which replaces NaN by
 * +Infinity, says 0).
 * @param a - nested arrays or a scalar, an NDArray, a typed array, an Arrow Vector or Table
 * @param options - `axis` (null: the flattened array in C order), `keepdims`, `out`
 * @returns the indices, in the form described at {@link argmin}
 * @throws ValueError "All-NaN slice encountered" when a slice holds NaN and nothing else
 * @example
 * nanargmin([3, NaN, 1, NaN]) // 2
 * nanargmin([[NaN, 4], [2, NaN]], { axis: 0 }) // [1, 0]
 */
export function nanargmin<A extends ArgInput, const O extends ArgOptions = {}>(a: A, options?: O): ArgResult<A, O> {
  return argExtreme(a, options, NANARGMIN) as ArgResult<A, O>;
}

/**
 * The indices of the maximum values along an axis, ignoring NaN, as NumPy's `nanargmax` except
 * that NaN is truly skipped: `nanargmax([NaN, -Infinity])` is 1.
 * @param a - nested arrays or a scalar, an NDArray, a typed array, an Arrow Vector or Table
 * @param options - `axis` (null: the flattened array in C order), `keepdims`, `out`
 * @returns the indices, in the form described at {@link argmin}
 * @throws ValueError "All-NaN slice encountered" when a slice holds NaN and nothing else
 * @example
 * nanargmax([3, NaN, 1, NaN]) // 0
 */
export function nanargmax<A extends ArgInput, const O extends ArgOptions = {}>(a: A, options?: O): ArgResult<A, O> {
  return argExtreme(a, options, NANARGMAX) as ArgResult<A, O>;
}
