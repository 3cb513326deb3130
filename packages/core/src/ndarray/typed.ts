/**
 * The typed-array families the NumPy-style functions read and write.
 */

/** Typed arrays whose elements read as JS numbers. */
export type NumberTypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/** Typed arrays whose elements read as bigints. */
export type BigIntTypedArray = BigInt64Array | BigUint64Array;

/** Any typed array (every `ArrayBuffer` view except `DataView`). */
export type TypedArray = NumberTypedArray | BigIntTypedArray;

/** The typed arrays an arg-reduction may write its indices into (`out`): the integer ones, signed 64-bit included. */
export type IntegerTypedArray = Exclude<TypedArray, Float32Array | Float64Array | BigUint64Array>;

/**
 * True for a typed array, false for a `DataView`, a plain array or anything else.
 * @param value - anything
 * @returns whether it is a typed array
 * @example isTypedArray(new Int8Array(1)) // true
 */
export function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}
