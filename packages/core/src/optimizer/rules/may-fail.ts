import type { DataType, Schema } from "apache-arrow";
import { type Expr, sameType, someExpr, typeOf } from "../../expr/index.js";
import { isNullType, numericInfo } from "../../expr/dtypes.js";

/**
 * Whether evaluating a row-wise expression may throw for some row's value: it holds a strict cast
 * that can meet a value its target cannot hold. Such a predicate must be evaluated on the rows the
 * query gives it and no others, so predicate pushdown never moves it where it would see rows that
 * an earlier filter or a join drops (the row-at-a-time meaning of the query would not fail there).
 * @param expr - a row-wise expression
 * @param schema - the schema it reads
 * @returns true when some cast in it is not lossless
 * @example mayFail(col("x").cast(new Int8()), schema) // true for a Float64 x
 */
export function mayFail(expr: Expr, schema: Schema): boolean {
  return someExpr(expr, (e) => e.node.kind === "cast" && !isLossless(typeOf(e.node.input, schema), e.node.to));
}

/** Casts that hold every source value: from Null, to the same type, or a widening of numbers. */
function isLossless(from: DataType, to: DataType): boolean {
  if (isNullType(from) || sameType(from, to)) return true;
  const a = numericInfo(from);
  const b = numericInfo(to);
  if (a === undefined || b === undefined) return false;
  if (b.kind === "float") return b.bits === 64 && a.bits <= 32;
  if (a.kind === "float") return false;
  return a.signed === b.signed ? b.bits >= a.bits : b.signed && b.bits > a.bits;
}
