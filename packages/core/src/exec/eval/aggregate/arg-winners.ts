/**
 * The arg-reduction family as mergeable per-group state: argmin, argmax, nanargmin, nanargmax
 * (the output is the winner's Int64 position within its group), and minBy, maxBy, min, max and
 * get(argmin…) (the output is a value captured at the winning row). The running winners live in
 * one GroupedArgExtreme across batches, so a grouped batch costs one pass of its kernel; an
 * ungrouped batch is scanned by ArgExtremeAccumulator and its local winner offered to group 0.
 * Winners combine by the kernels' rule (that of mergeArgExtreme): NaN first unless skipped, then
 * value, then the earlier row — so ties keep the first row on every path.
 */
import { type Data, type DataType } from "apache-arrow";
import { ArgExtremeAccumulator } from "../../../kernels/aggregate/arg-extreme.js";
import { GroupedArgExtreme } from "../../../kernels/aggregate/grouped-arg-extreme.js";
import { indexData } from "../../../types/index-columns.js";
import { type ValueStore, valueStoreFor } from "../value-store.js";
import { type Reduction, sameKind } from "./reduction.js";

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
  private readonly payload: ValueStore | null;
  private readonly winners: GroupedArgExtreme;

  /**
   * @param byType - the type of the expression minimised or maximised
   * @param mode - argmax and/or NaN skipping
   * @param type - the output type: Int64 for positions, else the captured values' type
   * @param capture - whether the output is a captured value rather than the position
   */
  constructor(private readonly byType: DataType, private readonly mode: ArgMode, readonly type: DataType, capture: boolean) {
    this.winners = new GroupedArgExtreme(byType, mode);
    this.payload = capture ? valueStoreFor(type) : null;
  }

  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void {
    const [by, values = by] = args;
    if (groupIds === null) {
      const accumulator = new ArgExtremeAccumulator(this.byType, this.mode);
      accumulator.update(by);
      const local = accumulator.state;
      if (this.winners.offer(0, local, by.length)) this.payload?.set(0, values, local.index);
      return;
    }
    this.winners.update(groupIds, by, groupCount);
    const payload = this.payload;
    if (payload === null) return;
    for (const g of this.winners.changedGroups()) payload.set(g, values, this.winners.batchRowOf(g));
  }

  /** The winners, when the output is their positions (a captured value needs `update`'s changed groups). */
  directWinners(): GroupedArgExtreme | null {
    return this.payload === null ? this.winners : null;
  }

  merge(other: Reduction, mapping: Int32Array | null): void {
    const that = sameKind(this, other);
    this.winners.merge(that.winners, mapping, this.payload === null ? undefined : (g, h) => this.payload!.copy(g, that.payload!, h));
  }

  save(): unknown {
    if (this.payload === null) return { winners: this.winners.save(), payload: null };
    const payload = this.payload.save?.();
    return payload === undefined ? undefined : { winners: this.winners.save(), payload };
  }

  load(state: unknown): void {
    const saved = state as { winners: unknown; payload: unknown };
    this.winners.load(saved.winners);
    if (this.payload !== null) this.payload.load!(saved.payload);
  }

  finish(groupCount: number): Data {
    const positions = this.winners.finish(groupCount);
    return this.payload === null ? indexData(positions) : this.payload.finish(groupCount);
  }
}
