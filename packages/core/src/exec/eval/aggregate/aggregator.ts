/**
 * Aggregators: the executor's handle on an aggregate expression, ungrouped or grouped. Each keeps
 * mergeable partial state, so a stream is folded batch by batch, and partial results computed
 * over consecutive parts of the input (chunks, streams, workers) merge into the result of the
 * whole — `merge(other)` means "other's rows come after mine".
 */
import { type Data, type DataType, makeVector, type RecordBatch, type Schema } from "apache-arrow";
import { equalsExpr, type Expr, formatExpr } from "../../../expr/index.js";
import type { GroupIndexer } from "../../../kernels/group-indexer.js";
import { type AggregatePlan, planAggregate } from "./plan.js";
import { groupsAfterMerge } from "./reduction.js";

/** The finished value of an ungrouped aggregate. */
export interface AggregateResult {
  /** Its Arrow type, `typeOf(expr, schema)`. */
  readonly type: DataType;
  /** The value as one-row Data of that type. */
  readonly data: Data;
  /** The value as Arrow reads it (`bigint` for Int64, `null` for null). */
  readonly value: unknown;
}

/** An aggregate over all rows. */
export interface Aggregator {
  readonly expr: Expr;
  readonly type: DataType;
  /** Folds in the next batch (of the schema the aggregator was made for). */
  update(batch: RecordBatch): void;
  /** Folds in an aggregator of the same expression whose rows come after this one's. */
  merge(other: Aggregator): void;
  /** The value over every row folded in; null for zero rows (0 for count). */
  finish(): AggregateResult;
  /** The state as plain data for another thread (see Reduction.save); undefined when it cannot move. */
  save(): unknown;
  /** Replaces this fresh aggregator's state by one that `save` gave for the same expression. */
  load(state: unknown): void;
}

/** An aggregate per group. */
export interface GroupedAggregator {
  readonly expr: Expr;
  readonly type: DataType;
  /**
   * Folds in the next batch.
   * @param groupIds - the dense group id of each row of the batch (e.g. from GroupIndexer)
   * @param batch - the batch
   * @param groupCount - how many groups exist after this batch
   */
  update(groupIds: Int32Array, batch: RecordBatch, groupCount: number): void;
  /**
   * Folds in an aggregator of the same expression whose rows come after this one's.
   * @param other - the other aggregator
   * @param groupMap - this aggregator's group id for each of other's groups; omitted, the same ids
   */
  merge(other: GroupedAggregator, groupMap?: Int32Array): void;
  /** One value per group, in group id order: positions within the group, null for no value. */
  finish(): Data;
  /** The state as plain data for another thread (see Reduction.save); undefined when it cannot move. */
  save(): unknown;
  /** Replaces this fresh aggregator's state by one that `save` gave for the same expression. */
  load(state: unknown): void;
  /**
   * Groups a batch by its one integer key column and folds it in the same pass, when the
   * aggregate is one arg-reduction's positions over numbers without nulls and the keys are
   * integers without nulls in a direct-address table: `indexer.foldDirect` and
   * `GroupedArgExtreme.foldDirect` together.
   * @param indexer - the group-by's indexer, which gains the batch's new groups
   * @param key - the batch's key column
   * @param batch - the batch
   * @returns how many rows, from the first, were grouped and folded (0: take `assign` and `update`);
   *   the rest, if any, go through `assign` and `update`
   */
  assignAndUpdate?(indexer: GroupIndexer, key: Data, batch: RecordBatch): number;
}

/**
 * The aggregator of an expression over all rows.
 * @param expr - an aggregate expression, e.g. `col("fare").argmin()` or `col("a").sum().div(col("a").count())`
 * @param schema - the schema of the batches
 * @returns a fresh aggregator
 * @throws as `typeOf`; TypeError for a column outside an aggregate, a nested aggregate or an
 *   unsupported `get` index
 * @example
 * const agg = aggregateFor(col("fare").argmin(), table.schema);
 * for (const batch of table.batches) agg.update(batch);
 * agg.finish().value // 1n
 */
export function aggregateFor(expr: Expr, schema: Schema): Aggregator {
  return new AllRowsAggregator(new Core(expr, planAggregate(expr, schema)));
}

