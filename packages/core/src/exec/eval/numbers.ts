/**
 * How numeric (integer and float) columns are stored, for the row-wise numeric kernels: most as
 * plain JS numbers in their typed array, 64-bit integers as bigints, and half floats as Uint16 bit
 * patterns that are decoded to numbers to compute and encoded back to store.
 */
import { type Data, type DataType, Precision, Type } from "apache-arrow";
import { decodeFloat16Array } from "../../kernels/float16.js";

/** How a numeric type's values are held: `number` typed arrays, `bigint` ones, or `half` floats. */
export type NumericStorage = "number" | "bigint" | "half";

/**
 * The storage of an integer or float type.
 * @param type - any Arrow type
 * @returns its storage, or undefined when the type is not an integer or float
 */
export function numericStorageOf(type: DataType): NumericStorage | undefined {
  const t = type as unknown as { bitWidth: number; precision: Precision };
  if (type.typeId === Type.Int) return t.bitWidth === 64 ? "bigint" : "number";
  if (type.typeId === Type.Float) return t.precision === Precision.HALF ? "half" : "number";
  return undefined;
}

/** Whether a type is a float type. */
export function isFloatType(type: DataType): boolean {
  return type.typeId === Type.Float;
}

/** Whether a type is an integer type. */
export function isIntType(type: DataType): boolean {
  return type.typeId === Type.Int;
}

/** Whether an integer type is signed. */
export function isSignedInt(type: DataType): boolean {
  return (type as unknown as { isSigned: boolean }).isSigned;
}

/** The values of a number-storage or half-float Data as numbers, indexed from row 0. */
export function numbersOf(data: Data): ArrayLike<number> {
  if (numericStorageOf(data.type) === "half") return decodeFloat16Array(data.values as Uint16Array, data.length);
  return data.values as ArrayLike<number>;
}

/** Encodes numbers as half-float bit patterns. */
export function encodeFloat16Array(values: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = encodeFloat16(values[i]);
  return out;
}

/**
 * The IEEE 754 half-precision bit pattern nearest to a number (ties to even), straight from the
 * double so no intermediate float32 rounds twice.
 * @param x - any number
 * @returns the 16-bit pattern
 * @example encodeFloat16(1) // 0x3c00
 */
export function encodeFloat16(x: number): number {
  if (x !== x) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  // 65520 is halfway between the largest half (65504) and 65536; ties to even round it up to Infinity.
  if (a >= 65520) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) (m = 0), e++;
  return e > 15 ? sign | 0x7c00 : sign | ((e + 15) << 10) | m;
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}
