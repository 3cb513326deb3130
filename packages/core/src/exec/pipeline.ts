import type { RecordBatch } from "apache-arrow";
import type { PlanNode, ScanNode } from "../plan/nodes.js";
import type { Operator } from "./operator.js";
import { globalAggregateOperator, groupByOperator } from "./operators/aggregate.js";
import { filterOperator } from "./operators/filter.js";
import { selectOperator, withColumnsOperator } from "./operators/project.js";
import { rowIndexOperator } from "./operators/row-index.js";
import { sliceOperator } from "./operators/slice.js";
import { sortOperator } from "./operators/sort.js";
import { numberingRows } from "./row-error.js";

/** A plan made physical: the scan to read, and the operators its batches flow through, bottom-up. */
export interface Pipeline {
  readonly scan: ScanNode;
  readonly operators: readonly Operator[];
}

/**
 * The physical planner: one operator per plan node above the scan, plus the predicate and limit
 * pushed into the scan, which run on each batch as it is read.
 */
export function pipelineOf(plan: PlanNode): Pipeline {
  const above: Exclude<PlanNode, ScanNode>[] = [];
  let node = plan;
  while (node.kind !== "scan") {
    above.push(node);
    node = node.input;
  }
  const operators: Operator[] = [];
  if (node.predicate !== null) operators.push(filterOperator(node.predicate));
  if (node.limit !== null) operators.push(sliceOperator(0, node.limit));
  for (const n of above.reverse()) operators.push(operatorFor(n));
  return { scan: node, operators: operators.map(numberingRows) };
}

function operatorFor(node: Exclude<PlanNode, ScanNode>): Operator {
  switch (node.kind) {
    case "filter":
      return filterOperator(node.predicate);
    case "select":
      return node.aggregate ? globalAggregateOperator(node) : selectOperator(node);
    case "withColumns":
      return withColumnsOperator(node);
    case "aggregate":
      return groupByOperator(node);
    case "sort":
      return sortOperator(node);
    case "slice":
      return sliceOperator(node.offset, node.length);
    case "rowIndex":
      return rowIndexOperator(node);
  }
}

/** True once some operator needs no more input, so the source need not be read further. */
export function isSatisfied(pipeline: Pipeline): boolean {
  return pipeline.operators.some((o) => o.satisfied);
}

/** Pushes a source batch through every operator; returns what comes out of the top. */
export function pushSourceBatch(pipeline: Pipeline, batch: RecordBatch): RecordBatch[] {
  return pushFrom(pipeline.operators, 0, [batch]);
}

/**
 * Ends the input: finishes the operators bottom-up, each one's remaining output flowing through
 * the operators above it before they finish in turn.
 */
export function finishPipeline(pipeline: Pipeline): RecordBatch[] {
  const { operators } = pipeline;
  const out: RecordBatch[] = [];
  operators.forEach((op, i) => out.push(...pushFrom(operators, i + 1, op.finish())));
  return out;
}

function pushFrom(operators: readonly Operator[], from: number, batches: RecordBatch[]): RecordBatch[] {
  let current = batches;
  for (let i = from; i < operators.length && current.length > 0; i++) current = current.flatMap((b) => operators[i].push(b));
  return current;
}
