/**
 * Evaluating typed expressions: a row-wise expression over one row, an aggregate expression over
 * a list of rows (a frame or a group). An aggregate expression may wrap its aggregates in
 * row-wise functions (`col("x").argmin().add(1)`), which then apply to the aggregated values.
 */
import type { Cell } from "../cell.js";
import { refArgReduce } from "../reduce.js";
import { reduceValues, valueAt } from "./aggregate.js";
import { castCell, promoteCell } from "./cast.js";
import type { RefAggregateFunction, RefScalarFunction } from "./query.js";
import { applyConditional, isConditional } from "./conditional.js";
import { applyScalar } from "./scalar.js";
import { applyString, isStringFunction } from "./text.js";
import { isAggregateFunction, isNumericType, type TypedExpr } from "./typing.js";

/** A row of cells, in the order of the schema the expression was typed against. */
export type Row = readonly Cell[];

/**
 * The value of a row-wise expression in one row.
 * @param t - the typed expression (no aggregate in it)
 * @param row - the row
 * @param r - the row's position, for error messages
 * @returns the cell
 * @throws RangeError from a strict cast; TypeError for an aggregate
 * @example evaluateRow(typeExpr({ fn: "add", args: [{ col: "x" }, { lit: 1 }] }, schema), [2], 0) // 3
 */
export function evaluateRow(t: TypedExpr, row: Row, r: number): Cell {
  const e = t.expr;
  if ("col" in e) return row[t.column!];
  if ("lit" in e) return literalCell(t);
  if ("alias" in e) return evaluateRow(t.args[0], row, r);
  if ("cast" in e) return castCell(evaluateRow(t.args[0], row, r), t.args[0].type, t.type, r);
  if ("over" in e || t.window) throw new TypeError("a window needs every row: evaluate it with evaluateColumn");
  if (isAggregateFunction(e.fn)) throw new TypeError(`${e.fn} is an aggregate: it cannot be evaluated row by row`);
  const args = t.args.map((a) => ({ value: evaluateRow(a, row, r), type: a.type }));
  if (isConditional(e.fn)) return applyConditional(e.fn, args, t.type);
  if (isStringFunction(e.fn)) return applyString(e.fn, args[0].value, args.slice(1).map((a) => a.value), e.options);
  return applyScalar(e.fn as RefScalarFunction, args, t.type);
}

/**
 * The value of an aggregate expression over a list of rows.
 * @param t - the typed expression; every column in it must sit inside an aggregate
 * @param rows - the rows, in order
 * @returns the one cell
 * @throws ValueError from nanargmin / nanargmax on all-NaN values; RangeError from a cast;
 *   TypeError for a column outside an aggregate (see checkAggregateShape)
 * @example evaluateRows(typeExpr({ fn: "argmin", args: [{ col: "x" }] }, schema), [[3], [1]]) // 1n
 */
export function evaluateRows(t: TypedExpr, rows: readonly Row[]): Cell {
  const e = t.expr;
  if ("col" in e) throw new TypeError(`column ${JSON.stringify(e.col)} is used outside an aggregate`);
  if ("lit" in e) return literalCell(t);
  if ("alias" in e) return evaluateRows(t.args[0], rows);
  if ("cast" in e) return castCell(evaluateRows(t.args[0], rows), t.args[0].type, t.type, 0);
  if ("over" in e) throw new TypeError("over is not an aggregate");
  if (!isAggregateFunction(e.fn)) {
    const args = t.args.map((a) => ({ value: evaluateRows(a, rows), type: a.type }));
    if (isConditional(e.fn)) return applyConditional(e.fn, args, t.type);
    return applyScalar(e.fn as RefScalarFunction, args, t.type);
  }
  const fn = e.fn as RefAggregateFunction;
  const [x, y] = t.args;
  const values = rows.map((row, r) => evaluateRow(x, row, r));
  if (fn === "minBy" || fn === "maxBy") {
    const by = rows.map((row, r) => evaluateRow(y, row, r));
    return valueAt(values, refArgReduce(by, { max: fn === "maxBy" }));
  }
  if (fn === "get") return valueAt(values, evaluateRows(y, rows) as number | bigint | null);
  return reduceValues(fn, values, x.type);
}

/** A literal as a cell of its own type (an Int64 literal is a bigint even when written as a number). */
function literalCell(t: TypedExpr): Cell {
  const value = (t.expr as { lit: Cell }).lit;
  return isNumericType(t.type) ? promoteCell(value, t.type) : value;
}

/**
 * Evaluates every cast of a constant (a cast reading no column and no aggregate) in an
 * expression. A constant is one value whatever the number of rows, so a constant the target type
 * cannot hold makes the query fail even where no row is left to evaluate it on.
 * @param t - a typed expression
 * @throws RangeError for a constant that does not fit its cast's type
 * @example checkConstantCasts(typeExpr({ cast: "int32", input: { lit: Infinity } }, schema)) // throws
 */
export function checkConstantCasts(t: TypedExpr): void {
  if ("cast" in t.expr && t.scalar && !t.aggregate) evaluateRow(t, [], 0);
  t.args.forEach(checkConstantCasts);
}
