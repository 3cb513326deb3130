/**
 * Errors raised by the oracle. The names mirror NumPy's exception classes so that a test can
 * check the same error kind on every path.
 */

/**
 * A value is unacceptable for the operation (NumPy's `ValueError`).
 *
 * @param message - what is wrong with the value.
 * @returns a new ValueError.
 * @example
 * throw new ValueError("All-NaN slice encountered");
 */
export class ValueError extends Error {
  override name = "ValueError";
}

/**
 * An axis is outside the dimensions of the array (NumPy's `AxisError`, itself a ValueError).
 *
 * @param axis - the axis as the caller gave it (before negative axes are resolved).
 * @param ndim - the number of dimensions the axis was checked against.
 * @returns a new AxisError whose message names both.
 * @example
 * new AxisError(2, 2).message; // "axis 2 is out of bounds for array of dimension 2"
 */
export class AxisError extends ValueError {
  override name = "AxisError";
  readonly axis: number;
  readonly ndim: number;

  constructor(axis: number, ndim: number) {
    super(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
    this.axis = axis;
    this.ndim = ndim;
  }
}
