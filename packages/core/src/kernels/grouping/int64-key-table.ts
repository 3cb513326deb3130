import type { Data } from "apache-arrow";
import type { NewGroup } from "../integer-key-table.js";
import { isValidAt } from "../validity.js";

/**
 * Group ids of one 64-bit integer column (Int64, UInt64) through an open-addressing hash table on
 * the keys' two 32-bit words: exact, and without a bigint per row. New keys and table growth are
 * handled outside the per-row loop ({@link lookupInt64}), when it stops at them.
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
   * @param newGroup - assigns the id of a new key (or of the null group), in row order; null to
   *   add no key (see {@link Int64KeyTable.lookup})
   */
  assign(column: Data, bitmap: Uint8Array | null, out: Int32Array, newGroup: NewGroup | null): void {
    const values = column.values as BigInt64Array | BigUint64Array;
    const words = new Int32Array(values.buffer, values.byteOffset, 2 * column.length);
    const { offset, length } = column;
    let r = 0;
    for (;;) {
      r = lookupInt64(words, bitmap, offset, r, length, this.entries, this.shift, this.nullId, out);
      if (r >= length) return;
      if (newGroup === null) out[r] = -1;
      else if (!isValidAt(bitmap, offset, r)) {
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

  /**
   * Writes the group id of every row of a batch without adding keys: a key never assigned (and
   * a null while nulls have no group) gets -1. Parameters as {@link Int64KeyTable.assign}.
   */
  lookup(column: Data, bitmap: Uint8Array | null, out: Int32Array): void {
    this.assign(column, bitmap, out, null);
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

/**
 * The per-row loop: looks up the group id of rows from `start` on and stops at the first row it
 * cannot answer (a key not in the table, or the first null while nulls have no group yet),
 * returning that row (or `end`).
 * @param words - the keys as 32-bit words, low word first (little-endian), two per row
 * @param bitmap - validity bitmap, or null when every key is valid
 * @param offset - bit offset of key 0 in `bitmap`
 * @param start - the first row to look up
 * @param end - one past the last row
 * @param entries - triples (low word, high word, id + 1), id + 1 = 0 marking an empty slot, in
 *   2^(32 − shift) slots; a key's first slot is the top bits of its hash
 * @param shift - see `entries`
 * @param nullId - the group of null keys, -1 while there is none
 * @param out - receives the group id of each row
 */
function lookupInt64(
  words: Int32Array,
  bitmap: Uint8Array | null,
  offset: number,
  start: number,
  end: number,
  entries: Int32Array,
  shift: number,
  nullId: number,
  out: Int32Array,
): number {
  const mask = (entries.length / 3 - 1) | 0;
  for (let r = start; r < end; r++) {
    if (!isValidAt(bitmap, offset, r)) {
      if (nullId < 0) return r;
      out[r] = nullId;
      continue;
    }
    const low = words[2 * r];
    const high = words[2 * r + 1];
    let slot = Math.imul(low ^ Math.imul(high, 0x85ebca6b), -1640531535) >>> shift;
    for (;;) {
      const id = entries[3 * slot + 2] - 1;
      if (id < 0) return r;
      if (entries[3 * slot] === low && entries[3 * slot + 1] === high) {
        out[r] = id;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return end;
}
