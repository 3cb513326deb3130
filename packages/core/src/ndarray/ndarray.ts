/**
 * `NDArray`: an immutable n-dimensional view over flat C-ordered (row-major) data, the array type
 * the NumPy-style functions take and return.
 */
import { ValueError } from "../errors.js";
import { checkElements, type NDElement } from "./elements.js";
import { nest, type Nested } from "./nested.js";
import { formatShape, sizeOf } from "./shape.js";
import { isTypedArray, type BigIntTypedArray, type TypedArray } from "./typed.js";
import { describeValue } from "../types/describe-value.js";

/** What an NDArray may view: any typed array, or a plain array of scalars of one kind. */
export type NDData = TypedArray | readonly NDElement[];

/** The JS type of one element of `D`. */
export type ElementOf<D extends NDData> = D extends BigIntTypedArray
  ? bigint
  : D extends TypedArray
    ? number
    : D extends readonly (infer E)[]
      ? E
      : never;

function checkShape(shape: unknown): readonly number[] {
  if (!Array.isArray(shape)) {
    throw new TypeError(`ndarray: shape must be an array of non-negative integers; got ${describeValue(shape)}`);
  }
  for (let d = 0; d < shape.length; d++) {
    const side: unknown = shape[d];
    if (typeof side !== "number" || !Number.isSafeInteger(side)) {
      throw new TypeError(`ndarray: shape ${JSON.stringify(shape)} has ${describeValue(side)} at axis ${d}; sides must be integers`);
    }
    if (side < 0) throw new ValueError(`negative dimensions are not allowed: shape ${formatShape(shape)}`);
  }
  return Object.freeze(shape.map((side: number) => side + 0));
}

/**
 * An immutable n-dimensional array: flat `data` read in C order through `shape`. The view never
 * copies `data` and never writes to it (only an arg-reduction given it as `out` does).
 * @example
 * const a = new NDArray(new Float64Array([6, 3, 8, 5, 2, 9]), [2, 3]);
 * a.ndim // 2
 * a.size // 6
 */
export class NDArray<D extends NDData = NDData> {
  /** The elements in C order; exactly `size` of them. */
  readonly data: D;
  /** The length of each axis, outermost first; `[]` for a 0-d array holding one element. */
  readonly shape: readonly number[];

  /**
   * @param data - a typed array, or a plain array of numbers/bigints, booleans or strings
   * @param shape - the sides; their product must equal `data.length`
   * @throws TypeError for other data, a non-integer side or mixed element kinds
   * @throws ValueError when a side is negative or the sizes disagree
   */
  constructor(data: D, shape: readonly number[]) {
    if (!isTypedArray(data) && !Array.isArray(data)) {
      throw new TypeError(`ndarray: data must be a typed array or an array of scalars; got ${describeValue(data)}`);
    }
    this.shape = checkShape(shape);
    const size = sizeOf(this.shape);
    if (data.length !== size) {
      throw new ValueError(
        `ndarray: shape ${formatShape(this.shape)} needs ${size} element${size === 1 ? "" : "s"} but data has ${data.length}`,
      );
    }
    if (Array.isArray(data)) checkElements(data, this.shape, "ndarray");
    this.data = data;
    Object.freeze(this);
  }

  /** The number of elements: the product of the shape. */
  get size(): number {
    return this.data.length;
  }

  /** The number of axes. */
  get ndim(): number {
    return this.shape.length;
  }

  /**
   * Reads one element.
   * @param index - one integer per axis; negatives count from the end of their axis
   * @returns the element at that position
   * @throws RangeError for a wrong number of indices or an index out of bounds; TypeError for a non-integer
   * @example ndarray([1, 2, 3, 4, 5, 6], [2, 3]).get(1, -1) // 6
   */
  get(...index: number[]): ElementOf<D> {
    if (index.length !== this.ndim) {
      throw new RangeError(
        `get needs ${this.ndim} ${this.ndim === 1 ? "index" : "indices"} for an array of shape ${formatShape(this.shape)}; got ${index.length}`,
      );
    }
    let flat = 0;
    for (let d = 0; d < index.length; d++) {
      const side = this.shape[d];
      let i: unknown = index[d];
      if (typeof i !== "number" || !Number.isInteger(i)) {
        throw new TypeError(`get: index ${d} must be an integer; got ${describeValue(i)}`);
      }
      if (i < -side || i >= side) throw new RangeError(`index ${i} is out of bounds for axis ${d} with size ${side}`);
      if (i < 0) i += side;
      flat = flat * side + (i as number);
    }
    return this.data[flat] as ElementOf<D>;
  }

  /**
   * Copies the elements into nested plain arrays, outermost axis first; a 0-d array gives its
   * element itself.
   * @returns nested arrays of the elements
   * @example ndarray(new Int32Array([1, 2, 3, 4]), [2, 2]).toArray() // [[1, 2], [3, 4]]
   */
  toArray(): Nested<ElementOf<D>> {
    return nest<unknown>(this.data, this.shape) as Nested<ElementOf<D>>;
  }
}

/**
 * Makes an {@link NDArray} viewing `data` (not a copy) with the given shape.
 * @param data - a typed array, or a plain array of numbers/bigints, booleans or strings, in C order
 * @param shape - the sides; defaults to `[data.length]` (1-D)
 * @returns the array
 * @throws ValueError when `data.length` is not the product of `shape`
 * @example ndarray(new Float64Array([6, 3, 8, 5, 2, 9]), [2, 3]).get(1, 1) // 2
 */
export function ndarray<D extends NDData>(data: D, shape?: readonly number[]): NDArray<D> {
  return new NDArray(data, shape ?? [data?.length]);
}
