import type { Data } from "apache-arrow";
import { specialise } from "../specialise.js";
import { type Int64Loop, lookupInt64 } from "./int64-key-loop.js";

/**
 * Assigns the group id of a key seen for the first time.
 * @param row - the row of the batch that shows it first
 * @param isNull - whether it is the null group
 */
export type NewInt64Group = (row: number, isNull: boolean) => number;

/**
 * Group ids of one 64-bit integer column (Int64, UInt64) through an open-addressing hash table on
 * the keys' two 32-bit words: exact, and without a bigint per row. New keys and table growth are
 * handled outside the per-row loop, when it stops at them.
 */
export class Int64KeyTable {
  private keyCount = 0;
  private nullId = -1;
  private entries = new Int32Array(3 << 4);
  private shift = 28;

  /**
   * Writes the group id of every row of a batch, assigning ids to keys seen for the first time.
   * @param column - the key column's chunk (values a BigInt64Array or BigUint64Array)
   * @param bitmap - its validity bitmap, or null when every key is valid
   * @param out - receives the id of each row
   * @param newGroup - assigns the id of a new key (or of the null group), in row order
   */
  assign(column: Data, bitmap: Uint8Array | null, out: Int32Array, newGroup: NewInt64Group): void {
    const values = column.values as BigInt64Array | BigUint64Array;
    const words = new Int32Array(values.buffer, values.byteOffset, 2 * column.length);
    const { offset, length } = column;
    let r = 0;
    for (;;) {
      r = lookup(words, bitmap, offset, r, length, this.entries, this.shift, this.nullId, out);
      if (r >= length) return;
      if (bitmap !== null && ((bitmap[(offset + r) >> 3] >> ((offset + r) & 7)) & 1) === 0) {
        this.nullId = newGroup(r, true);
        out[r] = this.nullId;
      } else {
        const id = newGroup(r, false);
        this.insert(words[2 * r], words[2 * r + 1], id);
        out[r] = id;
      }
      r++;
    }
  }

  private insert(low: number, high: number, id: number): void {
    this.keyCount++;
    if (2 * this.keyCount > this.entries.length / 3) this.rehash(4 * this.keyCount);
    this.put(low, high, id);
  }

  /** Rebuilds the table with room for at least `capacity` slots (a power of two). */
  private rehash(capacity: number): void {
    const old = this.entries;
    let bits = 4;
    while (1 << bits < capacity) bits++;
    this.entries = new Int32Array(3 << bits);
    this.shift = 32 - bits;
    for (let s = 0; s < old.length; s += 3) if (old[s + 2] > 0) this.put(old[s], old[s + 1], old[s + 2] - 1);
  }

  /** Puts a key and its id in the first free slot of its probe run (hash as in the loop). */
  private put(low: number, high: number, id: number): void {
    const entries = this.entries;
    const mask = entries.length / 3 - 1;
    let slot = Math.imul(low ^ Math.imul(high, 0x85ebca6b), -1640531535) >>> this.shift;
    while (entries[3 * slot + 2] !== 0) slot = (slot + 1) & mask;
    entries[3 * slot] = low;
    entries[3 * slot + 1] = high;
    entries[3 * slot + 2] = id + 1;
  }
}

const lookup: Int64Loop = specialise(lookupInt64, (f) => {
  const out = new Int32Array(1);
  if (f(Int32Array.of(1, 2), null, 0, 0, 1, new Int32Array(48), 28, -1, out) !== 0) throw new Error("specialised int64 lookup disagrees");
});
