/**
 * Questions the planner and optimizer ask about an expression: which columns it reads, whether it
 * aggregates, and whether it gives one value or one per row.
 */
import type { Expr } from "./expr.js";
import { FUNCTIONS } from "./registry.js";
import { childrenOf, someExpr } from "./traverse.js";

/**
 * The columns an expression reads.
 * @param expr - the expression
 * @returns the referenced column names
 * @example columnsOf(col("x").gt(col("y"))) // Set { "x", "y" }
 */
export function columnsOf(expr: Expr): Set<string> {
  const names = new Set<string>();
  someExpr(expr, (e) => {
    if (e.node.kind === "column") names.add(e.node.name);
    return false;
  });
  return names;
}

/**
 * Whether an expression contains an aggregate anywhere.
 * @param expr - the expression
 * @returns true if some function call in it is of kind "aggregate"
 * @example isAggregate(col("x").argmin().add(1)) // true
 */
export function isAggregate(expr: Expr): boolean {
  return someExpr(expr, (e) => e.node.kind === "function" && FUNCTIONS[e.node.name].kind === "aggregate");
}

/**
 * Whether an expression gives one value rather than one per row: literals and aggregates do, and
 * so does any row-wise function of them only (`col("x").argmin().add(1)`).
 * @param expr - the expression
 * @returns true for a single value
 * @example isScalar(col("x").sum()) // true
 */
export function isScalar(expr: Expr): boolean {
  const node = expr.node;
  if (node.kind === "column") return false;
  if (node.kind === "function" && FUNCTIONS[node.name].kind === "aggregate") return true;
  return childrenOf(expr).every(isScalar);
}