/**
 * The aggregator of an expression per group.
 * @param expr - an aggregate expression
 * @param schema - the schema of the batches
 * @returns a fresh grouped aggregator
 * @throws as {@link aggregateFor}
 * @example
 * const agg = groupedAggregateFor(col("fare").argmin(), table.schema);
 * agg.update(indexer.assign([keys]), batch, indexer.groupCount);
 * agg.finish(); // Int64, one row per group
 */
export function groupedAggregateFor(expr: Expr, schema: Schema): GroupedAggregator {
  return new PerGroupAggregator(new Core(expr, planAggregate(expr, schema)));
}

/** What both kinds of aggregator show of their core. */
abstract class CoreHolder {
  constructor(readonly core: Core) {}

  get expr(): Expr {
    return this.core.expr;
  }

  get type(): DataType {
    return this.core.plan.type;
  }

  save(): unknown {
    return this.core.save();
  }

  load(state: unknown): void {
    this.core.load(state);
  }
}

class AllRowsAggregator extends CoreHolder implements Aggregator {
  update(batch: RecordBatch): void {
    this.core.update(null, batch, 1);
  }

  merge(other: Aggregator): void {
    this.core.merge(other instanceof AllRowsAggregator ? other.core : undefined, null);
  }

  finish(): AggregateResult {
    const data = this.core.finish(1);
    // Read on demand: Arrow's reader can refuse values (a timestamp beyond 2^53 milliseconds).
    return {
      type: this.type,
      data,
      get value() {
        return makeVector(data).get(0);
      },
    };
  }
}

class PerGroupAggregator extends CoreHolder implements GroupedAggregator {
  update(groupIds: Int32Array, batch: RecordBatch, groupCount: number): void {
    if (groupIds.length !== batch.numRows) {
      throw new RangeError(`${groupIds.length} group ids for a batch of ${batch.numRows} rows: pass one group id per row`);
    }
    this.core.update(groupIds, batch, groupCount);
  }

  merge(other: GroupedAggregator, groupMap?: Int32Array): void {
    this.core.merge(other instanceof PerGroupAggregator ? other.core : undefined, groupMap ?? null);
  }

  finish(): Data {
    return this.core.finish(this.core.groups);
  }

  assignAndUpdate(indexer: GroupIndexer, key: Data, batch: RecordBatch): number {
    const calls = this.core.plan.calls;
    const winners = calls.length === 1 && calls[0].args.length === 1 ? (calls[0].reduction.directWinners?.() ?? null) : null;
    if (winners === null) return 0;
    const by = calls[0].args[0].evaluate(batch);
    if (!winners.foldsDirect(by)) return 0;
    const folded = winners.foldDirect(key, by, (fold) => indexer.foldDirect(key, fold), () => indexer.groupCount);
    this.core.groups = Math.max(this.core.groups, indexer.groupCount);
    return folded;
  }
}

/** The state shared by both kinds of aggregator: the plan's reductions and the group count. */
class Core {
  groups = 0;

  constructor(readonly expr: Expr, readonly plan: AggregatePlan) {}

  update(groupIds: Int32Array | null, batch: RecordBatch, groupCount: number): void {
    this.groups = Math.max(this.groups, groupCount);
    for (const call of this.plan.calls) {
      call.reduction.update(groupIds, call.args.map((arg) => arg.evaluate(batch)), groupCount);
    }
  }

  merge(other: Core | undefined, mapping: Int32Array | null): void {
    if (other === undefined || !equalsExpr(this.expr, other.expr)) {
      const what = other === undefined ? "an aggregator of another kind" : formatExpr(other.expr);
      throw new TypeError(`cannot merge ${what} into the aggregator of ${formatExpr(this.expr)}: merge aggregators of the same expression and kind`);
    }
    this.plan.calls.forEach((call, i) => call.reduction.merge(other.plan.calls[i].reduction, mapping));
    this.groups = groupsAfterMerge(mapping, other.groups, this.groups);
  }

  save(): unknown {
    const calls = this.plan.calls.map((call) => call.reduction.save());
    return calls.includes(undefined) ? undefined : { groups: this.groups, calls };
  }

  load(state: unknown): void {
    const saved = state as { groups: number; calls: unknown[] };
    this.groups = saved.groups;
    this.plan.calls.forEach((call, i) => call.reduction.load(saved.calls[i]));
  }

  finish(groupCount: number): Data {
    return this.plan.finish(this.plan.calls.map((call) => call.reduction.finish(groupCount)), groupCount);
  }
}
