/**
 * The `axis` and `keepdims` arguments of the NumPy-style reductions: validation, negative axes,
 * and the shape of the result.
 */
import { AxisError } from "../errors.js";
import { describeValue } from "../types/describe-value.js";
import { isAnything, isBoolean } from "../validate/checks.js";
import { checkOptions } from "../validate/options.js";

/** The options object as read at runtime, before its values are checked. */
export interface RawOptions {
  readonly axis: unknown;
  readonly keepdims: boolean;
  readonly out: unknown;
}

const OPTIONS = { axis: isAnything, keepdims: isBoolean, out: isAnything } as const;

/**
 * Reads `{ axis, keepdims, out }`, rejecting an options value that is not an object; a bare
 * number is the likely slip of NumPy's positional `argmin(a, 1)`, so the message shows the fix.
 * `axis` and `out` are checked against the input by {@link normalizeAxis} and `checkOut`.
 * @param options - what the caller passed as the second argument
 * @param op - the operation, to start messages with
 * @returns the three options; `keepdims` defaults to false
 * @throws TypeError for a non-object, an unknown key (a typo such as `axes` would otherwise be
 *   ignored silently; the closest option is suggested) or a non-boolean keepdims
 * @example readOptions({ axis: 1 }, "argmin") // { axis: 1, keepdims: false, out: undefined }
 */
export function readOptions(options: unknown, op: string): RawOptions {
  if (typeof options === "number") throw new TypeError(`${op}: options must be an object such as { axis: ${options} }; got ${describeValue(options)}`);
  const { axis, keepdims, out } = checkOptions<{ axis: unknown; keepdims: boolean; out: unknown }>(options, op, OPTIONS);
  return { axis: axis ?? null, keepdims: keepdims === true, out: out ?? undefined };
}

/**
 * Checks an axis against an array's dimensions and counts a negative one from the end. NumPy's
 * arg-reductions treat a 0-d array as 1-D of length 1, so axis 0 and -1 are accepted there and
 * reduce the single element, the same as `axis: null`.
 * @param axis - null or an integer (a bigint is taken as the integer it is)
 * @param ndim - the number of dimensions of the array
 * @param op - the operation, to start messages with
 * @returns the axis in `0 .. ndim-1`, or null to reduce the flattened array
 * @throws TypeError for a non-integer, AxisError when out of range
 * @example normalizeAxis(-1, 2, "argmin") // 1
 */
export function normalizeAxis(axis: unknown, ndim: number, op: string): number | null {
  if (axis === null) return null;
  let value: number;
  if (typeof axis === "bigint") value = Number(axis);
  else if (typeof axis === "number" && Number.isInteger(axis)) value = axis + 0;
  else throw new TypeError(`${op}: axis must be an integer or null; got ${describeValue(axis)}`);
  // The 0-d array reduces as 1-D of length 1, and NumPy reports the bad axis against that.
  const sides = Math.max(ndim, 1);
  if (value < -sides || value >= sides) throw new AxisError(value, sides);
  if (ndim === 0) return null;
  return value < 0 ? value + ndim : value;
}

/**
 * The shape of a reduction's result: the input's shape without the reduced axis, or with it as
 * length 1 under `keepdims` (`axis: null` reduces every axis).
 * @param shape - the input's shape
 * @param axis - the normalised axis, or null
 * @param keepdims - whether reduced axes stay as length 1
 * @returns the result's shape
 * @example resultShape([2, 3], 0, false) // [3]
 */
export function resultShape(shape: readonly number[], axis: number | null, keepdims: boolean): number[] {
  if (axis === null) return keepdims ? shape.map(() => 1) : [];
  return keepdims ? shape.map((side, d) => (d === axis ? 1 : side)) : shape.filter((_, d) => d !== axis);
}
