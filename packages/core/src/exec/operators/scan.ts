import type { RecordBatch } from "apache-arrow";
import type { ScanNode } from "../../plan/nodes.js";
import { trueRows, takeRows } from "../batch.js";
import { type ExecContext, throwIfAborted } from "../context.js";
import { evaluateScalar } from "../eval/index.js";

/**
 * Reads a source batch by batch, reading only the pushed-down columns, filtering each batch by
 * the pushed-down predicate and stopping once the pushed-down limit is reached (which ends the
 * source's read early and releases it).
 */
export async function* scanOperator(node: ScanNode, ctx: ExecContext): AsyncGenerator<RecordBatch> {
  let remaining = node.limit ?? Infinity;
  if (remaining === 0) return;
  const options = {
    ...(node.columns === null ? {} : { columns: node.columns }),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
  };
  for await (let batch of node.source.batches(options)) {
    throwIfAborted(ctx.signal);
    if (node.predicate !== null) batch = takeRows(batch, trueRows(evaluateScalar(node.predicate, batch)));
    if (batch.numRows > remaining) batch = batch.slice(0, remaining);
    remaining -= batch.numRows;
    if (batch.numRows > 0) yield batch;
    if (remaining <= 0) return;
  }
}
