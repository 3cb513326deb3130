/**
 * Expression evaluation, batch at a time: row-wise expressions to Arrow Data, and aggregate
 * expressions to mergeable aggregators, ungrouped or per group.
 */
export { type CompiledScalar, compileScalar, evaluateScalar } from "./compile.js";
export {
  type AggregateResult, type Aggregator, aggregateFor, type GroupedAggregator, groupedAggregateFor,
} from "./aggregate/aggregator.js";
