import type { RecordBatch } from "apache-arrow";
import type { SliceNode } from "../../plan/nodes.js";

/** Skips `offset` rows, then passes `length` rows and stops pulling from its input. */
export async function* sliceOperator(node: SliceNode, input: AsyncIterable<RecordBatch>): AsyncGenerator<RecordBatch> {
  let skip = node.offset;
  let remaining = node.length ?? Infinity;
  if (remaining === 0) return;
  for await (let batch of input) {
    if (skip >= batch.numRows) {
      skip -= batch.numRows;
      continue;
    }
    batch = batch.slice(skip, Math.min(batch.numRows, skip + remaining));
    skip = 0;
    remaining -= batch.numRows;
    if (batch.numRows > 0) yield batch;
    if (remaining <= 0) return;
  }
}
