import { type DataType, Type } from "apache-arrow";
import type { LeasableClass } from "../memory/index.js";

/** Type ids whose values are one fixed-width number per slot. */
const NUMERIC = new Set<Type>([Type.Int, Type.Float, Type.Date, Type.Time, Type.Timestamp, Type.Duration, Type.Decimal]);

/**
 * Whether a column of `type` is read into the WebAssembly heap: numbers of a fixed width, which
 * the kernels scan in place. Not bytes (apache-arrow re-views every Uint8Array it is given, which
 * would drop the block's lease), nor text (browsers' TextDecoder refuses shared memory), nor
 * nested types.
 * @param type - the column's type
 * @returns whether its buffers may live in the heap
 */
export function readsIntoHeap(type: DataType): boolean {
  return NUMERIC.has(type.typeId) && arrayClassOf(type) !== Uint8Array;
}

/**
 * The typed array class apache-arrow keeps a type's values in.
 * @param type - a fixed-width type
 */
export function arrayClassOf(type: DataType): LeasableClass {
  return (type as unknown as { ArrayType: LeasableClass }).ArrayType;
}
