import { type Data, type DataType, Int64 } from "apache-arrow";
import { validityBits } from "../bitmaps.js";
import { valuesData } from "../build.js";
import { grown } from "../../../kernels/grown.js";
import { groupsAfterMerge, type Reduction, sameKind, target } from "./reduction.js";

/** count: the number of non-null values per group, Int64; 0 (never null) for a group of no rows. */
export class CountReduction implements Reduction {
  readonly type: DataType = new Int64();
  private counts = new Float64Array(0);
  private groups = 0;

  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void {
    const [x] = args;
    this.resize(groupCount);
    if (groupIds === null) {
      this.counts[0] += x.length - x.nullCount;
      return;
    }
    const counts = this.counts;
    const validity = validityBits(x);
    if (validity === null) {
      for (let r = 0; r < groupIds.length; r++) counts[groupIds[r]]++;
      return;
    }
    for (let r = 0; r < groupIds.length; r++) counts[groupIds[r]] += (validity[r >> 3] >> (r & 7)) & 1;
  }

  merge(other: Reduction, mapping: Int32Array | null): void {
    const that = sameKind(this, other);
    this.resize(groupsAfterMerge(mapping, that.groups, this.groups));
    for (let g = 0; g < that.groups; g++) this.counts[target(mapping, g)] += that.counts[g];
  }

  finish(groupCount: number): Data {
    const out = new BigInt64Array(groupCount);
    for (let g = 0; g < groupCount; g++) out[g] = BigInt(this.counts[g] ?? 0);
    return valuesData(this.type, groupCount, out, null);
  }

  save(): unknown {
    return { counts: this.counts, groups: this.groups };
  }

  load(state: unknown): void {
    ({ counts: this.counts, groups: this.groups } = state as { counts: Float64Array<ArrayBuffer>; groups: number });
  }

  private resize(groupCount: number): void {
    this.groups = Math.max(this.groups, groupCount);
    this.counts = grown(this.counts, this.groups);
  }
}
