import { type DataType, Type } from "apache-arrow";
import { type Expr, typeOf } from "../expr/index.js";
import type { SqlDialect } from "./dialect.js";
import { SqlLoweringError } from "./errors.js";
import { type ExprScope, isFloat, lowerExpr, orderKey, wrapInteger } from "./lower-expr.js";

import { POSITION } from "./names.js";

/**
 * One aggregate of a group, as the first pass computes it: either its final value, or the
 * position (row-order key) of the row that wins it, which a second pass turns into the count of
 * the group's rows before that row — the group-relative index, computed per group, never from a
 * window over all rows.
 */
export interface AggregateLeaf {
  readonly sql: string;
  readonly positional: boolean;
  /** Whether it reads each row's number within its group, `__quiver_rn`, and the group's size, `__quiver_n`. */
  readonly numbered?: boolean;
}

/** The columns a numbered leaf reads (see AggregateLeaf.numbered). */
export const ROW_NUMBER = "__quiver_rn";
export const GROUP_SIZE = "__quiver_n";

/**
 * The first-pass SQL of one aggregate call.
 * @param expr - a call of an aggregate function
 * @param scope - the dialect and the schema of the rows it reduces
 */
export function aggregateLeaf(expr: Expr, scope: ExprScope): AggregateLeaf {
  const { dialect: d, schema } = scope;
  const node = expr.node;
  if (node.kind !== "function") throw new SqlLoweringError("expected an aggregate call");
  if (node.name === "get") return elementLeaf(expr, scope);
  const [x, by] = node.args.map((a) => lowerExpr(a, scope));
  const [xType, byType] = node.args.map((a) => typeOf(a, schema));
  const pos = d.ident(POSITION);
  const value = (sql: string): AggregateLeaf => ({ sql, positional: false });
  switch (node.name) {
    case "count":
      return value(`COUNT(${x})`);
    case "sum":
      return value(sumOf(x, xType, d));
    case "mean":
      return value(isFloat(xType) ? `(${floatSum(x, d)} / COUNT(${x}))` : `(CAST(SUM(CAST(${x} AS ${d.wideInteger})) AS DOUBLE) / COUNT(${x}))`);
    case "min": case "max":
      return value(carried(extreme(x, xType, node.name === "max", false, d, carry(x, xType, d)), xType, d));
    case "argmin": case "argmax": case "nanargmin": case "nanargmax": {
      const max = node.name.endsWith("max");
      const skipNaN = node.name.startsWith("nan");
      const winner = d.field(extreme(x, xType, max, skipNaN, d), "p");
      const position = max ? `(-${winner})` : winner;
      if (!skipNaN || !isFloat(xType)) return { sql: position, positional: true };
      return { sql: `(CASE WHEN ${winner} IS NULL AND COUNT(${x}) > 0 THEN ${d.fail("All-NaN slice encountered")} ELSE ${position} END)`, positional: true };
    }
    case "minBy": case "maxBy":
      return value(carried(extreme(by, byType, node.name === "maxBy", false, d, carry(x, xType, d)), xType, d));
    case "first":
      return value(carried(`MIN(${d.struct([["p", pos], ...carry(x, xType, d)])})`, xType, d));
    case "last":
      return value(carried(`MAX(${d.struct([["p", pos], ...carry(x, xType, d)])})`, xType, d));
  }
  throw new SqlLoweringError(`${node.name} has no SQL lowering yet`);
}

/**
 * `get(index)`: null for a null index; for an integer index, the value of the group's row at that
 * position (counted from the end when negative; null past either end), from each row's number
 * within its group; for an arg-reduction index, the value at its winning row, as minBy gives.
 */
function elementLeaf(expr: Expr, scope: ExprScope): AggregateLeaf {
  const { dialect: d, schema } = scope;
  const [values, index] = (expr.node as { args: readonly Expr[] }).args;
  let target = index.node;
  while (target.kind === "alias") target = target.input.node;
  const x = lowerExpr(values, scope);
  const xType = typeOf(values, schema);
  if (target.kind === "literal") {
    if (target.value === null) return { sql: `CAST(NULL AS ${d.typeName(typeOf(expr, schema))})`, positional: false };
    const k = BigInt(target.value as number | bigint);
    const at = k >= 0n ? `${d.ident(ROW_NUMBER)} = ${k}` : `${d.ident(ROW_NUMBER)} = ${d.ident(GROUP_SIZE)} + (${k})`;
    return { sql: carried(`MIN(CASE WHEN ${at} THEN ${d.struct([["p", d.ident(POSITION)], ...carry(x, xType, d)])} END)`, xType, d), positional: false, numbered: true };
  }
  if (target.kind === "function" && ["argmin", "argmax", "nanargmin", "nanargmax"].includes(target.name)) {
    const by = target.args[0];
    const [bySql, byType] = [lowerExpr(by, scope), typeOf(by, schema)];
    const skipNaN = target.name.startsWith("nan");
    const winner = extreme(bySql, byType, target.name.endsWith("max"), skipNaN, d, carry(x, xType, d));
    const value = carried(winner, xType, d);
    if (!skipNaN || !isFloat(byType)) return { sql: value, positional: false };
    return { sql: `(CASE WHEN ${winner} IS NULL AND COUNT(${bySql}) > 0 THEN ${d.fail("All-NaN slice encountered")} ELSE ${value} END)`, positional: false };
  }
  throw new SqlLoweringError("get with an index other than an integer or an arg-reduction has no SQL lowering yet");
}

