/**
 * Nested JavaScript arrays seen as NumPy arrays: shape, C-order flattening, element access and
 * axis checking. Only real Arrays nest; a Uint8Array is a binary cell, not a dimension.
 */
import { AxisError, ValueError } from "./errors.js";

/**
 * Infers the shape of a nested array, level by level as NumPy does.
 *
 * @param array - nested arrays of cells; anything that is not an Array is a 0-d array.
 * @returns the length of each dimension, outermost first.
 * @example
 * shapeOf([[6, 3, 8], [5, 2, 9]]); // [2, 3]
 */
export function shapeOf(array: unknown): number[] {
  const shape: number[] = [];
  let level: unknown[] = [array];
  for (;;) {
    const nested = level.filter((x) => Array.isArray(x)) as unknown[][];
    if (nested.length === 0) return shape; // every element of this level is a cell
    const length = nested[0].length;
    if (nested.length !== level.length || nested.some((x) => x.length !== length)) {
      throw new ValueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous " +
          `shape after ${shape.length} dimensions. The detected shape was ` +
          `${formatShape(shape)} + inhomogeneous part.`,
      );
    }
    shape.push(length);
    level = nested.flat(1);
  }
}

/**
 * Writes a shape the way Python prints a tuple.
 *
 * @param shape - the dimension lengths.
 * @returns e.g. "()", "(2,)", "(2, 3)".
 * @example
 * formatShape([2]); // "(2,)"
 */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/**
 * Lists the cells of a nested array in C order (last index fastest).
 *
 * @param array - nested arrays of cells of a known, homogeneous shape.
 * @returns the cells, row-major.
 * @example
 * flattenC([[1, 2], [3, 4]]); // [1, 2, 3, 4]
 */
export function flattenC(array: unknown): unknown[] {
  if (!Array.isArray(array)) return [array];
  return array.flatMap((x: unknown) => flattenC(x));
}

/**
 * Reads one element of a nested array by its full multi-index.
 *
 * @param array - nested arrays of cells.
 * @param index - one position per dimension.
 * @returns the cell at that position.
 * @example
 * elementAt([[6, 3], [5, 2]], [1, 0]); // 5
 */
export function elementAt(array: unknown, index: readonly number[]): unknown {
  let here = array;
  for (const i of index) here = (here as unknown[])[i];
  return here;
}

/**
 * Checks an axis argument and resolves a negative axis.
 *
 * @param axis - the axis as given; must be an integer number.
 * @param ndim - the number of dimensions of the array.
 * @returns the axis as a position in 0..ndim-1.
 * @example
 * normaliseAxis(-1, 2); // 1
 */
export function normaliseAxis(axis: unknown, ndim: number): number {
  if (typeof axis !== "number" || !Number.isInteger(axis)) {
    throw new TypeError(`axis must be an integer or null, got ${String(axis)} (${typeof axis})`);
  }
  if (axis < -ndim || axis >= ndim) throw new AxisError(axis, ndim);
  // `+ 0` turns an axis of -0 into 0.
  return (axis < 0 ? axis + ndim : axis) + 0;
}

/**
 * Wraps a value in `depth` single-element arrays, for keepdims.
 *
 * @param value - the value to wrap.
 * @param depth - how many dimensions of length 1 to add.
 * @returns the wrapped value.
 * @example
 * wrap(4, 2); // [[4]]
 */
export function wrap(value: unknown, depth: number): unknown {
  let result = value;
  for (let d = 0; d < depth; d++) result = [result];
  return result;
}

/**
 * Reconciles the inferred shape with a declared one. Nested arrays lose every dimension after a
 * 0-length one (shape (0, 3) is just `[]`), so a caller may declare the full shape; it must
 * agree with everything the nested arrays do show.
 *
 * @param array - nested arrays of cells.
 * @param declared - the full shape, or undefined to use the inferred one.
 * @returns the shape to reduce with.
 * @example
 * resolveShape([], [0, 3]); // [0, 3]
 */
export function resolveShape(array: unknown, declared?: readonly number[]): number[] {
  const inferred = shapeOf(array);
  if (declared === undefined) return inferred;
  if (!declared.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new ValueError(`a shape holds non-negative integers, got ${formatShape(declared)}`);
  }
  const firstZero = declared.indexOf(0);
  const visible = firstZero < 0 ? declared : declared.slice(0, firstZero + 1);
  if (formatShape(visible) !== formatShape(inferred)) {
    throw new ValueError(
      `declared shape ${formatShape(declared)} does not match the array's shape ` +
        `${formatShape(inferred)}`,
    );
  }
  return [...declared];
}
