/**
 * The part of a plan that worker threads can run morsel by morsel: a scan, the
 * row-wise steps above it (filters and projections without windows, which treat each row alone),
 * and optionally the aggregate that folds their output (a global select of aggregates, or a
 * group-by), whose partial states merge in input order.
 */
import { type Expr, isWindow } from "../../expr/index.js";
import type { AggregateNode, FilterNode, PlanNode, ScanNode, SelectNode, WithColumnsNode } from "../../plan/nodes.js";

/** A row-wise step: each output row depends only on its own input row. */
export type RowStep = FilterNode | SelectNode | WithColumnsNode;

/** A fold: an aggregate over every row of its input. */
export type FoldNode = SelectNode | AggregateNode;

/** A plan part for worker threads. */
export interface Section {
  readonly scan: ScanNode;
  /** Row-wise steps above the scan, bottom-up. */
  readonly steps: readonly RowStep[];
  /** The aggregate folding the steps' output, or null when the section gives the rows. */
  readonly fold: FoldNode | null;
  /** The section's topmost node (the fold, else the last step). */
  readonly top: PlanNode;
}

/**
 * The section whose top is `node`, when it is one worth running on workers: a fold or at least one
 * row-wise step, over a scan with no limit.
 * @param node - any plan node
 * @returns the section, or null
 */
export function sectionAt(node: PlanNode): Section | null {
  const isFold = (node.kind === "select" && node.aggregate) || node.kind === "aggregate";
  if (isFold) {
    const exprs = node.kind === "aggregate" ? [...node.keys, ...node.aggs] : node.exprs;
    if (exprs.some(isWindow)) return null;
    const below = stepsDownTo(node.input);
    return below === null ? null : { ...below, fold: node as FoldNode, top: node };
  }
  const below = stepsDownTo(node);
  return below === null || below.steps.length === 0 ? null : { ...below, fold: null, top: node };
}

/** The row-wise steps from `node` down to a scan without a limit, bottom-up; null when something else comes first. */
function stepsDownTo(node: PlanNode): { scan: ScanNode; steps: RowStep[] } | null {
  const steps: RowStep[] = [];
  let at = node;
  while (at.kind !== "scan") {
    if (!isRowStep(at)) return null;
    steps.push(at);
    at = at.input;
  }
  if (at.limit !== null) return null;
  return { scan: at, steps: steps.reverse() };
}

function isRowStep(node: PlanNode): node is RowStep {
  const rowWise = (exprs: readonly Expr[]) => !exprs.some(isWindow);
  if (node.kind === "filter") return rowWise([node.predicate]);
  if (node.kind === "select") return !node.aggregate && rowWise(node.exprs);
  return node.kind === "withColumns" && rowWise(node.exprs);
}
