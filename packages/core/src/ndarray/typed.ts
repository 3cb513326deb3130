/**
 * The typed-array families the NumPy-style functions read and write, and how values are named in
 * error messages.
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

/**
 * Names a value for an error message: its class for objects, its type and value for primitives.
 * @param value - anything
 * @returns a phrase such as "the number 1.5" or "a Float64Array"
 * @example describeValue(new Float64Array(2)) // "a Float64Array"
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" || typeof value === "function") {
    const name = (value as { constructor?: { name?: string } }).constructor?.name;
    // "an" before a vowel sound: a leading vowel (not the "you" of Uint), or a spelled-out capital
    // such as the N of NDArray.
    return name ? `a${/^([AEIO]|U[A-Z]|[FHLMNRSX][A-Z])/.test(name) ? "n" : ""} ${name}` : "an object";
  }
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (typeof value === "bigint") return `the bigint ${value}n`;
  return `the ${typeof value} ${String(value)}`;
}
