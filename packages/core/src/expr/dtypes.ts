/**
 * What the expression layer needs to know about Arrow types, in one place: which are numbers,
 * which have an order, how two types compare for equality, and how to make the numeric ones.
 */
import {
  type DataType, type Decimal, type Field, Float16, Float32, Float64, Int16, Int32, Int64, Int8, Precision,
  Type, Uint16, Uint32, Uint64, Uint8,
} from "apache-arrow";
import { argKernelFor } from "../kernels/arg-kernel.js";

/** The width and kind of a numeric (integer or float) Arrow type. */
export type NumericInfo =
  | { readonly kind: "int"; readonly bits: 8 | 16 | 32 | 64; readonly signed: boolean }
  | { readonly kind: "float"; readonly bits: 16 | 32 | 64 };

const FLOAT_BITS = { [Precision.HALF]: 16, [Precision.SINGLE]: 32, [Precision.DOUBLE]: 64 } as const;

/**
 * The width and kind of an integer or float type; decimals, booleans and temporal types are not
 * numeric here because arithmetic on them needs rules of its own.
 * @param type - any Arrow type
 * @returns its numeric description, or undefined when it is not an integer or float type
 * @example numericInfo(new Uint16()) // { kind: "int", bits: 16, signed: false }
 */
export function numericInfo(type: DataType): NumericInfo | undefined {
  const t = type as unknown as { bitWidth: 8 | 16 | 32 | 64; isSigned: boolean; precision: Precision };
  if (type.typeId === Type.Int) return { kind: "int", bits: t.bitWidth, signed: t.isSigned };
  if (type.typeId === Type.Float) return { kind: "float", bits: FLOAT_BITS[t.precision] };
  return undefined;
}

/** Whether a type is Arrow's Null type (the type of `lit(null)`), which every function accepts. */
export function isNullType(type: DataType): boolean {
  return type.typeId === Type.Null;
}

/** Whether a type is Arrow's Bool. */
export function isBoolType(type: DataType): boolean {
  return type.typeId === Type.Bool;
}

/** Whether a type is an Arrow Decimal. */
export function isDecimalType(type: DataType): type is Decimal {
  return type.typeId === Type.Decimal;
}

/** The value type of a dictionary type (Utf8 for `Dictionary<Int32, Utf8>`), else undefined. */
export function dictionaryValueType(type: DataType): DataType | undefined {
  return type.typeId === Type.Dictionary ? (type as unknown as { dictionary: DataType }).dictionary : undefined;
}

/**
 * Whether a type's values have an order, i.e. the argmin kernels accept it (the one authority):
 * numbers, decimals, booleans, strings, binary, temporal types, and dictionaries of these.
 * @param type - an Arrow type, such as a schema field's
 * @returns true when argmin, argmax, min, max and sort apply to it
 * @example isOrderable(new Float64()) // true
 */
export function isOrderable(type: DataType): boolean {
  try {
    argKernelFor(type);
    return true;
  } catch {
    return false;
  }
}

const SIGNED = { 8: Int8, 16: Int16, 32: Int32, 64: Int64 } as const;
const UNSIGNED = { 8: Uint8, 16: Uint16, 32: Uint32, 64: Uint64 } as const;
const FLOATS = { 16: Float16, 32: Float32, 64: Float64 } as const;

/**
 * A fresh Arrow type for a numeric description (fresh so no caller can alter another's type).
 * @param info - the kind and width
 * @returns the matching Arrow type
 * @example numericType({ kind: "int", bits: 64, signed: true }) // Int64
 */
export function numericType(info: NumericInfo): DataType {
  if (info.kind === "float") return new FLOATS[info.bits]();
  return info.signed ? new SIGNED[info.bits]() : new UNSIGNED[info.bits]();
}

// Every scalar parameter an Arrow type may carry; children and dictionaries are compared apart.
const PARAMETERS = [
  "bitWidth", "isSigned", "precision", "scale", "unit", "timezone", "byteWidth", "listSize", "keysSorted", "mode", "isOrdered",
] as const;

/**
 * Structural equality of Arrow types. Unlike Arrow's `compareTypes` it ignores dictionary ids
 * (two `Dictionary<Utf8>` casts are the same cast) and does not depend on which constructor made
 * the type (`new Int8()` and `new Int_(true, 8)` are equal).
 * @param a - a type
 * @param b - another type
 * @returns whether the two describe the same values
 * @example sameType(new Int32(), new Int32()) // true
 */
export function sameType(a: DataType, b: DataType): boolean {
  if (a === b) return true;
  if (a.typeId !== b.typeId) return false;
  const pa = a as unknown as Record<string, unknown>;
  const pb = b as unknown as Record<string, unknown>;
  if (PARAMETERS.some((key) => pa[key] !== pb[key])) return false;
  if (String(pa.typeIds) !== String(pb.typeIds)) return false;
  if (pa.dictionary !== undefined) {
    return sameType(pa.dictionary as DataType, pb.dictionary as DataType) && sameType(pa.indices as DataType, pb.indices as DataType);
  }
  const ac = a.children ?? [];
  const bc = b.children ?? [];
  const sameField = (f: Field, g: Field) => f.name === g.name && f.nullable === g.nullable && sameType(f.type, g.type);
  return ac.length === bc.length && ac.every((f, i) => sameField(f, bc[i]));
}
