import type { AggregateNode, SelectNode } from "../../plan/nodes.js";
import type { Operator } from "../operator.js";
import { GlobalFold, GroupFold } from "./aggregate-folds.js";

/**
 * Reduces the whole input to one row: every aggregate's mergeable state is updated batch by
 * batch, so memory stays bounded by the batch size whatever the input's length.
 */
export function globalAggregateOperator(node: SelectNode): Operator {
  const fold = new GlobalFold(node);
  return {
    push(batch) {
      fold.push(batch);
      return [];
    },
    finish: () => [fold.finish()],
    satisfied: false,
    keepsNoInput: true,
    drainsInput: true,
  };
}

/**
 * Hash group-by (see {@link GroupFold}). Results come out one batch per stretch of groups first
 * seen in the same input slice.
 */
export function groupByOperator(node: AggregateNode): Operator {
  const fold = new GroupFold(node);
  return {
    push(batch) {
      fold.push(batch);
      return [];
    },
    finish: () => fold.finish(),
    satisfied: false,
    // Group keys are copied (`take`) and states hold values, so no batch outlives its push.
    keepsNoInput: true,
    drainsInput: true,
  };
}
