/**
 * Top-k aggregates as mergeable per-group state: `argminK(k)` / `argmaxK(k)` (the positions
 * within the group of the k first rows in order of value) and `bottomK(k)` / `topK(k)` (those
 * rows' values). Nulls never take part. Ties go to the earlier row. `argminK` and `argmaxK`
 * follow argmin's NaN rule — NaN comes first, so `argminK(1)` is `[argmin]` — while `bottomK` and
 * `topK` order NaN as the largest value, as sort does.
 *
 * Each group keeps at most k candidates in a bounded heap whose root is the worst of them; their
 * values live in one chunk, rebuilt from the candidates and the next batch (or the merged state)
 * at each step, so a stream holds O(groups × k) values whatever its length.
 */
import { type Data, type DataType, Field, Int64, List } from "apache-arrow";
import { concatData } from "../../../kernels/concat.js";
import { grown } from "../../../kernels/grown.js";
import { take } from "../../../kernels/take.js";
import { isValidAt, validityOf } from "../../../kernels/validity.js";
import { make, nullData } from "../build.js";
import { type TopKMode, topKOrder } from "./top-k-order.js";
import { groupsAfterMerge, idsOrZeros, type Reduction, sameKind, target } from "./reduction.js";

export type { TopKMode };

/** The k best rows of each group; the output is a List of positions (Int64) or of values. */
export class TopK implements Reduction {
  readonly type: DataType;
  private groups = 0;
  /** Rows seen per group, nulls included: the next row's position within its group. */
  private seen = new Float64Array(0);
  /** The candidates: their values (one chunk, offset 0), groups and positions within the group. */
  private values: Data | null = null;
  private owners = new Int32Array(0);
  private positions = new Float64Array(0);

  /**
   * @param valueType - the type of the values ranked
   * @param k - how many rows each group keeps (at least 1)
   * @param mode - the order, and whether the output is positions or values
   */
  constructor(private readonly valueType: DataType, private readonly k: number, private readonly mode: TopKMode) {
    const item = mode.positions ? new Int64() : valueType;
    this.type = new List(new Field("item", item, true));
  }

  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void {
    const [x] = args;
    const ids = idsOrZeros(groupIds, x.length);
    this.resize(groupCount);
    const bitmap = validityOf(x);
    const rows: number[] = [];
    const owners: number[] = [];
    const positions: number[] = [];
    for (let r = 0; r < x.length; r++) {
      const g = ids[r];
      const p = this.seen[g]++;
      if (!isValidAt(bitmap, x.offset, r)) continue;
      rows.push(r);
      owners.push(g);
      positions.push(p);
    }
    this.select(x.length === rows.length ? x : take(x, Int32Array.from(rows)), owners, positions);
  }

  save(): unknown {
    const { groups, seen, values, owners, positions } = this;
    return { groups, seen, values, owners, positions };
  }

  load(state: unknown): void {
    const saved = state as { groups: number; seen: Float64Array<ArrayBuffer>; values: Data | null; owners: Int32Array<ArrayBuffer>; positions: Float64Array<ArrayBuffer> };
    ({ groups: this.groups, seen: this.seen, values: this.values, owners: this.owners, positions: this.positions } = saved);
  }

  merge(other: Reduction, mapping: Int32Array | null): void {
    const that = sameKind(this, other);
    this.resize(groupsAfterMerge(mapping, that.groups, this.groups));
    const owners: number[] = [];
    const positions: number[] = [];
    for (let i = 0; i < that.owners.length; i++) {
      const g = target(mapping, that.owners[i]);
      owners.push(g);
      positions.push(this.seen[g] + that.positions[i]);
    }
    for (let h = 0; h < that.groups; h++) this.seen[target(mapping, h)] += that.seen[h];
    if (that.values !== null) this.select(that.values, owners, positions);
  }

  finish(groupCount: number): Data {
    const perGroup: number[][] = Array.from({ length: groupCount }, () => []);
    for (let i = 0; i < this.owners.length; i++) if (this.owners[i] < groupCount) perGroup[this.owners[i]].push(i);
    const before = this.before();
    const order: number[] = [];
    const offsets = new Int32Array(groupCount + 1);
    const validity = new Uint8Array((groupCount + 7) >> 3);
    let nulls = 0;
    perGroup.forEach((candidates, g) => {
      candidates.sort((i, j) => (before(i, j) ? -1 : before(j, i) ? 1 : 0));
      order.push(...candidates);
      offsets[g + 1] = order.length;
      if (candidates.length > 0) validity[g >> 3] |= 1 << (g & 7);
      else nulls++;
    });
    const child = this.mode.positions
      ? make({ type: new Int64(), length: order.length, data: BigInt64Array.from(order, (i) => BigInt(this.positions[i])) })
      : take(this.values ?? nullData(this.valueType, 0), Int32Array.from(order));
    return make({ type: this.type, length: groupCount, nullCount: nulls, nullBitmap: nulls > 0 ? validity : null, valueOffsets: offsets, child });
  }

  /**
   * Keeps, per group, the k best of the current candidates and the new ones (which come after).
   * @param incoming - the new candidates' values, all valid
   * @param owners - each new candidate's group
   * @param positions - each new candidate's position within its group
   */
  private select(incoming: Data, owners: readonly number[], positions: readonly number[]): void {
    const kept = this.owners.length;
    const values = this.values === null ? incoming : concatData(this.valueType, [this.values, incoming]);
    const allOwners = [...this.owners, ...owners];
    const allPositions = [...this.positions, ...positions];
    const before = this.before(values, allPositions);
    const heaps = new Map<number, number[]>();
    for (let i = 0; i < kept + owners.length; i++) {
      let heap = heaps.get(allOwners[i]);
      if (heap === undefined) heaps.set(allOwners[i], (heap = []));
      offer(heap, i, this.k, before);
    }
    const chosen = Int32Array.from([...heaps.values()].flat());
    this.values = take(values, chosen);
    this.owners = Int32Array.from(chosen, (i) => allOwners[i]);
    this.positions = Float64Array.from(chosen, (i) => allPositions[i]);
  }

  /** Whether candidate i comes before candidate j: by value in the mode's order, then position. */
  private before(values: Data | null = this.values, positions: ArrayLike<number> = this.positions): (i: number, j: number) => boolean {
    if (values === null) return () => false;
    const compare = topKOrder(values, this.mode);
    return (i, j) => {
      const c = compare(i, j);
      return c < 0 || (c === 0 && positions[i] < positions[j]);
    };
  }

  private resize(groupCount: number): void {
    this.groups = Math.max(this.groups, groupCount);
    this.seen = grown(this.seen, this.groups);
  }
}

/**
 * Offers a candidate to a bounded heap whose root is its worst entry: it joins while there is
 * room, and otherwise replaces the root when it comes before it.
 */
function offer(heap: number[], candidate: number, k: number, before: (i: number, j: number) => boolean): void {
  const worse = (i: number, j: number) => before(heap[j], heap[i]);
  if (heap.length < k) {
    heap.push(candidate);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
    return;
  }
  if (!before(candidate, heap[0])) return;
  heap[0] = candidate;
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let worst = i;
    if (l < heap.length && worse(l, worst)) worst = l;
    if (r < heap.length && worse(r, worst)) worst = r;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst], heap[i]];
    i = worst;
  }
}
