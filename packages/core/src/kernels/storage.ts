import { type Data, type DataType, Precision, Type } from "apache-arrow";

/**
 * Whether a type's chunks read as plain JS numbers straight from their typed arrays: integers of
 * at most 32 bits and Float32/Float64. Not 64-bit integers (bigints), Float16 (bit patterns),
 * dictionaries (codes), or temporal types (which read through their units).
 */
export function isNumberType(type: DataType): boolean {
  if (type.typeId === Type.Int) return (type as unknown as { bitWidth: number }).bitWidth <= 32;
  if (type.typeId === Type.Float) return (type as unknown as { precision: Precision }).precision !== Precision.HALF;
  return false;
}

/** Whether a chunk's values read as plain JS numbers: {@link isNumberType} of its type. */
export function isNumberStorage(data: Data): boolean {
  return isNumberType(data.type);
}
