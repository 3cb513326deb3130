/**
 * The free functions of the builder: `col`, `lit`, and the horizontal (row-axis) functions.
 */
import { call, Expr, type ExprInput } from "./expr.js";
import { type LiteralInput, literalParts } from "./literal.js";

/**
 * A reference to an input column.
 * @param name - the column's name; checked against the schema when the expression is typed
 * @returns the column expression
 * @example col("fare").argmin()
 */
export function col(name: string): Expr {
  if (typeof name !== "string") throw new TypeError(`col takes a column name (a string), got ${typeof name}`);
  return new Expr({ kind: "column", name });
}

/**
 * A constant. Its type follows from the value: Int32 for integers in that range, Int64 for other
 * safe integers, Float64 for other numbers, Int64 (or UInt64) for bigints, Bool, Utf8, Null, and
 * Date64 (`DateMillisecond`) for a Date. Number literals adapt to the column they meet.
 * @param value - a number, bigint, boolean, string, null or Date
 * @returns the literal expression
 * @throws TypeError for other values, RangeError for an invalid Date or an oversized bigint
 * @example lit(1).add(col("x"))
 */
export function lit(value: LiteralInput): Expr {
  const input: unknown = value;
  if (input instanceof Expr) throw new TypeError("lit takes a plain value, not an expression (use the expression itself)");
  return new Expr({ kind: "literal", ...literalParts(value) });
}

/**
 * The Int64 position of each row, from 0: in the frame, or in its partition under `over`.
 * @returns a window expression named "row_number"
 * @example rowNumber().over("zone")
 */
export function rowNumber(): Expr {
  return call("rowNumber");
}

/**
 * Per row, the Int64 position (among `inputs`) of the smallest value: the first of ties, NaN
 * winning, nulls skipped, null when the row has no value.
 * @param inputs - expressions or column names, at least one, all of one order family
 * @returns a horizontal expression named "argmin"
 * @example argminHorizontal("morning", "noon", col("evening"))
 */
export function argminHorizontal(...inputs: ExprInput[]): Expr {
  return call("argminHorizontal", ...inputs);
}

/**
 * Per row, the Int64 position of the largest value, with argminHorizontal's rules.
 * @param inputs - expressions or column names, at least one, all of one order family
 * @returns a horizontal expression named "argmax"
 * @example argmaxHorizontal("morning", "noon", "evening")
 */
export function argmaxHorizontal(...inputs: ExprInput[]): Expr {
  return call("argmaxHorizontal", ...inputs);
}

/**
 * Per row, the output name (Utf8) of the input holding the smallest value; null when none has one.
 * @param inputs - expressions or column names, at least one, all of one order family
 * @returns a horizontal expression named "idxmin"
 * @example idxminHorizontal("morning", "noon", "evening")
 */
export function idxminHorizontal(...inputs: ExprInput[]): Expr {
  return call("idxminHorizontal", ...inputs);
}

/**
 * Per row, the output name (Utf8) of the input holding the largest value; null when none has one.
 * @param inputs - expressions or column names, at least one, all of one order family
 * @returns a horizontal expression named "idxmax"
 * @example idxmaxHorizontal("morning", "noon", "evening")
 */
export function idxmaxHorizontal(...inputs: ExprInput[]): Expr {
  return call("idxmaxHorizontal", ...inputs);
}
