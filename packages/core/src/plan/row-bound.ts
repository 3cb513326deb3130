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
    case "join":
      return plan.how === "semi" || plan.how === "anti" ? rowBound(plan.left) : null;
    default:
      return rowBound(plan.input);
  }
}
