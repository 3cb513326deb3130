import { columnsOf, fieldOf, outputName } from "../../expr/index.js";
import type { AggregateNode } from "../../plan/nodes.js";
import { Schema } from "apache-arrow";
import { type OptimizerRule, transformUp } from "../rule.js";

/**
 * Drops aggregates of a group-by that nothing above reads: a row-wise select over the group-by
 * that names only some of its outputs makes the others dead work. Keys always stay (they define
 * the groups).
 */
export const pruneAggregates: OptimizerRule = {
  name: "prune_aggregates",
  apply: (plan) =>
    transformUp(plan, (node) => {
      if (node.kind !== "select" || node.aggregate || node.input.kind !== "aggregate") return node;
      const used = new Set(node.exprs.flatMap((e) => [...columnsOf(e)]));
      const pruned = pruneUnused(node.input, used);
      return pruned === node.input ? node : Object.freeze({ ...node, input: pruned });
    }),
};

function pruneUnused(aggregate: AggregateNode, used: ReadonlySet<string>): AggregateNode {
  const aggs = aggregate.aggs.filter((a) => used.has(outputName(a)));
  if (aggs.length === aggregate.aggs.length) return aggregate;
  const fields = [...aggregate.keys, ...aggs].map((e) => fieldOf(e, aggregate.input.schema));
  return Object.freeze({ ...aggregate, aggs, schema: new Schema(fields) });
}

