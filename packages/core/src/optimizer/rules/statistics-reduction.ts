import { type Expr, lit, outputName } from "../../expr/index.js";
import type { ExtremeRequest, PlanNode, ScanNode, SelectNode } from "../../plan/nodes.js";
import { type OptimizerRule, transformUp } from "../rule.js";

/** The reductions statistics can answer, and what each needs of the source. */
const REDUCTIONS: Readonly<Record<string, { extreme: "min" | "max"; key: 0 | 1; nanDecides: boolean; positional: boolean }>> = {
  argmin: { extreme: "min", key: 0, nanDecides: true, positional: true },
  argmax: { extreme: "max", key: 0, nanDecides: true, positional: true },
  nanargmin: { extreme: "min", key: 0, nanDecides: false, positional: true },
  nanargmax: { extreme: "max", key: 0, nanDecides: false, positional: true },
  // min and max propagate NaN, as np.min does.
  min: { extreme: "min", key: 0, nanDecides: true, positional: false },
  max: { extreme: "max", key: 0, nanDecides: true, positional: false },
  minBy: { extreme: "min", key: 1, nanDecides: true, positional: false },
  maxBy: { extreme: "max", key: 1, nanDecides: true, positional: false },
};

/**
 * Statistics-driven reductions: a global aggregate made only of argmin/argmax/min/max/minBy/maxBy
 * (and the NaN-skipping argmin/argmax) over plain columns of an unfiltered, unlimited scan reads
 * only the part of the source that its statistics prove holds every answer (for Parquet, one row
 * group). Positions stay exact: each argmin/argmax adds the position of the part's first row.
 * The source decides what its statistics prove (see `ScanSource.narrowToExtremes`).
 */
export const statisticsReduction: OptimizerRule = {
  name: "statistics_reduction",
  apply: (plan) => transformUp(plan, (node) => (node.kind === "select" && node.aggregate && node.input.kind === "scan" ? narrow(node, node.input) : node)),
};

function narrow(select: SelectNode, scan: ScanNode): PlanNode {
  if (scan.predicate !== null || scan.limit !== null || scan.source.narrowToExtremes === undefined) return select;
  const requests: ExtremeRequest[] = [];
  for (const expr of select.exprs) {
    const request = requestOf(expr);
    if (request === undefined) return select;
    requests.push(request);
  }
  const narrowed = scan.source.narrowToExtremes(requests);
  if (narrowed === undefined) return select;
  const exprs = select.exprs.map((e) => shifted(e, narrowed.offset));
  return Object.freeze({ ...select, exprs, input: Object.freeze({ ...scan, source: narrowed.source }) });
}

/** What an aggregate asks of the source, or undefined when it is not a reduction over a column. */
function requestOf(expr: Expr): ExtremeRequest | undefined {
  const node = unaliased(expr).node;
  if (node.kind !== "function") return undefined;
  const reduction = REDUCTIONS[node.name];
  if (reduction === undefined || node.args.some((a) => a.node.kind !== "column")) return undefined;
  const key = node.args[reduction.key].node;
  return key.kind === "column" ? { column: key.name, extreme: reduction.extreme, nanDecides: reduction.nanDecides } : undefined;
}

/** A positional reduction counted from the whole source again, under its old name. */
function shifted(expr: Expr, offset: number): Expr {
  const node = unaliased(expr).node;
  if (offset === 0 || node.kind !== "function" || !REDUCTIONS[node.name].positional) return expr;
  return unaliased(expr).add(lit(BigInt(offset))).alias(outputName(expr));
}

function unaliased(expr: Expr): Expr {
  return expr.node.kind === "alias" ? unaliased(expr.node.input) : expr;
}
