import { type Data, type RecordBatch, Vector } from "apache-arrow";
import { fieldOf } from "../../expr/index.js";
import { GroupIndexer } from "../../kernels/group-indexer.js";
import { take } from "../../kernels/take.js";
import type { AggregateNode, SelectNode } from "../../plan/nodes.js";
import { makeBatch } from "../batch.js";
import type { Operator } from "../operator.js";
import { atRow } from "../row-error.js";
import { type Aggregator, aggregateFor, evaluateScalar, type GroupedAggregator, groupedAggregateFor } from "../eval/index.js";

/**
 * Reduces the whole input to one row: every aggregate's mergeable state is updated batch by
 * batch, so memory stays bounded by the batch size whatever the input's length.
 */
export function globalAggregateOperator(node: SelectNode): Operator {
  // Aggregators are compiled against the batches' own schema: projection pushdown may have
  // narrowed the input to fewer columns than the plan node was built over.
  let aggregates: Aggregator[] | undefined;
  return {
    push(batch) {
      aggregates ??= node.exprs.map((e) => aggregateFor(e, batch.schema));
      for (const a of aggregates) a.update(batch);
      return [];
    },
    finish() {
      aggregates ??= node.exprs.map((e) => aggregateFor(e, node.input.schema));
      return [makeBatch(node.schema.fields, aggregates.map((a) => a.finish().data), 1)];
    },
    satisfied: false,
    keepsNoInput: true,
    drainsInput: true,
  };
}

/**
 * Rows grouped at a time by typed-array key tables: a longer batch is taken in slices of this many
 * rows, so that a slice's group ids are still in cache when the aggregates read them, and their
 * buffer is reused. (Keys grouped through a Map measured slower when sliced.)
 */
const SLICE_ROWS = 1 << 16;

/**
 * Hash group-by: each batch's keys are mapped to dense group ids (in order of first appearance)
 * and every aggregate's per-group state is updated; the key values of a new group are copied
 * from the batch (slice) that first shows it. Results come out one batch per stretch of groups
 * first seen in the same input slice.
 */
export function groupByOperator(node: AggregateNode): Operator {
  const schema = node.input.schema;
  const indexer = new GroupIndexer(node.keys.map((k) => fieldOf(k, schema).type));
  let aggregates: GroupedAggregator[] | undefined;
  const keyChunks: Data[][] = node.keys.map(() => []);
  let ids = new Int32Array(0);
  const takeNewKeys = (keys: Data[]): void => {
    const firstRows = indexer.newGroupRows();
    if (firstRows.length > 0) keys.forEach((k, i) => keyChunks[i].push(take(k, firstRows)));
  };
  const pushSlice = (slice: RecordBatch): void => {
    aggregates ??= node.aggs.map((e) => groupedAggregateFor(e, slice.schema));
    let batch = slice;
    let keys = node.keys.map((k) => evaluateScalar(k, batch));
    // Fast path: one integer key and one arg-reduction, looked up and folded in one pass.
    const groupsBefore = indexer.groupCount;
    const folded = keys.length === 1 && aggregates.length === 1 ? (aggregates[0].assignAndUpdate?.(indexer, keys[0], batch) ?? 0) : 0;
    if (indexer.groupCount > groupsBefore) takeNewKeys(keys);
    if (folded === batch.numRows) return;
    if (folded > 0) {
      batch = batch.slice(folded, batch.numRows);
      keys = keys.map((k) => k.slice(folded, k.length - folded));
    }
    if (ids.length < batch.numRows) ids = new Int32Array(batch.numRows);
    const sliceIds = indexer.assign(keys, ids.subarray(0, batch.numRows));
    takeNewKeys(keys);
    for (const a of aggregates) a.update(sliceIds, batch, indexer.groupCount);
  };
  const push = (batch: RecordBatch): RecordBatch[] => {
    if (batch.numRows <= SLICE_ROWS || !indexer.hasTypedKeys) pushSlice(batch);
    else for (let start = 0; start < batch.numRows; start += SLICE_ROWS) atRow(start, () => pushSlice(batch.slice(start, start + SLICE_ROWS)));
    return [];
  };
  const finish = (): RecordBatch[] => {
    const results = (aggregates ?? node.aggs.map((e) => groupedAggregateFor(e, schema))).map((a) => new Vector([a.finish()]));
    const out: RecordBatch[] = [];
    let start = 0;
    for (let c = 0; c < (keyChunks[0]?.length ?? 0); c++) {
      const length = keyChunks[0][c].length;
      const columns = [...keyChunks.map((chunks) => chunks[c]), ...results.map((r) => r.slice(start, start + length).data[0])];
      out.push(makeBatch(node.schema.fields, columns, length));
      start += length;
    }
    return out;
  };
  // Group keys are copied (`take`) and states hold values, so no batch outlives its push.
  return { push, finish, satisfied: false, keepsNoInput: true, drainsInput: true };
}
