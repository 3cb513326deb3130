/**
 * Shapes of C-ordered (row-major) arrays: sizes, printing, and the split of a shape around one
 * axis that every reduction loop works with.
 */

/**
 * The number of elements of an array of this shape (1 for the 0-d shape `[]`).
 * @param shape - the sides
 * @returns their product
 * @example sizeOf([2, 3]) // 6
 */
export function sizeOf(shape: readonly number[]): number {
  let size = 1;
  for (const side of shape) size *= side;
  return size;
}

/**
 * Writes a shape the way NumPy prints tuples, so messages read like NumPy's.
 * @param shape - the sides
 * @returns the tuple text
 * @example formatShape([2]) // "(2,)"
 */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/**
 * True when both shapes have the same sides in the same order.
 * @param a - one shape
 * @param b - the other
 * @returns whether they are equal
 * @example sameShape([2, 3], [2, 3]) // true
 */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((side, i) => side === b[i]);
}

/**
 * The position of a C-order flat index in an array of `shape`, for messages.
 * @param flat - the flat index
 * @param shape - the sides
 * @returns one index per axis
 * @example unravel(4, [2, 3]) // [1, 1]
 */
export function unravel(flat: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    index[d] = flat % shape[d];
    flat = Math.floor(flat / shape[d]);
  }
  return index;
}

/**
 * Writes a multi-index for a message.
 * @param index - one index per axis
 * @returns the text
 * @example formatIndex([1, 2]) // "[1, 2]"
 */
export function formatIndex(index: readonly number[]): string {
  return `[${index.join(", ")}]`;
}

/**
 * A C-ordered array seen as `outer` blocks of `length` × `inner` elements around `axis`: the
 * element at position k along the axis in block o and lane i is at `(o * length + k) * inner + i`.
 */
export interface AxisSplit {
  readonly outer: number;
  readonly length: number;
  readonly inner: number;
}

/**
 * Splits `shape` around `axis`; `axis: null` views the whole array as one flat slice.
 * @param shape - the sides
 * @param axis - the normalised axis, or null
 * @returns the outer × length × inner view
 * @example splitAt([2, 3, 4], 1) // { outer: 2, length: 3, inner: 4 }
 */
export function splitAt(shape: readonly number[], axis: number | null): AxisSplit {
  if (axis === null) return { outer: 1, length: sizeOf(shape), inner: 1 };
  return {
    outer: sizeOf(shape.slice(0, axis)),
    length: shape[axis],
    inner: sizeOf(shape.slice(axis + 1)),
  };
}
