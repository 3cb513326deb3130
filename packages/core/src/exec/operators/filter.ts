import type { Expr } from "../../expr/index.js";
import { takeRows, trueRows } from "../batch.js";
import { evaluateScalar } from "../eval/index.js";
import { mapOperator, type Operator } from "../operator.js";

/** Keeps the rows of each batch where the predicate is true (null counts as false). */
export function filterOperator(predicate: Expr): Operator {
  return mapOperator((batch) => {
    const rows = trueRows(evaluateScalar(predicate, batch));
    if (rows.length === batch.numRows) return batch;
    return rows.length > 0 ? takeRows(batch, rows) : null;
  });
}
