/**
 * nUnique as mergeable per-group state: the number of distinct values in each group, a null
 * counting as one value (as Polars' `n_unique`), NaN as one value, and -0 equal to 0 — the
 * key rules of group-by. Each group keeps its distinct values (one representative row each), so
 * a state merged after another adds only the values the other has not seen.
 */
import { type Data, type DataType, Int32, Int64 } from "apache-arrow";
import { GroupIndexer } from "../../../kernels/group-indexer.js";
import { grown } from "../../../kernels/grown.js";
import { take } from "../../../kernels/take.js";
import { make } from "../build.js";
import { groupsAfterMerge, idsOrZeros, type Reduction, sameKind, target } from "./reduction.js";

export class NUniqueReduction implements Reduction {
  readonly type: DataType = new Int64();
  private readonly pairs: GroupIndexer;
  private counts = new Float64Array(0);
  private groups = 0;
  /** The distinct (group, value) pairs seen, as chunks of representative rows. */
  private readonly kept: { groups: Int32Array; values: Data }[] = [];

  /** @param valueType - the type of the values counted */
  constructor(valueType: DataType) {
    this.pairs = new GroupIndexer([new Int32(), valueType]);
  }

  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void {
    const [x] = args;
    this.resize(groupCount);
    this.add(idsOrZeros(groupIds, x.length), x);
  }

  merge(other: Reduction, mapping: Int32Array | null): void {
    const that = sameKind(this, other);
    this.resize(groupsAfterMerge(mapping, that.groups, this.groups));
    for (const chunk of that.kept) this.add(chunk.groups.map((h) => target(mapping, h)), chunk.values);
  }

  save(): unknown {
    return { counts: this.counts, groups: this.groups, kept: this.kept };
  }

  load(state: unknown): void {
    const saved = state as { counts: Float64Array<ArrayBuffer>; groups: number; kept: { groups: Int32Array; values: Data }[] };
    ({ counts: this.counts, groups: this.groups } = saved);
    // The pairs' lookup table is rebuilt from the rows kept, one per pair, in their order.
    for (const chunk of saved.kept) {
      this.pairs.assign([make({ type: new Int32(), length: chunk.values.length, data: chunk.groups }), chunk.values]);
      this.kept.push(chunk);
    }
  }

  finish(groupCount: number): Data {
    const data = new BigInt64Array(groupCount);
    for (let g = 0; g < Math.min(groupCount, this.groups); g++) data[g] = BigInt(this.counts[g]);
    return make({ type: this.type, length: groupCount, data });
  }

  /** Counts the pairs of a chunk not seen before, and keeps one row of each. */
  private add(groupIds: Int32Array, values: Data): void {
    const owners = make({ type: new Int32(), length: values.length, data: groupIds });
    this.pairs.assign([owners, values]);
    const fresh = this.pairs.newGroupRows();
    if (fresh.length === 0) return;
    const groups = fresh.map((r) => groupIds[r]);
    for (const g of groups) this.counts[g]++;
    this.kept.push({ groups, values: take(values, fresh) });
  }

  private resize(groupCount: number): void {
    this.groups = Math.max(this.groups, groupCount);
    this.counts = grown(this.counts, this.groups);
  }
}
