import { call, columnsOf, type Expr, isWindow, outputName } from "../../expr/index.js";
import type { FilterNode, PlanNode } from "../../plan/nodes.js";
import { type OptimizerRule, transformUp, withInput, withInputs } from "../rule.js";
import { pushFilterThroughJoin } from "./filter-through-join.js";
import { mayFail } from "./may-fail.js";

/**
 * Moves filters towards the source: below row-wise selects and withColumns that do not compute
 * the columns the predicate reads and below sorts, into the sides of joins (see
 * filter-through-join.ts) and each input of a concat, merges stacked filters, and finally into the scan, which then filters
 * each batch as it is read. Filters never cross slices, row indices, aggregations, sorts keeping a
 * top-k or windows (cumSum, over, …): there the rows a filter sees matter. A predicate that may
 * fail on a value (a strict cast) is not merged with the filters below it, since the merged
 * predicate would evaluate it on the rows they drop (see may-fail.ts).
 */
export const predicatePushdown: OptimizerRule = {
  name: "predicate_pushdown",
  apply: (plan) => transformUp(plan, (node) => (node.kind === "filter" ? pushFilter(node) : node)),
};

function pushFilter(filter: FilterNode): PlanNode {
  const input = filter.input;
  const predicate = filter.predicate;
  switch (input.kind) {
    case "scan":
      if (input.limit !== null || (input.predicate !== null && mayFail(predicate, input.schema))) return filter;
      return Object.freeze({ ...input, predicate: input.predicate === null ? predicate : call("and", input.predicate, predicate) });
    case "filter":
      if (mayFail(predicate, input.schema)) return filter;
      return pushFilter(Object.freeze({ ...input, predicate: call("and", input.predicate, predicate) }));
    case "withColumns": {
      const computed = new Set(input.exprs.map(outputName));
      if (readsAny(predicate, computed) || input.exprs.some(isWindow)) return filter;
      return withInput(input, pushFilter(Object.freeze({ ...filter, input: input.input, schema: input.input.schema })));
    }
    case "sort":
      // A stable sort keeps the filtered rows in the same order either way; a top-k does not.
      if (input.limit !== null) return filter;
      return withInput(input, pushFilter(Object.freeze({ ...filter, input: input.input })));
    case "select": {
      if (input.aggregate || input.exprs.some(isWindow) || !passesColumnsThrough(input.exprs, predicate)) return filter;
      return withInput(input, pushFilter(Object.freeze({ ...filter, input: input.input, schema: input.input.schema })));
    }
    case "join":
      return pushFilterThroughJoin(filter, input, pushFilter);
    case "concat":
      // Each input's rows meet the predicate on their own: the same rows, in the same order.
      return withInputs(input, input.inputs.map((part) => pushFilter(Object.freeze({ ...filter, input: part, schema: part.schema }))));
    default:
      return filter;
  }
}

function readsAny(predicate: Expr, names: ReadonlySet<string>): boolean {
  for (const c of columnsOf(predicate)) if (names.has(c)) return true;
  return false;
}

/** True when every column the predicate reads is selected as a plain, unrenamed column. */
function passesColumnsThrough(exprs: readonly Expr[], predicate: Expr): boolean {
  const plain = new Set(exprs.filter((e) => e.node.kind === "column").map((e) => (e.node as { name: string }).name));
  for (const c of columnsOf(predicate)) if (!plain.has(c)) return false;
  return true;
}
