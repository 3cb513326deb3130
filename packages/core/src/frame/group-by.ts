import type { Expr } from "../expr/index.js";
import { aggregateNode } from "../plan/builder.js";
import type { PlanNode } from "../plan/nodes.js";
import { exprArgs } from "../validate/arguments.js";
import type { DataFrame } from "./data-frame.js";
import type { LazyFrame } from "./lazy-frame.js";

/** A grouping waiting for its aggregates. */
export class GroupBy {
  /**
   * @internal
   * @param keys - the checked grouping keys
   * @param then - the query with one more step (the grouping's LazyFrame extends itself)
   */
  constructor(
    private readonly keys: readonly Expr[],
    private readonly then: (step: (plan: PlanNode) => PlanNode) => LazyFrame,
  ) {}

  /** Reduces each group; the result holds the keys, then one column per aggregate. */
  agg(...aggs: Expr[]): LazyFrame {
    const checked = exprArgs(aggs, "agg");
    return this.then((plan) => aggregateNode(plan, this.keys, checked));
  }
}

/** An eager grouping waiting for its aggregates: `agg` runs at once and gives a DataFrame. */
export class FrameGroupBy {
  /**
   * @internal
   * @param grouping - the lazy grouping over the frame's data
   * @param run - runs a query at once (the frame's own runner)
   */
  constructor(
    private readonly grouping: GroupBy,
    private readonly run: (query: LazyFrame) => DataFrame,
  ) {}

  /** Reduces each group; the result holds the keys, then one column per aggregate. */
  agg(...aggs: Expr[]): DataFrame {
    return this.run(this.grouping.agg(...aggs));
  }
}
