import type { RecordBatch } from "apache-arrow";
import { sortIndices } from "../../kernels/sort/sort-indices.js";
import type { SortNode } from "../../plan/nodes.js";
import { concatBatches, takeRows } from "../batch.js";
import { evaluateScalar } from "../eval/index.js";
import type { Operator } from "../operator.js";

/** Rows gathered before a top-k sorts and trims what it holds. */
const TOP_K_BUFFER = 1 << 16;

/**
 * Sorts its whole input, stably, and yields it as one batch. With a limit (a slice above it), it
 * holds at most about `max(2 × limit, 65536)` rows: whenever more have gathered, it sorts them
 * and keeps the first `limit`, which are also the earliest of any ties, so stability survives.
 */
export function sortOperator(node: SortNode): Operator {
  let held: RecordBatch[] = [];
  let rows = 0;
  const threshold = node.limit === null ? Infinity : Math.max(2 * node.limit, TOP_K_BUFFER);
  return {
    push(batch) {
      if (batch.numRows === 0) return [];
      held.push(batch);
      rows += batch.numRows;
      if (rows > threshold) {
        held = [sortBatches(node, held)];
        rows = held[0].numRows;
      }
      return [];
    },
    finish: () => (held.length > 0 ? [sortBatches(node, held)] : []),
    satisfied: false,
  };
}

/** One batch of the held rows in sorted order, cut to the node's limit. */
function sortBatches(node: SortNode, batches: readonly RecordBatch[]): RecordBatch {
  const all = concatBatches(batches);
  const order = sortIndices(node.keys.map((k) => evaluateScalar(k, all)), node.directions);
  return takeRows(all, node.limit === null ? order : order.subarray(0, node.limit));
}
