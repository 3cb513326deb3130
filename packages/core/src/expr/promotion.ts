/**
 * Numeric promotion: the type two numeric operands are brought to before arithmetic. Columns
 * follow NumPy's table; number literals adapt to the column they meet, as in Polars.
 */
import { type DataType, Float64 } from "apache-arrow";
import { isNullType, type NumericInfo, numericInfo, numericType } from "./dtypes.js";

/** One operand of a numeric operation, as promotion sees it. */
export interface Operand {
  /** Its Arrow type: an integer, float or Null type. */
  readonly type: DataType;
  /** The value of a number or bigint literal, whose type may adapt; undefined otherwise. */
  readonly dynamic?: number | bigint | undefined;
}

/**
 * The common type of two numeric operands.
 *
 * - Null meets anything: the other type (the result is null anyway).
 * - A number literal meeting a column takes the column's type when the column can hold it: any
 *   number with a float column (`col("f32").mul(2.5)` → Float32), an integer that fits with an
 *   integer column (`col("i8").add(1)` → Int8, but `col("u8").add(-1)` → Int32).
 * - Otherwise: two integers give the wider; signed with unsigned gives a signed type wide enough
 *   for both (UInt8 + Int8 → Int16), and Float64 for UInt64 with a signed type, as NumPy does;
 *   two floats give the wider; an integer with a float gives Float64.
 * @param a - the left operand
 * @param b - the right operand
 * @returns the type both are promoted to
 * @example numericSupertype({ type: new Int16() }, { type: new Uint32() }) // Int64
 */
export function numericSupertype(a: Operand, b: Operand): DataType {
  if (isNullType(a.type)) return b.type;
  if (isNullType(b.type)) return a.type;
  const adopted = adopt(a, b) ?? adopt(b, a);
  if (adopted !== undefined) return adopted;
  return numericType(supertypeInfo(numericInfo(a.type)!, numericInfo(b.type)!));
}

/** The column's type when `literal` is a number literal that `column` (not a literal) can hold. */
function adopt(literal: Operand, column: Operand): DataType | undefined {
  if (literal.dynamic === undefined || column.dynamic !== undefined) return undefined;
  const info = numericInfo(column.type)!;
  if (info.kind === "float" || fitsInteger(literal.dynamic, info)) return column.type;
  return undefined;
}

function fitsInteger(value: number | bigint, info: NumericInfo & { kind: "int" }): boolean {
  if (typeof value === "number" && (!Number.isInteger(value) || Object.is(value, -0))) return false;
  const v = BigInt(value);
  const min = info.signed ? -(2n ** BigInt(info.bits - 1)) : 0n;
  const max = info.signed ? 2n ** BigInt(info.bits - 1) - 1n : 2n ** BigInt(info.bits) - 1n;
  return v >= min && v <= max;
}

function supertypeInfo(a: NumericInfo, b: NumericInfo): NumericInfo {
  if (a.kind === "float" && b.kind === "float") return { kind: "float", bits: a.bits >= b.bits ? a.bits : b.bits };
  if (a.kind === "float" || b.kind === "float") return { kind: "float", bits: 64 };
  if (a.signed === b.signed) return { kind: "int", bits: a.bits >= b.bits ? a.bits : b.bits, signed: a.signed };
  const [signed, unsigned] = a.signed ? [a, b] : [b, a];
  if (signed.bits > unsigned.bits) return signed;
  if (unsigned.bits < 64) return { kind: "int", bits: (unsigned.bits * 2) as 16 | 32 | 64, signed: true };
  return { kind: "float", bits: 64 };
}

/** The type of true division: Float64 for integers, the operands' float type otherwise. */
export function divisionType(promoted: DataType): DataType {
  return numericInfo(promoted)?.kind === "int" ? new Float64() : promoted;
}
