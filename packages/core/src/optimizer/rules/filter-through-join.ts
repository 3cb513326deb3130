import { Bool, type Schema, Type } from "apache-arrow";
import { call, col, columnsOf, type Expr, mapExpr, typeOf } from "../../expr/index.js";
import { filterNode } from "../../plan/builder.js";
import { mayFail } from "./may-fail.js";
import type { FilterNode, JoinNode, PlanNode } from "../../plan/nodes.js";

/**
 * Splits a filter above a join into the conjuncts that read one side's columns only and pushes
 * each into that side, where doing so keeps the same rows: a side's own rows may be filtered
 * first when the join never fills that side's columns with nulls (the left of inner, left, semi,
 * anti, cross and as-of joins; the right of inner, right and cross joins). A right column renamed by the
 * suffix is read by its input name below the join. Conjuncts that read both sides, or a side
 * that may be null-filled, stay above; so does a conjunct that may fail on a value (a strict
 * cast), unless every row of its side reaches the output (the left of a left or as-of join, the
 * right of a right join): below any other join it would meet rows the join drops.
 * @param filter - the filter whose input is `join`
 * @param join - the join
 * @param push - pushes a new filter further into a side
 * @returns the rewritten plan, or `filter` itself when nothing moves
 */
export function pushFilterThroughJoin(filter: FilterNode, join: JoinNode, push: (filter: FilterNode) => PlanNode): PlanNode {
  const origin = new Map(join.schema.fields.map((f, i) => [f.name, join.outputs[i]]));
  const mayFilter = {
    left: ["inner", "left", "semi", "anti", "cross", "asof"].includes(join.how),
    right: ["inner", "right", "cross"].includes(join.how),
  };
  const keepsEveryRow = { left: join.how === "left" || join.how === "asof", right: join.how === "right" };
  const moved: Record<"left" | "right", Expr[]> = { left: [], right: [] };
  const kept: Expr[] = [];
  for (const conjunct of conjunctsOf(filter.predicate)) {
    const sides = new Set([...columnsOf(conjunct)].map((c) => origin.get(c)?.side));
    const side = sides.size === 1 ? [...sides][0] : undefined;
    const movable = side !== undefined && mayFilter[side] && (keepsEveryRow[side] || !mayFail(conjunct, join.schema));
    if (movable && isBool(conjunct, join.schema)) moved[side].push(renameColumns(conjunct, (c) => origin.get(c)!.name));
    else kept.push(conjunct);
  }
  if (moved.left.length + moved.right.length === 0) return filter;
  const pushed = (input: PlanNode, conjuncts: Expr[]) => (conjuncts.length === 0 ? input : push(filterNode(input, conjoin(conjuncts))));
  const rebuilt: JoinNode = Object.freeze({ ...join, left: pushed(join.left, moved.left), right: pushed(join.right, moved.right) });
  if (kept.length === 0) return rebuilt;
  const rest = conjoin(kept);
  return filterNode(rebuilt, isBool(rest, join.schema) ? rest : rest.cast(new Bool()));
}

/** The operands of a chain of `and`s. */
function conjunctsOf(predicate: Expr): Expr[] {
  const node = predicate.node;
  if (node.kind === "function" && node.name === "and") return node.args.flatMap(conjunctsOf);
  return [predicate];
}

/** A conjunct may be typed Null (a null literal); a filter needs Bool. */
function isBool(expr: Expr, schema: Schema): boolean {
  return typeOf(expr, schema).typeId === Type.Bool;
}

function conjoin(conjuncts: readonly Expr[]): Expr {
  return conjuncts.reduce((a, b) => call("and", a, b));
}

function renameColumns(expr: Expr, rename: (name: string) => string): Expr {
  return mapExpr(expr, (e) => (e.node.kind === "column" && rename(e.node.name) !== e.node.name ? col(rename(e.node.name)) : e));
}
