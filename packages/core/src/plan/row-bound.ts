import type { PlanNode } from "./nodes.js";

/**
 * An upper bound of the rows a plan gives, when the sources tell their sizes (in-memory data):
 * what a join reads to build its smaller side.
 * @returns the bound, or null when it is not known
 */
export function rowBound(plan: PlanNode): number | null {
  switch (plan.kind) {
    case "scan": {
      const rows = plan.source.rowCount ?? null;
      return rows === null || plan.limit === null ? rows : Math.min(rows, plan.limit);
    }
    case "select":
      return plan.aggregate ? 1 : rowBound(plan.input);
    case "slice": {
      const rows = rowBound(plan.input);
      return plan.length === null || rows === null ? rows : Math.min(rows, plan.length);
    }
    case "tail": {
      const rows = rowBound(plan.input);
      return rows === null ? plan.n : Math.min(rows, plan.n);
    }
    case "join":
      return plan.how === "semi" || plan.how === "anti" || plan.how === "asof" ? rowBound(plan.left) : null;
    case "concat": {
      const bounds = plan.inputs.map(rowBound);
      return bounds.some((b) => b === null) ? null : bounds.reduce<number>((sum, b) => sum + b!, 0);
    }
    default:
      return rowBound(plan.input);
  }
}
