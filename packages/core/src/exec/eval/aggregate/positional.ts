/**
 * first, last and get(lit(k)): the value at a fixed position of each group's rows — first is
 * position 0, last is position -1 (from the end), get(lit(k)) position k. The value is the row's
 * own, null included: first is the first row's value even when it is null, as in Polars (use
 * `.fillNull` or a filter to skip nulls). A position outside the group's rows gives null.
 *
 * Batches are not kept: a group keeps a window of values, its first k+1 rows for position k ≥ 0,
 * its last -k rows (a ring) for position k < 0, enough to merge with the rows of another state.
 */
import type { Data, DataType } from "apache-arrow";
import { type ValueStore, valueStoreFor } from "../value-store.js";
import { grown } from "../../../kernels/grown.js";
import { groupsAfterMerge, type Reduction, sameKind, target } from "./reduction.js";

export class Positional implements Reduction {
  private readonly store: ValueStore;
  /** Values kept per group. */
  private readonly width: number;
  private groups = 0;
  private counts = new Float64Array(0);
  /** Per group, the batch number in which `taken` was last reset (the tail's backward walk). */
  private stamps = new Int32Array(0);
  private taken = new Int32Array(0);
  private batches = 0;

  /**
   * @param type - the values' type (and the output type)
   * @param position - k ≥ 0 for the k-th row, k < 0 for the -k-th row from the end
   */
  constructor(readonly type: DataType, private readonly position: number) {
    this.store = valueStoreFor(type);
    this.width = position >= 0 ? position + 1 : -position;
  }

  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void {
    const [x] = args;
    this.resize(groupCount);
    const head = this.position >= 0;
    if (groupIds === null) {
      const before = this.counts[0];
      const from = head ? 0 : Math.max(0, x.length - this.width);
      const to = head ? Math.min(x.length, this.width - before) : x.length;
      for (let r = from; r < to; r++) this.store.set(this.slot(0, before + r), x, r);
      this.counts[0] += x.length;
    } else if (head) {
      for (let r = 0; r < groupIds.length; r++) {
        const g = groupIds[r];
        const p = this.counts[g]++;
        if (p < this.width) this.store.set(this.slot(g, p), x, r);
      }
    } else {
      this.updateTails(groupIds, x);
    }
  }

  merge(other: Reduction, mapping: Int32Array | null): void {
    const that = sameKind(this, other);
    this.resize(groupsAfterMerge(mapping, that.groups, this.groups));
    for (let h = 0; h < that.groups; h++) {
      const g = target(mapping, h);
      const before = this.counts[g];
      const total = before + that.counts[h];
      // The positions this group must keep after the merge that only `that` holds.
      const from = this.position >= 0 ? before : Math.max(before, total - this.width);
      const to = this.position >= 0 ? Math.min(total, this.width) : total;
      for (let p = from; p < to; p++) this.store.copy(this.slot(g, p), that.store, that.slot(h, p - before));
      this.counts[g] = total;
    }
  }

  finish(groupCount: number): Data {
    const out = valueStoreFor(this.type);
    for (let g = 0; g < Math.min(groupCount, this.groups); g++) {
      const total = this.counts[g];
      const p = this.position >= 0 ? this.position : total + this.position;
      if (p >= 0 && p < total) out.copy(g, this.store, this.slot(g, p));
    }
    return out.finish(groupCount);
  }

  save(): unknown {
    const store = this.store.save?.();
    if (store === undefined) return undefined;
    const { groups, counts, stamps, taken, batches } = this;
    return { store, groups, counts, stamps, taken, batches };
  }

  load(state: unknown): void {
    const saved = state as { store: unknown; groups: number; counts: Float64Array<ArrayBuffer>; stamps: Int32Array<ArrayBuffer>; taken: Int32Array<ArrayBuffer>; batches: number };
    this.store.load!(saved.store);
    ({ groups: this.groups, counts: this.counts, stamps: this.stamps, taken: this.taken, batches: this.batches } = saved);
  }

  /** Where group g keeps the value of its row at position p. */
  private slot(g: number, p: number): number {
    return g * this.width + (this.position >= 0 ? p : p % this.width);
  }

  /** Counts every row first, then walks back from the end taking each group's last rows. */
  private updateTails(groupIds: Int32Array, x: Data): void {
    const batch = ++this.batches;
    for (let r = 0; r < groupIds.length; r++) this.counts[groupIds[r]]++;
    for (let r = groupIds.length - 1; r >= 0; r--) {
      const g = groupIds[r];
      if (this.stamps[g] !== batch) (this.stamps[g] = batch), (this.taken[g] = 0);
      if (this.taken[g] === this.width) continue;
      this.store.set(this.slot(g, this.counts[g] - 1 - this.taken[g]++), x, r);
    }
  }

  private resize(groupCount: number): void {
    this.groups = Math.max(this.groups, groupCount);
    this.counts = grown(this.counts, this.groups);
    this.stamps = grown(this.stamps, this.groups);
    this.taken = grown(this.taken, this.groups);
  }
}
