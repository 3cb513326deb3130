import { AxisError } from "../errors.js";

/**
 * Validates an `axis` argument against `ndim` dimensions and makes it non-negative.
 * @returns the axis in [0, ndim), or null for "all axes" (null or undefined)
 * @throws TypeError when the axis is not an integer number
 * @throws AxisError when it is out of range
 * @example normalizeAxis(-1, 2) // 1
 */
export function normalizeAxis(axis: unknown, ndim: number): number | null {
  if (axis === null || axis === undefined) return null;
  if (typeof axis !== "number" || !Number.isInteger(axis)) {
    throw new TypeError(`axis must be an integer or null, got ${typeof axis === "number" ? axis : typeof axis}`);
  }
  if (axis < -ndim || axis >= ndim) throw new AxisError(axis, ndim);
  return axis < 0 ? axis + ndim : axis;
}