/**
 * A value carried in a struct to the winning row: a float carries its sign of zero beside it, as
 * engines may store -0 in a compared struct as 0.
 * @param x - SQL of the value
 * @param type - its type
 * @param d - the dialect
 * @returns the struct's fields
 */
export function carry(x: string, type: DataType, d: SqlDialect): [string, string][] {
  return isFloat(type) ? [["x", x], ["z", d.isNegativeZero(x)]] : [["x", x]];
}

/**
 * The carried value of a winning struct (see carry).
 * @param struct - SQL of the winning struct
 * @param type - the carried value's type
 * @param d - the dialect
 * @returns SQL of the value, -0 restored
 */
export function carried(struct: string, type: DataType, d: SqlDialect): string {
  const x = d.field(struct, "x");
  return isFloat(type) ? `(CASE WHEN ${d.field(struct, "z")} THEN CAST('-0.0' AS ${d.typeName(type)}) ELSE ${x} END)` : x;
}

/**
 * The winning row of an arg-reduction as a struct with field `p` (the position, negated for a
 * maximum so that the first of equal values still wins) and any `carried` fields: nulls are
 * skipped, NaN wins (or is skipped), ties go to the first row. Positions are unique, so no two
 * structs tie and any engine, on any number of threads, picks the same one.
 * @param value - SQL of the compared value
 * @param type - its type
 * @param max - a maximum rather than a minimum
 * @param skipNaN - NaN is skipped rather than winning
 * @param d - the dialect
 * @param carried - fields carried to the winner (see carry)
 * @param pos - SQL of the row's position; by default the row-order column
 * @returns SQL of the aggregate call (a window call once an OVER clause follows it)
 */
export function extreme(value: string, type: DataType, max: boolean, skipNaN: boolean, d: SqlDialect, carried: readonly (readonly [string, string])[] = [], pos = d.ident(POSITION)): string {
  const float = isFloat(type);
  const nanFirst = float && !skipNaN ? [["n", `(CASE WHEN isnan(${value}) THEN ${max ? 1 : 0} ELSE ${max ? 0 : 1} END)`] as const] : [];
  const key = d.struct([...nanFirst, ["v", orderKey(value, type)], ["p", max ? `(-${pos})` : pos], ...carried]);
  const skipped = float && skipNaN ? `${value} IS NULL OR isnan(${value})` : `${value} IS NULL`;
  return `${max ? "MAX" : "MIN"}(CASE WHEN ${skipped} THEN NULL ELSE ${key} END)`;
}

/**
 * A float sum with IEEE's special cases decided first, as an exact sum has them: any NaN, or both
 * infinities, give NaN; one infinity gives itself; only negative zeros give -0; the finite rest is
 * the engine's compensated sum.
 */
function floatSum(x: string, d: SqlDialect): string {
  const any = (condition: string) => `MAX(CASE WHEN ${condition} THEN 1 ELSE 0 END) = 1`;
  const [inf, negInf] = ["Infinity", "-Infinity"].map((v) => `${x} = CAST(${d.string(v)} AS DOUBLE)`);
  return `(CASE WHEN COUNT(${x}) = 0 THEN NULL WHEN ${any(`isnan(${x})`)} OR (${any(inf)} AND ${any(negInf)}) THEN CAST('NaN' AS DOUBLE)`
    + ` WHEN ${any(inf)} THEN CAST('Infinity' AS DOUBLE) WHEN ${any(negInf)} THEN CAST('-Infinity' AS DOUBLE)`
    + ` WHEN MIN(CASE WHEN ${d.isNegativeZero(x)} THEN 1 ELSE 0 END) = 1 THEN CAST('-0.0' AS DOUBLE)`
    // A compensated sum can overflow on the way (to NaN, as Inf - Inf) where the exact sum does not,
    // or overflows to ±Infinity: halving every value (exact for normal numbers) keeps it in range.
    + ` WHEN NOT isnan(${d.floatSum(x)}) THEN ${d.floatSum(x)} WHEN NOT isnan(${d.floatSum(`${x} * 0.5`)}) THEN ${d.floatSum(`${x} * 0.5`)} * 2`
    + ` ELSE sum(${x}) END)`;
}

/** Sums: floats compensated, integers and booleans exactly, wrapped to Int64. */
function sumOf(x: string, type: DataType, d: SqlDialect): string {
  if (isFloat(type)) return floatSum(x, d);
  if (type.typeId === Type.Bool) return `SUM(CAST(${x} AS BIGINT))`;
  if (type.typeId !== Type.Int) throw new SqlLoweringError(`sum of ${String(type)} has no SQL lowering yet`);
  return `(CASE WHEN COUNT(${x}) = 0 THEN NULL ELSE ${wrapInteger(`CAST(SUM(CAST(${x} AS ${d.wideInteger})) AS ${d.wideInteger})`, 64, d)} END)`;
}
