import type { Data, DataType } from "apache-arrow";
import { GroupIndexer } from "../group-indexer.js";
import { grown } from "../grown.js";
import { isValidAt, validityOf } from "../validity.js";

/**
 * The build side of a hash join: the key of every build row, grouped by the grouping key tables,
 * and for each distinct key the build rows holding it, in build order. A row with a null in any
 * key column is kept out of every list, so null keys never match; NaN matches NaN and -0 matches
 * 0, as the key tables group them.
 * @example
 * const index = new JoinIndex([new Int32()]);
 * index.add([buildKeys]);
 * index.seal();
 * const ids = index.lookup([probeKeys], new Int32Array(probeKeys.length));
 * for (let m = index.start(ids[0]); m < index.end(ids[0]); m++) index.rows[m]; // a build row
 */
export class JoinIndex {
  private readonly indexer: GroupIndexer;
  private ids = new Int32Array(1024);
  private count = 0;
  /** Build rows grouped by key (each group in build order); valid once sealed. */
  rows = new Int32Array(0);
  /** Where each key's rows start in `rows`; one more entry marks the end. */
  private starts = new Int32Array(1);
  /**
   * When no key has more than one build row (a join on a unique key), the build row of each key,
   * -1 for none: the probe then reads a key's match in one step. Null otherwise; valid once sealed.
   */
  single: Int32Array | null = null;

  /** @param keyTypes - the types of the key columns, the same on both sides */
  constructor(keyTypes: readonly DataType[]) {
    this.indexer = new GroupIndexer(keyTypes, true);
  }

  /** Number of distinct keys; valid once sealed. */
  get keyCount(): number {
    return this.starts.length - 1;
  }

  /** Number of build rows added. */
  get size(): number {
    return this.count;
  }

  /** Adds the next build rows, given their key columns. */
  add(keys: readonly Data[]): void {
    const length = keys[0].length;
    this.ids = grown(this.ids, this.count + length);
    const ids = this.indexer.assign(keys, this.ids.subarray(this.count, this.count + length));
    for (const key of keys) {
      const bitmap = validityOf(key);
      if (bitmap === null) continue;
      for (let r = 0; r < length; r++) if (!isValidAt(bitmap, key.offset, r)) ids[r] = -1;
    }
    this.count += length;
  }

  /** Groups the build rows by key; called once, after the last `add`. */
  seal(): void {
    this.indexer.settle();
    const groups = this.indexer.groupCount;
    const starts = new Int32Array(groups + 1);
    for (let r = 0; r < this.count; r++) if (this.ids[r] >= 0) starts[this.ids[r] + 1]++;
    for (let g = 0; g < groups; g++) starts[g + 1] += starts[g];
    const next = starts.slice(0, groups);
    const rows = new Int32Array(starts[groups]);
    for (let r = 0; r < this.count; r++) if (this.ids[r] >= 0) rows[next[this.ids[r]]++] = r;
    this.rows = rows;
    this.starts = starts;
    this.ids = new Int32Array(0);
    this.single = singleRows(rows, starts);
  }

  /**
   * The key id of each probe row, -1 when no build row has its key.
   * @param keys - the probe rows' key columns
   * @param out - receives the ids (at least as long as the batch)
   */
  lookup(keys: readonly Data[], out: Int32Array): Int32Array {
    return this.indexer.lookup(keys, out);
  }

  /** Where the build rows of key `id` start in `rows` (an empty range for -1). */
  start(id: number): number {
    return id < 0 ? 0 : this.starts[id];
  }

  /** Where the build rows of key `id` end in `rows`. */
  end(id: number): number {
    return id < 0 ? 0 : this.starts[id + 1];
  }
}

/** Each key's build row (-1 for none) when no key has more than one, else null. */
function singleRows(rows: Int32Array, starts: Int32Array): Int32Array | null {
  const single = new Int32Array(starts.length - 1);
  for (let g = 0; g < single.length; g++) {
    const count = starts[g + 1] - starts[g];
    if (count > 1) return null;
    single[g] = count === 0 ? -1 : rows[starts[g]];
  }
  return single;
}
