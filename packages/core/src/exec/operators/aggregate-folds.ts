/**
 * The running state of the two aggregate operators, apart from the operators so that partial
 * folds computed elsewhere (worker threads, each over its own morsels of the input) can be saved
 * as plain data and merged in input order: a later fold's rows come after an earlier one's, so
 * positions, ties and group order come out as if one fold had seen every row.
 */
import { type Data, type DataType, type RecordBatch, Vector } from "apache-arrow";
import { fieldOf } from "../../expr/index.js";
import { GroupIndexer } from "../../kernels/group-indexer.js";
import { take } from "../../kernels/take.js";
import type { AggregateNode, SelectNode } from "../../plan/nodes.js";
import { makeBatch } from "../batch.js";
import { type Aggregator, aggregateFor, evaluateScalar, type GroupedAggregator, groupedAggregateFor } from "../eval/index.js";
import { atRow } from "../row-error.js";

/** A global fold's saved state: one saved aggregator per expression. */
export interface SavedGlobalFold {
  readonly states: readonly unknown[];
}

/**
 * A grouped fold's saved state: per key column, its chunks, which hold one row per group in id
 * order; and one saved aggregator per expression.
 */
export interface SavedGroupFold {
  readonly keys: readonly (readonly Data[])[];
  readonly states: readonly unknown[];
}

/** Reduces every row to one: each aggregate's mergeable state, updated batch by batch. */
export class GlobalFold {
  // Compiled against the batches' own schema: projection pushdown may have narrowed the input to
  // fewer columns than the plan node was built over.
  private aggregates: Aggregator[] | undefined;

  constructor(private readonly node: SelectNode) {}

  /** Folds in the next batch. */
  push(batch: RecordBatch): void {
    this.aggregates ??= this.node.exprs.map((e) => aggregateFor(e, batch.schema));
    for (const a of this.aggregates) a.update(batch);
  }

  /** The state as plain data for another thread; undefined when some aggregate cannot move. */
  save(): SavedGlobalFold | undefined {
    const states = this.own().map((a) => a.save());
    return states.includes(undefined) ? undefined : { states };
  }

  /** Folds in a saved fold over rows after this one's. */
  mergeSaved(saved: SavedGlobalFold): void {
    this.own().forEach((a, i) => a.merge(this.loaded(i, saved.states[i])));
  }

  /** The one-row result. */
  finish(): RecordBatch {
    return makeBatch(this.node.schema.fields, this.own().map((a) => a.finish().data), 1);
  }

  private own(): Aggregator[] {
    return (this.aggregates ??= this.node.exprs.map((e) => aggregateFor(e, this.node.input.schema)));
  }

  private loaded(i: number, state: unknown): Aggregator {
    const aggregator = aggregateFor(this.node.exprs[i], this.node.input.schema);
    aggregator.load(state);
    return aggregator;
  }
}

/**
 * Rows grouped at a time by typed-array key tables: a longer batch is taken in slices of this many
 * rows, so that a slice's group ids are still in cache when the aggregates read them, and their
 * buffer is reused. (Keys grouped through a Map measured slower when sliced.)
 */
const SLICE_ROWS = 1 << 16;

/**
 * Hash group-by state: each batch's keys are mapped to dense group ids (in order of first
 * appearance) and every aggregate's per-group state is updated; the key values of a new group are
 * copied from the batch (slice) that first shows it.
 */
export class GroupFold {
  /** The key columns' types, in order. */
  readonly keyTypes: readonly DataType[];
  private readonly indexer: GroupIndexer;
  private aggregates: GroupedAggregator[] | undefined;
  private readonly keyChunks: Data[][];
  private ids = new Int32Array(0);

  constructor(private readonly node: AggregateNode) {
    this.keyTypes = node.keys.map((k) => fieldOf(k, node.input.schema).type);
    this.indexer = new GroupIndexer(this.keyTypes);
    this.keyChunks = node.keys.map(() => []);
  }

  /** Folds in the next batch. */
  push(batch: RecordBatch): void {
    if (batch.numRows <= SLICE_ROWS || !this.indexer.hasTypedKeys) this.pushSlice(batch);
    else for (let start = 0; start < batch.numRows; start += SLICE_ROWS) atRow(start, () => this.pushSlice(batch.slice(start, start + SLICE_ROWS)));
  }

  /** The state as plain data for another thread; undefined when some aggregate cannot move. */
  save(): SavedGroupFold | undefined {
    const states = this.own().map((a) => a.save());
    if (states.includes(undefined)) return undefined;
    return { keys: this.keyChunks, states };
  }

  /**
   * Folds in a saved fold over rows after this one's: its groups are looked up among this fold's
   * (new ones appended in their order), and each aggregate merges with that mapping.
   */
  mergeSaved(saved: SavedGroupFold): void {
    const chunks = saved.keys[0] ?? [];
    const mapping = new Int32Array(chunks.reduce((n, c) => n + c.length, 0));
    let start = 0;
    chunks.forEach((chunk, c) => {
      const keys = saved.keys.map((column) => column[c]);
      this.indexer.assign(keys, mapping.subarray(start, (start += chunk.length)));
      this.keepNewKeys(keys);
    });
    this.own().forEach((a, i) => {
      const other = groupedAggregateFor(this.node.aggs[i], this.node.input.schema);
      other.load(saved.states[i]);
      a.merge(other, mapping);
    });
  }

  /** One batch per stretch of groups first seen in the same input slice. */
  finish(): RecordBatch[] {
    const results = this.own().map((a) => new Vector([a.finish()]));
    const out: RecordBatch[] = [];
    let start = 0;
    for (let c = 0; c < (this.keyChunks[0]?.length ?? 0); c++) {
      const length = this.keyChunks[0][c].length;
      const columns = [...this.keyChunks.map((chunks) => chunks[c]), ...results.map((r) => r.slice(start, start + length).data[0])];
      out.push(makeBatch(this.node.schema.fields, columns, length));
      start += length;
    }
    return out;
  }

  private pushSlice(slice: RecordBatch): void {
    const aggregates = (this.aggregates ??= this.node.aggs.map((e) => groupedAggregateFor(e, slice.schema)));
    let batch = slice;
    let keys = this.node.keys.map((k) => evaluateScalar(k, batch));
    // Fast path: one integer key and one arg-reduction, looked up and folded in one pass.
    const groupsBefore = this.indexer.groupCount;
    const folded = keys.length === 1 && aggregates.length === 1 ? (aggregates[0].assignAndUpdate?.(this.indexer, keys[0], batch) ?? 0) : 0;
    if (this.indexer.groupCount > groupsBefore) this.keepNewKeys(keys);
    if (folded === batch.numRows) return;
    if (folded > 0) {
      batch = batch.slice(folded, batch.numRows);
      keys = keys.map((k) => k.slice(folded, k.length - folded));
    }
    if (this.ids.length < batch.numRows) this.ids = new Int32Array(batch.numRows);
    const sliceIds = this.indexer.assign(keys, this.ids.subarray(0, batch.numRows));
    this.keepNewKeys(keys);
    for (const a of aggregates) a.update(sliceIds, batch, this.indexer.groupCount);
  }

  /** Copies the key values of the groups the latest `assign` created. */
  private keepNewKeys(keys: readonly Data[]): void {
    const firstRows = this.indexer.newGroupRows();
    if (firstRows.length > 0) keys.forEach((k, i) => this.keyChunks[i].push(take(k, firstRows)));
  }

  private own(): GroupedAggregator[] {
    return (this.aggregates ??= this.node.aggs.map((e) => groupedAggregateFor(e, this.node.input.schema)));
  }
}
