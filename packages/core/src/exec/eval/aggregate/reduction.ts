/**
 * The mergeable partial state every aggregate keeps (as DataFusion's Accumulator and Polars'
 * GroupedReduction): per group, folded batch by batch, merged with a partial state computed over
 * later rows elsewhere, and finished into one value per group. Ungrouped aggregation is the case
 * of one group, passed as `groupIds === null` so reductions can take a faster path.
 */
import type { Data, DataType } from "apache-arrow";
import type { GroupedArgExtreme } from "../../../kernels/aggregate/grouped-arg-extreme.js";

/** The partial state of one aggregate function over its evaluated arguments. */
export interface Reduction {
  /** The output type. */
  readonly type: DataType;
  /**
   * Folds in one batch.
   * @param groupIds - the group of each row, or null when every row is in group 0
   * @param args - the function's evaluated arguments, one value per row each
   * @param groupCount - how many groups exist so far (every id is below it)
   */
  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void;
  /**
   * Folds in another state of the same function whose rows come after this one's rows (merge is
   * concatenation: associative, not commutative, so positions and first/last stay right).
   * @param other - a reduction made by the same factory for the same expression
   * @param mapping - this state's group for each of `other`'s groups; null for the same ids
   */
  merge(other: Reduction, mapping: Int32Array | null): void;
  /** One value per group 0 … groupCount-1; a group that saw no rows gets the empty result. */
  finish(groupCount: number): Data;
  /**
   * The state as plain data (numbers, bigints, strings, typed arrays, Arrow Data, and arrays and
   * plain objects of them) that can be posted to another thread, where `load` restores it into a
   * reduction made for the same expression; undefined when the state holds values that cannot
   * move (dictionary-encoded values).
   */
  save(): unknown;
  /** Replaces this (fresh) state by one that `save` gave. */
  load(state: unknown): void;
  /**
   * The per-group winners a batch may be folded into with the group lookup fused in (see
   * GroupedArgExtreme.foldDirect), when the whole state is those winners; absent or null otherwise.
   */
  directWinners?(): GroupedArgExtreme | null;
}

let zeros = new Int32Array(0);

/** The group ids of a batch: the given ones, or all zeros (a shared, read-only array) for none. */
export function idsOrZeros(groupIds: Int32Array | null, rows: number): Int32Array {
  if (groupIds !== null) return groupIds;
  if (zeros.length < rows) zeros = new Int32Array(Math.max(rows, zeros.length * 2));
  return zeros.subarray(0, rows);
}

/** Other's group g in this state's ids. */
export function target(mapping: Int32Array | null, g: number): number {
  return mapping === null ? g : mapping[g];
}

/** How many groups a merge needs room for. */
export function groupsAfterMerge(mapping: Int32Array | null, otherGroups: number, groups: number): number {
  let most = groups;
  for (let g = 0; g < otherGroups; g++) most = Math.max(most, target(mapping, g) + 1);
  return most;
}

/** Throws unless `other` is a reduction of the same class as `self`. */
export function sameKind<T extends Reduction>(self: T, other: Reduction): T {
  if (other.constructor !== self.constructor) {
    throw new TypeError(`cannot merge a ${other.constructor.name} into a ${self.constructor.name}: merge states of the same aggregate expression`);
  }
  return other as T;
}
