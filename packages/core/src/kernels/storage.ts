import { type Data, Type } from "apache-arrow";

/**
 * Whether a chunk's values read as plain JS numbers straight from its typed array: integers of at
 * most 32 bits and Float32/Float64. Not 64-bit integers (bigints), Float16 (bit patterns),
 * dictionaries (codes), or temporal types (which read through their units).
 */
export function isNumberStorage(data: Data): boolean {
  const id = data.type.typeId;
  if (id === Type.Int) return !(data.values instanceof BigInt64Array || data.values instanceof BigUint64Array);
  if (id === Type.Float) return !(data.values instanceof Uint16Array);
  return false;
}
