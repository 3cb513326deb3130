import { isWindow, needsWholeInput } from "../../expr/index.js";
import type { PlanNode, SliceNode } from "../../plan/nodes.js";
import { type OptimizerRule, transformUp, withInput } from "../rule.js";

/**
 * Moves a slice below row-wise selects and withColumns (they keep one output row per input row)
 * and, when it starts at row 0 and meets the scan, turns it into the scan's row limit so reading
 * stops early. Over a sort it tells the sort how many leading rows are needed, so the sort keeps
 * a top-k instead of its whole input. A slice never crosses a filter, aggregation or row index,
 * nor a window other than a running one under a slice from row 0 (a running sum of the first n
 * rows is the first n running sums; a rank or an over depends on every row).
 */
export const limitPushdown: OptimizerRule = {
  name: "limit_pushdown",
  apply: (plan) => transformUp(plan, (node) => (node.kind === "slice" ? pushSlice(node) : node)),
};

function pushSlice(slice: SliceNode): PlanNode {
  const input = slice.input;
  const rowWise = (input.kind === "select" && !input.aggregate) || input.kind === "withColumns";
  if (rowWise && input.exprs.some(isWindow) && (slice.offset > 0 || input.exprs.some(needsWholeInput))) return slice;
  if (rowWise) {
    return withInput(input, pushSlice(Object.freeze({ ...slice, input: input.input, schema: input.input.schema })));
  }
  if (input.kind === "sort" && slice.length !== null) {
    // The slice stays: the sort only learns that rows past offset + length are never needed.
    const limit = Math.min(input.limit ?? Infinity, slice.offset + slice.length);
    if (limit === input.limit) return slice;
    return withInput(slice, Object.freeze({ ...input, limit }));
  }
  if (input.kind === "scan" && slice.offset === 0 && slice.length !== null) {
    const limit = input.limit === null ? slice.length : Math.min(input.limit, slice.length);
    if (limit === input.limit) return input;
    return Object.freeze({ ...input, limit });
  }
  return slice;
}
