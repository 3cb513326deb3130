import type { RecordBatch } from "apache-arrow";
import type { PlanNode } from "../plan/nodes.js";
import type { ExecContext } from "./context.js";
import { globalAggregateOperator, groupByOperator } from "./operators/aggregate.js";
import { filterOperator } from "./operators/filter.js";
import { selectOperator, withColumnsOperator } from "./operators/project.js";
import { rowIndexOperator } from "./operators/row-index.js";
import { scanOperator } from "./operators/scan.js";
import { sliceOperator } from "./operators/slice.js";
import { sortOperator } from "./operators/sort.js";

/**
 * The physical planner: turns a logical plan into a chain of pull-based operators, each an async
 * generator of record batches. Pulling stops as soon as the consumer stops (a limit reached, an
 * error, a `break`), and every source is released through the generators' `return`.
 */
export function executePlan(plan: PlanNode, ctx: ExecContext = {}): AsyncGenerator<RecordBatch> {
  switch (plan.kind) {
    case "scan":
      return scanOperator(plan, ctx);
    case "filter":
      return filterOperator(plan, executePlan(plan.input, ctx));
    case "select":
      return plan.aggregate
        ? globalAggregateOperator(plan, executePlan(plan.input, ctx))
        : selectOperator(plan, executePlan(plan.input, ctx));
    case "withColumns":
      return withColumnsOperator(plan, executePlan(plan.input, ctx));
    case "aggregate":
      return groupByOperator(plan, executePlan(plan.input, ctx));
    case "sort":
      return sortOperator(plan, executePlan(plan.input, ctx));
    case "slice":
      return sliceOperator(plan, executePlan(plan.input, ctx));
    case "rowIndex":
      return rowIndexOperator(plan, executePlan(plan.input, ctx));
  }
}
