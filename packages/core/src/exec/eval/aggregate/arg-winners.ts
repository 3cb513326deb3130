/**
 * The arg-reduction family as mergeable per-group state: argmin, argmax, nanargmin, nanargmax
 * (the output is the winner's Int64 position within its group), and minBy, maxBy, min, max and
 * get(argmin…) (the output is a value captured at the winning row). Each batch is scanned by the
 * kernels (ArgExtremeAccumulator ungrouped, GroupedArgExtreme grouped), and its local winners are
 * merged into the running state by the kernels' rule (that of mergeArgExtreme): NaN first unless
 * skipped, then value, then the earlier row — so ties keep the first row on every path.
 */
import { type Data, type DataType, Type } from "apache-arrow";
import { ALL_NAN_SLICE, ValueError } from "../../../errors.js";
import { type ArgExtremeState, ArgExtremeAccumulator, EMPTY_STATE } from "../../../kernels/aggregate/arg-extreme.js";
import { GroupedArgExtreme } from "../../../kernels/aggregate/grouped-arg-extreme.js";
import { type ArgKernel, argKernelFor } from "../../../kernels/arg-kernel.js";
import { compareScalars, isNaNScalar, type Scalar } from "../../../kernels/scalar.js";
import { indexData } from "../../../types/index-columns.js";
import { validityBits } from "../bitmaps.js";
import { isFloatType } from "../numbers.js";
import { type ValueStore, valueStoreFor } from "../value-store.js";
import { type BatchGroups, BatchGrouper } from "./batch-groups.js";
import { grown, groupsAfterMerge, type Reduction, sameKind, target } from "./reduction.js";

/**
 * The kernel runs on global group ids while a batch has this many rows per group or more; its
 * per-group results then cost little next to the rows. With more groups, the batch's own groups
 * are renumbered first (measured: 16 balances the two at 1,000 and 30,000 groups).
 */
const DIRECT_RATIO = 16;

/** Which extreme, and whether NaN is skipped. */
export interface ArgMode {
  readonly max: boolean;
  readonly skipNaN: boolean;
}

/**
 * Per-group winners. `update` takes `[by]` (the winner's position is the output) or
 * `[by, values]` (the value at the winning row is the output).
 */
export class ArgWinners implements Reduction {
  private readonly kernel: ArgKernel;
  private readonly payload: ValueStore | null;
  private readonly grouper = new BatchGrouper();
  private groups = 0;
  /** Rows of each group so far: the next row's position within the group. */
  private counts = new Float64Array(0);
  private positions = new Float64Array(0);
  private nan = new Uint8Array(0);
  private sawNaN = new Uint8Array(0);
  private keys: (Scalar | null)[] = [];

  /**
   * @param byType - the type of the expression minimised or maximised
   * @param mode - argmax and/or NaN skipping
   * @param type - the output type: Int64 for positions, else the captured values' type
   * @param capture - whether the output is a captured value rather than the position
   */
  constructor(private readonly byType: DataType, private readonly mode: ArgMode, readonly type: DataType, capture: boolean) {
    this.kernel = argKernelFor(byType);
    this.payload = capture ? valueStoreFor(type) : null;
  }

  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void {
    const [by, values = by] = args;
    this.resize(groupCount);
    // A Null-typed column has no value to win; its Data carries no bitmap the kernels could read.
    if (this.byType.typeId === Type.Null) {
      if (groupIds === null) this.counts[0] += by.length;
      else for (let r = 0; r < groupIds.length; r++) this.counts[groupIds[r]]++;
    } else if (groupIds === null) {
      const accumulator = new ArgExtremeAccumulator(this.byType, this.mode);
      accumulator.update(by);
      const local = accumulator.state;
      if (this.offer(0, local.index < 0 ? local : { ...local, index: this.counts[0] + local.index })) {
        this.payload?.set(0, values, local.index);
      }
      this.counts[0] += by.length;
    } else if (groupCount * DIRECT_RATIO > groupIds.length || !this.updateDirect(groupIds, by, values, groupCount)) {
      this.updateGroups(this.grouper.split(groupIds, groupCount), by, values);
    }
  }

  merge(other: Reduction, mapping: Int32Array | null): void {
    const that = sameKind(this, other);
    this.resize(groupsAfterMerge(mapping, that.groups, this.groups));
    for (let h = 0; h < that.groups; h++) {
      const g = target(mapping, h);
      const state = that.stateOf(h);
      if (this.offer(g, state.index < 0 ? state : { ...state, index: this.counts[g] + state.index })) {
        this.payload?.copy(g, that.payload!, h);
      }
      this.counts[g] += that.counts[h];
    }
  }

