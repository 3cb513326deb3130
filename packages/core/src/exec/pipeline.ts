import type { RecordBatch } from "apache-arrow";
import { scanNode } from "../plan/builder.js";
import type { ConcatNode, JoinNode, PlanNode, ScanNode, ScanSource } from "../plan/nodes.js";
import { rowBound } from "../plan/row-bound.js";
import type { Operator } from "./operator.js";
import { globalAggregateOperator, groupByOperator } from "./operators/aggregate.js";
import { filterOperator } from "./operators/filter.js";
import { asofJoinOperator } from "./operators/join/asof-join.js";
import { gatheredJoinOperator } from "./operators/join/gathered-join.js";
import { outerSideOf } from "./operators/join/join-sides.js";
import { type JoinOperator, probeJoinOperator } from "./operators/join/probe-join.js";
import { selectOperator, withColumnsOperator } from "./operators/project.js";
import { rowIndexOperator } from "./operators/row-index.js";
import { sliceOperator } from "./operators/slice.js";
import { sortOperator } from "./operators/sort.js";
import { tailOperator } from "./operators/tail.js";
import { numberingRows } from "./row-error.js";

/**
 * A plan made physical: the scan whose batches stream through the operators, bottom-up, and the
 * build sides of the joins among them — pipelines of their own, each read to its end (into its
 * join's table) before the scan's first batch.
 */
export interface Pipeline {
  readonly scan: ScanNode;
  readonly operators: readonly Operator[];
  readonly builds: readonly BuildInput[];
}

/** A join's build side: its pipeline, and where its batches go. */
export interface BuildInput {
  readonly pipeline: Pipeline;
  readonly into: { add(batch: RecordBatch): void; end(): void };
}

/**
 * The physical planner: one operator per plan node above the scan, plus the predicate and limit
 * pushed into the scan, which run on each batch as it is read. A join continues the chain down
 * its streamed side; its other side becomes a build input. A concat is the source of the
 * operators above it: its inputs run one after another, each a pipeline of its own.
 * @param plan - the (optimized) plan
 * @param concatSource - how a concat's inputs become one source (the executor runs them)
 */
export function pipelineOf(plan: PlanNode, concatSource: (node: ConcatNode) => ScanSource): Pipeline {
  const above: Operator[] = [];
  const builds: BuildInput[] = [];
  let node = plan;
  while (node.kind !== "scan") {
    if (node.kind === "join") {
      const join = joinOperatorFor(node);
      above.push(join);
      builds.push({ pipeline: pipelineOf(join.build.side === "left" ? node.left : node.right, concatSource), into: join.build });
      node = join.build.side === "left" ? node.right : node.left;
      continue;
    }
    if (node.kind === "concat") {
      node = scanNode(concatSource(node));
      continue;
    }
    above.push(operatorFor(node));
    node = node.input;
  }
  const operators: Operator[] = [];
  if (node.predicate !== null) operators.push(filterOperator(node.predicate));
  if (node.limit !== null) operators.push(sliceOperator(0, node.limit));
  operators.push(...above.reverse());
  return { scan: node, operators: operators.map(numberingRows), builds };
}

/**
 * The join's operator: the inner side is built and the outer side streams, unless both sizes
 * are known and the outer side is the smaller — then it is built instead (cross and as-of joins
 * always build the right side).
 */
function joinOperatorFor(node: JoinNode): JoinOperator {
  if (node.asof !== undefined) return asofJoinOperator(node, node.asof);
  if (node.how === "cross") return probeJoinOperator(node);
  const outer = outerSideOf(node) === "left" ? node.left : node.right;
  const inner = outer === node.left ? node.right : node.left;
  const [outerRows, innerRows] = [rowBound(outer), rowBound(inner)];
  return outerRows !== null && innerRows !== null && outerRows < innerRows ? gatheredJoinOperator(node) : probeJoinOperator(node);
}

function operatorFor(node: Exclude<PlanNode, ScanNode | JoinNode | ConcatNode>): Operator {
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
    case "tail":
      return tailOperator(node.n);
    case "rowIndex":
      return rowIndexOperator(node);
  }
}

/** True once some operator needs no more input, so the source need not be read further. */
export function isSatisfied(pipeline: Pipeline): boolean {
  return pipeline.operators.some((o) => o.satisfied);
}

/**
 * Whether a source batch is dead once pushed: the operators up to the first one that drains its
 * input (an aggregate) keep none, so nothing reads the batch after `pushSourceBatch` returns and
 * the scan may hand out batches whose heap blocks the executor releases.
 */
export function drainsSourceBatches(pipeline: Pipeline): boolean {
  for (const op of pipeline.operators) {
    if (op.drainsInput === true) return true;
    if (op.keepsNoInput !== true) return false;
  }
  return false;
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
