import type { Expr } from "@quiver/core";

/** A function the expression language can call: how many arguments, and the Quiver expression. */
interface FunctionSpec {
  readonly arity: number;
  readonly build: (args: readonly Expr[]) => Expr;
}

const unary = (build: (x: Expr) => Expr): FunctionSpec => ({ arity: 1, build: ([x]) => build(x) });
const binary = (build: (x: Expr, y: Expr) => Expr): FunctionSpec => ({ arity: 2, build: ([x, y]) => build(x, y) });

/**
 * The functions of the expression language, by lower-case name: the aggregates and a few row-wise
 * functions of Quiver's expressions (`argmin(delay)` is `col("delay").argmin()`).
 */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map([
  ["argmin", unary((x) => x.argmin())],
  ["argmax", unary((x) => x.argmax())],
  ["nanargmin", unary((x) => x.nanargmin())],
  ["nanargmax", unary((x) => x.nanargmax())],
  ["min", unary((x) => x.min())],
  ["max", unary((x) => x.max())],
  ["sum", unary((x) => x.sum())],
  ["mean", unary((x) => x.mean())],
  ["count", unary((x) => x.count())],
  ["first", unary((x) => x.first())],
  ["last", unary((x) => x.last())],
  ["min_by", binary((x, by) => x.minBy(by))],
  ["max_by", binary((x, by) => x.maxBy(by))],
  ["is_nan", unary((x) => x.isNaN())],
  ["fill_null", binary((x, value) => x.fillNull(value))],
]);
