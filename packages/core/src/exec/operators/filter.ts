import type { RecordBatch } from "apache-arrow";
import type { FilterNode } from "../../plan/nodes.js";
import { takeRows, trueRows } from "../batch.js";
import { evaluateScalar } from "../eval/index.js";

/** Keeps the rows of each batch where the predicate is true. */
export async function* filterOperator(node: FilterNode, input: AsyncIterable<RecordBatch>): AsyncGenerator<RecordBatch> {
  for await (const batch of input) {
    const rows = trueRows(evaluateScalar(node.predicate, batch));
    if (rows.length === batch.numRows) yield batch;
    else if (rows.length > 0) yield takeRows(batch, rows);
  }
}
