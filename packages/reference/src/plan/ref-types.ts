/**
 * The modelled types' families and numeric promotion, shared by the typing of every kind of
 * expression.
 */
import type { RefExpr, RefType } from "./query.js";

/** An expression with the type, output name and shape of every node worked out. */
export interface TypedExpr {
  readonly expr: RefExpr;
  readonly type: RefType;
  /** The output column name: a column's or alias's own, "literal", else the first argument's. */
  readonly name: string;
  /** Function arguments, or the one input of an alias or cast. */
  readonly args: readonly TypedExpr[];
  /** Whether an aggregate occurs anywhere in it. */
  readonly aggregate: boolean;
  /** Whether it gives one value rather than one per row (literals, aggregates and functions of them). */
  readonly scalar: boolean;
  /** For a column reference, its position in the schema. */
  readonly column?: number;
  /** For a number or bigint literal: its value, which lets its type adapt to a column. */
  readonly dynamic?: number | bigint;
  /** Whether a window (a window function or an over) occurs anywhere in it. */
  readonly window?: boolean;
}

/** What numeric promotion reads of an operand: its type, and a number literal's value. */
type Promotable = Pick<TypedExpr, "type" | "dynamic">;

/** Whether a type holds numbers (integers or floats). */
export function isNumericType(t: RefType): boolean {
  return t === "int32" || t === "int64" || t === "float64";
}

/** Whether a type is an integer type. */
export function isIntegerType(t: RefType): boolean {
  return t === "int32" || t === "int64";
}

/**
 * Whether values of a type have an order (numbers, Bool, Utf8): what comparisons, min/max, the
 * arg-reductions and sort keys need.
 * @param t - a type
 * @returns false for "null", which has no values to order
 * @example isOrderableType("utf8") // true
 */
export function isOrderableType(t: RefType): boolean {
  return orderFamily(t) !== undefined;
}

/** The order family of an orderable type: numbers compare with numbers, and so on. */
export function orderFamily(t: RefType): string | undefined {
  if (isNumericType(t)) return "number";
  if (t === "bool" || t === "utf8") return t;
  return undefined;
}

/**
 * The type two numeric operands are brought to (exported for the window and conditional rules). Null meets anything as the other type; a number
 * literal meeting a column takes the column's type when the column can hold it (any number for a
 * float column, an integer in range for an integer column); otherwise the wider type wins and an
 * integer meeting a float gives Float64.
 */
export function promote(a: Promotable, b: Promotable): RefType {
  if (a.type === "null") return b.type;
  if (b.type === "null") return a.type;
  const adopted = adopt(a, b) ?? adopt(b, a);
  if (adopted !== undefined) return adopted;
  if (a.type === "float64" || b.type === "float64") return "float64";
  return a.type === "int64" || b.type === "int64" ? "int64" : "int32";
}

function adopt(literal: Promotable, other: Promotable): RefType | undefined {
  if (literal.dynamic === undefined || other.dynamic !== undefined) return undefined;
  if (other.type === "float64") return other.type;
  const v = literal.dynamic;
  if (typeof v === "number" && (!Number.isInteger(v) || Object.is(v, -0))) return undefined;
  const bits = other.type === "int32" ? 32n : 64n;
  const big = BigInt(v);
  return big >= -(2n ** (bits - 1n)) && big < 2n ** (bits - 1n) ? other.type : undefined;
}

