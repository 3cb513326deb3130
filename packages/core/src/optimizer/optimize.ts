import type { Schema } from "apache-arrow";
import type { PlanNode } from "../plan/nodes.js";
import type { OptimizerRule } from "./rule.js";
import { constantFolding } from "./rules/constant-folding.js";
import { limitPushdown } from "./rules/limit-pushdown.js";
import { predicatePushdown } from "./rules/predicate-pushdown.js";
import { projectionPushdown } from "./rules/projection-pushdown.js";
import { pruneAggregates } from "./rules/prune-aggregates.js";
import { statisticsReduction } from "./rules/statistics-reduction.js";

/**
 * The rules, in the order they run each pass:
 * 1. constant folding and boolean simplification first, so later rules see the simplest
 *    predicates (a filter that folds to `true` disappears);
 * 2. predicate pushdown moves filters towards and into the scan, so fewer rows flow;
 * 3. limit pushdown stops reading early where no filter stands in between;
 * 4. unused aggregates are dropped when nothing above reads them;
 * 5. projection pushdown, once the plan's shape is settled, tells the scan which columns
 *    anything above still reads;
 * 6. statistics-driven reductions last, on a scan whose predicate and limit are final, narrow an
 *    argmin/min/… over a whole source to the part its statistics prove holds the answer.
 */
export const DEFAULT_RULES: readonly OptimizerRule[] = [
  constantFolding,
  predicatePushdown,
  limitPushdown,
  pruneAggregates,
  projectionPushdown,
  statisticsReduction,
];

const MAX_PASSES = 16;

/**
 * Runs the rules in order, pass after pass, until a pass changes nothing.
 * @throws Error naming the rule when a rule changes the plan's output schema
 */
export function optimizePlan(plan: PlanNode, rules: readonly OptimizerRule[] = DEFAULT_RULES): PlanNode {
  let current = plan;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const before = current;
    for (const rule of rules) {
      const next = rule.apply(current);
      if (next !== current && !sameSchema(next.schema, current.schema)) {
        throw new Error(`optimizer rule "${rule.name}" changed the plan's schema from ${describe(current.schema)} to ${describe(next.schema)}`);
      }
      current = next;
    }
    if (current === before) return current;
  }
  return current;
}

function sameSchema(a: Schema, b: Schema): boolean {
  return describe(a) === describe(b);
}

function describe(schema: Schema): string {
  return `{${schema.fields.map((f) => `${f.name}: ${String(f.type)}`).join(", ")}}`;
}