  finish(groupCount: number): Data {
    const positions = Array.from({ length: groupCount }, (_, g) => {
      const p = g < this.groups ? this.positions[g] : -1;
      if (p < 0 && this.mode.skipNaN && this.sawNaN[g] === 1) throw new ValueError(ALL_NAN_SLICE);
      return p < 0 ? null : p;
    });
    return this.payload === null ? indexData(positions) : this.payload.finish(groupCount);
  }

  /**
   * The fast path while groups are few next to the batch's rows: the kernel runs on the global
   * ids and its finish() gives each winner's position among its group's rows of the batch.
   * @returns false, having changed nothing, when the kernel met a group of NaN only while
   *   skipping NaN (its finish() throws); the caller then takes the general path
   */
  private updateDirect(groupIds: Int32Array, by: Data, values: Data, groupCount: number): boolean {
    const scan = new GroupedArgExtreme(this.byType, this.mode);
    scan.update(groupIds, by, groupCount);
    let positions: (number | null)[];
    try {
      positions = scan.finish();
    } catch (error) {
      if (error instanceof ValueError) return false;
      throw error;
    }
    const rows = scan.winnerRows();
    for (let g = 0; g < positions.length; g++) {
      const w = rows[g];
      if (w === null) continue;
      const value = this.kernel.read(by, w);
      const isNaN = isNaNScalar(value);
      const candidate = { index: this.counts[g] + positions[g]!, value: isNaN ? null : value, isNaN, sawNaN: isNaN };
      if (this.offer(g, candidate)) this.payload?.set(g, values, w);
    }
    const counts = this.counts;
    for (let r = 0; r < groupIds.length; r++) counts[groupIds[r]]++;
    return true;
  }

  private updateGroups(batch: BatchGroups, by: Data, values: Data): void {
    const scan = new GroupedArgExtreme(this.byType, this.mode);
    scan.update(batch.localIds, by, batch.count);
    const winners = scan.winnerRows();
    const nanSeen = this.mode.skipNaN ? this.nanPerGroup(batch, by) : null;
    for (let l = 0; l < batch.count; l++) {
      const g = batch.globalIds[l];
      const w = winners[l];
      let candidate: ArgExtremeState = nanSeen?.[l] === 1 ? { ...EMPTY_STATE, sawNaN: true } : EMPTY_STATE;
      if (w !== null) {
        const value = this.kernel.read(by, w);
        const isNaN = isNaNScalar(value);
        candidate = { index: this.counts[g] + batch.positions[w], value: isNaN ? null : value, isNaN, sawNaN: isNaN || candidate.sawNaN };
      }
      if (this.offer(g, candidate)) this.payload?.set(g, values, w!);
      this.counts[g] += batch.sizes[l];
    }
  }

  /** Which of the batch's groups met a NaN (the kernel skips them without saying so). */
  private nanPerGroup(batch: BatchGroups, by: Data): Uint8Array | null {
    const valueType = by.typeId === Type.Dictionary ? (by.type as unknown as { dictionary: DataType }).dictionary : by.type;
    if (!isFloatType(valueType)) return null;
    const seen = new Uint8Array(batch.count);
    const validity = validityBits(by);
    for (let r = 0; r < by.length; r++) {
      if (validity !== null && ((validity[r >> 3] >> (r & 7)) & 1) === 0) continue;
      if (isNaNScalar(this.kernel.read(by, r))) seen[batch.localIds[r]] = 1;
    }
    return seen;
  }

  /**
   * Merges a candidate into group g by the kernels' rule (mergeArgExtreme's): a propagating NaN
   * beats every value, then the smaller value (larger for max) wins, then the earlier row. A
   * candidate always comes from rows after the current winner's, so on a tie the current stays.
   * @returns true when the candidate became the winner
   */
  private offer(g: number, candidate: ArgExtremeState): boolean {
    if (candidate.sawNaN) this.sawNaN[g] = 1;
    if (candidate.index < 0) return false;
    const current = this.positions[g];
    if (current >= 0) {
      if (this.nan[g] === 1) return false;
      if (!candidate.isNaN && (this.mode.max ? -1 : 1) * compareScalars(candidate.value!, this.keys[g]!) >= 0) return false;
    }
    this.positions[g] = candidate.index;
    this.nan[g] = candidate.isNaN ? 1 : 0;
    this.keys[g] = candidate.value;
    return true;
  }

  private stateOf(g: number): ArgExtremeState {
    return { index: this.positions[g], value: this.keys[g] ?? null, isNaN: this.nan[g] === 1, sawNaN: this.sawNaN[g] === 1 };
  }

  private resize(groupCount: number): void {
    this.groups = Math.max(this.groups, groupCount);
    this.counts = grown(this.counts, this.groups);
    this.positions = grown(this.positions, this.groups, -1);
    this.nan = grown(this.nan, this.groups);
    this.sawNaN = grown(this.sawNaN, this.groups);
  }
}
