import { type Expr, someExpr } from "../../expr/index.js";

/**
 * Whether evaluating a predicate can fail on a value (a strict cast that does not fit). Such a
 * predicate must see exactly the rows the query gives it: moved below another filter or a join it
 * would meet rows those remove, and fail where the query as written does not.
 * @param predicate - a filter's predicate or one of its conjuncts
 * @returns whether some value can make it throw
 */
export function mayFailOnValues(predicate: Expr): boolean {
  return someExpr(predicate, (e) => e.node.kind === "cast");
}
