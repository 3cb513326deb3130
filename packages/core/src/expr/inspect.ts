/**
 * Questions the planner and optimizer ask about an expression: which columns it reads, whether it
 * aggregates, and whether it gives one value or one per row.
 */
import type { Expr } from "./expr.js";
import { formatExpr } from "./format.js";
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
 * Whether an expression aggregates: contains an aggregate outside any `over` (which broadcasts its
 * aggregates back to the rows).
 * @param expr - the expression
 * @returns true if some function call in it, not under `over`, is of kind "aggregate"
 * @example isAggregate(col("x").argmin().add(1)) // true
 * @example isAggregate(col("x").argmin().over("g")) // false
 */
export function isAggregate(expr: Expr): boolean {
  const node = expr.node;
  if (node.kind === "over") return false;
  if (node.kind === "function" && FUNCTIONS[node.name].kind === "aggregate") return true;
  return childrenOf(expr).some(isAggregate);
}

/**
 * Whether an expression holds a window: an `over` or a window function (`cumSum`, `rank`,
 * `rollingArgmin`, `shift`, …), whose values depend on other rows.
 * @param expr - the expression
 * @returns true when a value may depend on rows other than its own
 * @example isWindow(col("x").cumSum().add(1)) // true
 */
export function isWindow(expr: Expr): boolean {
  return someExpr(expr, (e) => e.node.kind === "over" || (e.node.kind === "function" && FUNCTIONS[e.node.name].kind === "window"));
}

/**
 * Whether an expression needs all its input rows before it gives a value: an `over` (a partition
 * may continue to the last row) or a window function that is not running (`rank`).
 * @param expr - the expression
 * @returns false for row-wise expressions and running windows, which can go batch by batch
 * @example needsWholeInput(col("x").rank()) // true
 */
export function needsWholeInput(expr: Expr): boolean {
  return someExpr(expr, (e) => {
    const node = e.node;
    if (node.kind === "over") return true;
    if (node.kind !== "function") return false;
    // A negative shift (a lead) reads rows after its own.
    const lead = node.name === "shift" && Number((node.args[1].node as { value?: number | bigint }).value) < 0;
    return FUNCTIONS[node.name].running === false || lead;
  });
}

/**
 * Checks what an `over` holds: keys that are row-wise and windowless, and an input that is either
 * an aggregate (broadcast to its partition) or row-wise, with no `over` inside.
 * @param expr - an over expression
 * @throws TypeError saying what is wrong and what would be right
 */
export function checkOver(expr: Expr): void {
  const node = expr.node;
  if (node.kind !== "over") return;
  if (node.keys.length === 0) throw new TypeError(`${formatExpr(expr)} needs at least one partition key`);
  for (const key of node.keys) {
    if (isAggregate(key) || isWindow(key)) {
      throw new TypeError(`over partitions by row-wise keys, but ${formatExpr(key)} is an aggregate or window`);
    }
  }
  if (someExpr(node.input, (e) => e.node.kind === "over")) {
    throw new TypeError(`${formatExpr(expr)} nests one over in another; compute the inner window with withColumns first`);
  }
  if (isAggregate(node.input) && isWindow(node.input)) {
    throw new TypeError(`${formatExpr(node.input)} mixes aggregates and window functions; compute the window with withColumns first`);
  }
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
  if (node.kind === "column" || node.kind === "over") return false;
  if (node.kind === "function" && node.args.length === 0) return false;
  if (node.kind === "function" && FUNCTIONS[node.name].kind === "aggregate") return true;
  return childrenOf(expr).every(isScalar);
}
