/**
 * The `out` argument of the NumPy-style reductions: which arrays may receive the indices, and
 * writing them without ever leaving `out` half-written.
 */
import { ValueError } from "../errors.js";
import { NDArray } from "./ndarray.js";
import { formatIndex, formatShape, sameShape, unravel } from "./shape.js";
import { isTypedArray, type IntegerTypedArray } from "./typed.js";
import { describeValue } from "../types/describe-value.js";

/** What `out` may be: an integer typed array, or an NDArray over one. */
export type OutArray = IntegerTypedArray | NDArray<IntegerTypedArray>;

/** A checked `out`: the object to return and the typed array to write. */
export interface OutTarget {
  readonly out: OutArray;
  readonly data: IntegerTypedArray;
}

const LARGEST: ReadonlyArray<readonly [new (n: number) => IntegerTypedArray, number]> = [
  [Int8Array, 0x7f],
  [Uint8Array, 0xff],
  [Uint8ClampedArray, 0xff],
  [Int16Array, 0x7fff],
  [Uint16Array, 0xffff],
  [Int32Array, 0x7fffffff],
  [Uint32Array, 0xffffffff],
  // Every index fits: arrays end well below 2^53 elements.
  [BigInt64Array, Number.MAX_SAFE_INTEGER],
];

function largestOf(data: unknown): number | undefined {
  return LARGEST.find(([type]) => data instanceof type)?.[1];
}

/**
 * Checks `out` before anything is computed. A bare typed array is 1-D; for a scalar result
 * (shape `[]`) a bare typed array of length 1 is accepted too, since JS has no 0-d typed array.
 * @param out - what the caller passed
 * @param shape - the shape of the result
 * @param op - the operation, to start messages with
 * @returns the object to return and the typed array to write
 * @throws TypeError unless `out` is an integer typed array (not float, not BigUint64) or an NDArray of one
 * @throws ValueError when its shape is not the result's
 * @example checkOut(new Int32Array(3), [3], "argmin") // { out, data: out }
 */
export function checkOut(out: unknown, shape: readonly number[], op: string): OutTarget {
  const data = out instanceof NDArray ? out.data : out;
  if (!isTypedArray(data) || largestOf(data) === undefined) {
    throw new TypeError(
      `${op}: out must be an Int8Array, Int16Array, Int32Array, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array or BigInt64Array, or an NDArray of one; got ${describeValue(out)}${out instanceof NDArray ? ` over ${describeValue(data)}` : ""}`,
    );
  }
  const outShape = out instanceof NDArray ? out.shape : shape.length === 0 && data.length === 1 ? [] : [data.length];
  if (!sameShape(outShape, shape)) {
    throw new ValueError(
      `output array does not match result of ${op}: out has shape ${formatShape(outShape)}, the result has shape ${formatShape(shape)}`,
    );
  }
  return { out: out as OutArray, data: data as IntegerTypedArray };
}

/**
 * Writes the indices into `out` once all of them are known to fit, so a failure leaves `out`
 * as it was.
 * @param target - from {@link checkOut}
 * @param indices - the result in C order; null where an Arrow slice held no value
 * @param shape - the shape of the result, to name positions in messages
 * @param op - the operation, to start messages with
 * @returns `out` itself
 * @throws TypeError for a null index, RangeError for an index the element type cannot hold
 * @example writeOut(checkOut(out, [2], "argmin"), [1, 0], [2], "argmin") // out, now [1, 0]
 */
export function writeOut(
  target: OutTarget,
  indices: ArrayLike<number | null>,
  shape: readonly number[],
  op: string,
): OutArray {
  const { data } = target;
  const largest = largestOf(data) as number;
  const at = (i: number): string => (shape.length === 0 ? "" : ` at ${formatIndex(unravel(i, shape))}`);
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i];
    if (index === null) {
      throw new TypeError(`${op}: the result${at(i)} is null (that slice holds no non-null value), which out cannot hold`);
    }
    if (index > largest) {
      throw new RangeError(
        `${op}: index ${index}${at(i)} does not fit in out, ${describeValue(data)} (largest ${largest}); use a wider integer type such as Int32Array or BigInt64Array`,
      );
    }
  }
  if (data instanceof BigInt64Array) {
    for (let i = 0; i < indices.length; i++) data[i] = BigInt(indices[i] as number);
  } else {
    for (let i = 0; i < indices.length; i++) data[i] = indices[i] as number;
  }
  return target.out;
}
