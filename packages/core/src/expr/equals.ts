/**
 * Structural equality of expressions, for the optimizer (common subexpressions, fixed points).
 */
import type { Expr } from "./expr.js";
import { sameType } from "./dtypes.js";
import type { FunctionOptions } from "./node.js";

/**
 * Whether two expressions are the same tree. Literals compare with `Object.is`, so NaN equals
 * NaN and 0 differs from -0 (they divide differently), and their types must match (`lit(1)`
 * differs from `lit(1n)`); cast targets compare by structure, ignoring dictionary ids.
 * @param a - an expression
 * @param b - another expression
 * @returns whether they are equal
 * @example equalsExpr(col("x").argmin(), col("x").argmin()) // true
 */
export function equalsExpr(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  const x = a.node;
  const y = b.node;
  switch (x.kind) {
    case "column":
      return y.kind === "column" && x.name === y.name;
    case "literal":
      return y.kind === "literal" && Object.is(x.value, y.value) && x.dynamic === y.dynamic && sameType(x.type, y.type);
    case "alias":
      return y.kind === "alias" && x.name === y.name && equalsExpr(x.input, y.input);
    case "cast":
      return y.kind === "cast" && sameType(x.to, y.to) && equalsExpr(x.input, y.input);
    case "function":
      return (
        y.kind === "function" && x.name === y.name && x.args.length === y.args.length &&
        x.args.every((arg, i) => equalsExpr(arg, y.args[i])) && sameOptions(x.options, y.options)
      );
    case "over":
      return (
        y.kind === "over" && x.keys.length === y.keys.length && equalsExpr(x.input, y.input) &&
        x.keys.every((key, i) => equalsExpr(key, y.keys[i]))
      );
  }
}

function sameOptions(a: FunctionOptions | undefined, b: FunctionOptions | undefined): boolean {
  const keys = Object.keys(a ?? {});
  return keys.length === Object.keys(b ?? {}).length && keys.every((k) => Object.is(a![k], b?.[k]));
}
