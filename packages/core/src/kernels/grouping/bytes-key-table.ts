/**
 * Group ids of one variable-width key column (Utf8, Binary and their Large forms), looked up by
 * the keys' bytes: an open-addressing hash table over a hash of the bytes, each distinct key's
 * bytes kept once in an arena to confirm a match. No string is decoded per row; a key is decoded
 * (by the caller) only when it makes a new group.
 */
import { grown } from "../grown.js";
import type { NewGroup } from "../integer-key-table.js";
import { isValidAt } from "../validity.js";

export class BytesKeyTable {
  private nullId = -1;
  private count = 0;
  /** Slot → id + 1 (0 = empty). */
  private slots = new Int32Array(1024);
  /** Slot → the key's hash, so most mismatches are told without comparing bytes. */
  private hashes = new Int32Array(1024);
  /** Id → where the group's key starts in the arena; one more entry marks the end. */
  private starts = new Int32Array(1025);
  private arena = new Uint8Array(1 << 16);

  /**
   * Writes the group id of every row of a chunk, assigning ids to keys seen for the first time.
   * @param offsets - the chunk's value offsets, indexed from its first row
   * @param bytes - the chunk's value bytes
   * @param bitmap - validity bitmap, or null when every key is valid
   * @param offset - bit offset of row 0 in `bitmap`
   * @param length - number of rows
   * @param out - receives the id of each row
   * @param newGroup - assigns the id of a new key, or of the null group, given the row showing it
   */
  assign(
    offsets: Int32Array | BigInt64Array,
    bytes: Uint8Array,
    bitmap: Uint8Array | null,
    offset: number,
    length: number,
    out: Int32Array,
    newGroup: NewGroup,
  ): void {
    const at = offsets instanceof BigInt64Array ? Float64Array.from(offsets, Number) : offsets;
    for (let r = 0; r < length; r++) {
      if (!isValidAt(bitmap, offset, r)) {
        if (this.nullId < 0) {
          this.nullId = newGroup(r, true);
          this.record(this.nullId, new Uint8Array(0), 0, 0);
        }
        out[r] = this.nullId;
        continue;
      }
      const start = at[r];
      const end = at[r + 1];
      const hash = hashBytes(bytes, start, end);
      const slot = this.probe(hash, bytes, start, end);
      let id = this.slots[slot] - 1;
      if (id < 0) {
        id = newGroup(r, false);
        this.insert(id, hash, slot, bytes, start, end);
      }
      out[r] = id;
    }
  }

  /**
   * Writes the group id of every row of a chunk without adding keys: a key never assigned (and a
   * null while nulls have no group) gets -1. Parameters as {@link BytesKeyTable.assign}.
   */
  lookup(offsets: Int32Array | BigInt64Array, bytes: Uint8Array, bitmap: Uint8Array | null, offset: number, length: number, out: Int32Array): void {
    const at = offsets instanceof BigInt64Array ? Float64Array.from(offsets, Number) : offsets;
    for (let r = 0; r < length; r++) {
      if (!isValidAt(bitmap, offset, r)) {
        out[r] = this.nullId;
        continue;
      }
      const start = at[r];
      const end = at[r + 1];
      out[r] = this.slots[this.probe(hashBytes(bytes, start, end), bytes, start, end)] - 1;
    }
  }

  /** The slot holding the key, or the empty slot where its probe run ends. */
  private probe(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0 || (this.hashes[slot] === hash && this.sameKey(entry - 1, bytes, start, end))) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private sameKey(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.starts[id];
    if (this.starts[id + 1] - from !== end - start) return false;
    const arena = this.arena;
    for (let i = 0; i < end - start; i++) if (arena[from + i] !== bytes[start + i]) return false;
    return true;
  }

  /** Keeps a group's key bytes in the arena (the null group keeps none). */
  private record(id: number, bytes: Uint8Array, start: number, end: number): void {
    this.starts = grown(this.starts, id + 2);
    const from = this.starts[id];
    const size = end - start;
    this.arena = grown(this.arena, from + size);
    this.arena.set(bytes.subarray(start, end), from);
    this.starts[id + 1] = from + size;
  }

  /** Records a new key at the slot its probe ended on, growing what must grow. */
  private insert(id: number, hash: number, slot: number, bytes: Uint8Array, start: number, end: number): void {
    this.record(id, bytes, start, end);
    this.slots[slot] = id + 1;
    this.hashes[slot] = hash;
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Int32Array(oldSlots.length * 2);
    this.hashes = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let s = 0; s < oldSlots.length; s++) {
      if (oldSlots[s] === 0) continue;
      let slot = oldHashes[s] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = oldSlots[s];
      this.hashes[slot] = oldHashes[s];
    }
  }
}

/** FNV-1a over a key's bytes. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash;
}
