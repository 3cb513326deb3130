import { Bool, type Schema, Type } from "apache-arrow";
import { type Expr, lit, mapExpr, typeOf } from "../../expr/index.js";
import type { FilterNode, PlanNode } from "../../plan/nodes.js";
import { type OptimizerRule, transformUp } from "../rule.js";

/**
 * Simplifies predicates whose truth is known from literals: `x AND true` → `x`,
 * `x AND false` → `false`, `x OR true` → `true`, `x OR false` → `x`, `NOT literal`, `NOT NOT x`;
 * a filter whose predicate folds to `true` is removed. A folded predicate stays Bool-typed, as
 * filters need: `x AND true` over a Null-typed x becomes `x` cast to Bool. Only predicates are
 * rewritten: folding a selected expression could change its output name.
 */
export const constantFolding: OptimizerRule = {
  name: "constant_folding",
  apply: (plan) =>
    transformUp(plan, (node) => {
      if (node.kind === "filter") return foldFilter(node);
      if (node.kind === "scan" && node.predicate !== null) {
        const predicate = foldPredicate(node.predicate, node.source.schema);
        if (predicate === node.predicate) return node;
        return Object.freeze({ ...node, predicate: isTrue(predicate) ? null : predicate });
      }
      return node;
    }),
};

function foldFilter(node: FilterNode): PlanNode {
  const predicate = foldPredicate(node.predicate, node.input.schema);
  if (isTrue(predicate)) return node.input;
  return predicate === node.predicate ? node : Object.freeze({ ...node, predicate });
}

/** The simplified predicate, still Bool over `schema`; the same object when nothing folds. */
function foldPredicate(predicate: Expr, schema: Schema): Expr {
  const simplified = simplifyPredicate(predicate);
  if (simplified === predicate || typeOf(simplified, schema).typeId === Type.Bool) return simplified;
  return simplified.cast(new Bool());
}

/** Bottom-up boolean simplification; returns the same object when nothing folds. */
function simplifyPredicate(expr: Expr): Expr {
  return mapExpr(expr, (e) => {
    const node = e.node;
    if (node.kind !== "function") return e;
    const [a, b] = node.args;
    switch (node.name) {
      case "and":
        if (isTrue(a)) return b;
        if (isTrue(b)) return a;
        if (isFalse(a) || isFalse(b)) return lit(false);
        return e;
      case "or":
        if (isFalse(a)) return b;
        if (isFalse(b)) return a;
        if (isTrue(a) || isTrue(b)) return lit(true);
        return e;
      case "not":
        if (isTrue(a)) return lit(false);
        if (isFalse(a)) return lit(true);
        if (a.node.kind === "function" && a.node.name === "not") return a.node.args[0];
        return e;
      default:
        return e;
    }
  });
}

function isTrue(e: Expr): boolean {
  return e.node.kind === "literal" && e.node.value === true;
}

function isFalse(e: Expr): boolean {
  return e.node.kind === "literal" && e.node.value === false;
}
