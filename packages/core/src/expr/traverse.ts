/**
 * Generic traversal of expression trees: children, rebuilding with new children, bottom-up
 * rewriting and search. Rewrites share unchanged subtrees and return new nodes for the rest.
 */
import { Expr } from "./expr.js";

/**
 * The direct children of an expression.
 * @param expr - the expression
 * @returns its inputs in order (empty for columns and literals)
 * @example childrenOf(col("x").add(1)) // [col("x"), lit(1)]
 */
export function childrenOf(expr: Expr): readonly Expr[] {
  const node = expr.node;
  switch (node.kind) {
    case "column":
    case "literal":
      return [];
    case "alias":
    case "cast":
      return [node.input];
    case "function":
      return node.args;
    case "over":
      return [node.input, ...node.keys];
  }
}

/**
 * The same expression over other children.
 * @param expr - the expression
 * @param children - as many children as `childrenOf(expr)` has
 * @returns `expr` itself when every child is the same object, else a new expression
 * @throws RangeError when the number of children differs
 * @example withChildren(col("x").add(1), [col("y"), lit(2)]) // col("y").add(2)
 */
export function withChildren(expr: Expr, children: readonly Expr[]): Expr {
  const old = childrenOf(expr);
  if (children.length !== old.length) throw new RangeError(`expected ${old.length} children, got ${children.length}`);
  if (children.every((child, i) => child === old[i])) return expr;
  const node = expr.node;
  switch (node.kind) {
    case "alias":
    case "cast":
      return new Expr({ ...node, input: children[0] });
    case "function":
      return new Expr({ ...node, args: children });
    case "over":
      return new Expr({ ...node, input: children[0], keys: children.slice(1) });
    default:
      return expr;
  }
}

/**
 * Rewrites an expression bottom-up: children first, then `fn` on the node rebuilt over them.
 * @param expr - the expression
 * @param fn - returns the replacement of a node (or the node itself to keep it)
 * @returns the rewritten expression; `expr` itself when `fn` changes nothing
 * @example mapExpr(e, (x) => (x.node.kind === "column" ? col(x.node.name.toUpperCase()) : x))
 */
export function mapExpr(expr: Expr, fn: (expr: Expr) => Expr): Expr {
  const children = childrenOf(expr);
  return fn(withChildren(expr, children.map((child) => mapExpr(child, fn))));
}

/**
 * Whether any node of the tree (the root included) satisfies a predicate, searched pre-order.
 * @param expr - the expression
 * @param predicate - the test
 * @returns true at the first node that passes
 * @example someExpr(e, (x) => x.node.kind === "literal")
 */
export function someExpr(expr: Expr, predicate: (expr: Expr) => boolean): boolean {
  return predicate(expr) || childrenOf(expr).some((child) => someExpr(child, predicate));
}
