import { perArrayClass, specialise } from "./specialise.js";
import { isValidAt } from "./validity.js";
import {
  type DirectLoop,
  type HashedLoop,
  lookupDirect,
  lookupHashed,
  lookupValidDirect,
  type ValidDirectLoop,
} from "./grouping/integer-key-loops.js";

/** The widest key range a direct-address table may span (16 MiB of slots). */
const MAX_SPAN = 1 << 22;
/** A direct table may always span this many keys, however few groups it holds. */
const MIN_SPAN = 1 << 16;
/** Beyond MIN_SPAN, a direct table may span this many keys per group. */
const SPAN_PER_GROUP = 8;

/**
 * Assigns the group id of a key seen for the first time; the key tables share this callback.
 * @param row - the row of the batch that shows it first
 * @param isNull - whether it is the null group
 */
export type NewGroup = (row: number, isNull: boolean) => number;

/**
 * A loop that looks rows up in a direct-address table itself (`slots[key − base]` = id + 1, 0 for
 * a key not seen) and folds them: it takes rows from `start` on and returns the first row whose
 * key is missing from the table, or the batch's length.
 */
export type DirectFold = (start: number, slots: Int32Array, base: number) => number;

/**
 * Group ids of one integer key column (integers of at most 32 bits). Keys are looked up in a
 * direct-address table (key − base → id + 1) while they span a range that is small, or dense
 * enough for their number; past that, in an open-addressing hash table on the keys' 32-bit
 * patterns. Either way the per-row loop reads typed arrays only; new keys and table growth are
 * handled outside it, when the loop stops at them.
 */
export class IntegerKeyTable {
  private keyCount = 0;
  private nullId = -1;
  /** The direct table, null once the keys moved to the hash table. */
  private slots: Int32Array | null = new Int32Array(0);
  private base = 0;
  private entries = new Int32Array(2 << 4);
  private shift = 28;
  /** Whether the keys are expected to be mostly distinct (see `expectDistinctKeys`). */
  private distinctKeys = false;

  /**
   * Tells the table that most keys will be distinct (a join's build side): the first batch then
   * sizes the direct table to its key range when that range is dense, see `presize`.
   */
  expectDistinctKeys(): void {
    this.distinctKeys = true;
  }

  /**
   * Writes the group id of every row of a batch, assigning ids to keys seen for the first time.
   * @param keys - the key values, indexed from 0
   * @param bitmap - validity bitmap, or null when every key is valid
   * @param offset - bit offset of key 0 in `bitmap`
   * @param length - number of rows
   * @param out - receives the id of each row
   * @param newGroup - assigns the id of a new key (or of the null group), in row order
   */
  assign(keys: ArrayLike<number>, bitmap: Uint8Array | null, offset: number, length: number, out: Int32Array, newGroup: NewGroup): void {
    const loops = loopsFor(keys);
    if (this.distinctKeys && this.keyCount === 0 && this.slots !== null && bitmap === null) this.presize(keys, length);
    let r = 0;
    for (;;) {
      const slots = this.slots;
      if (slots === null) r = loops.hashed(keys, bitmap, offset, r, length, this.entries, this.shift, this.nullId, out);
      else if (bitmap === null) r = loops.validDirect(keys, r, length, slots, this.base, out);
      else r = loops.direct(keys, bitmap, offset, r, length, slots, this.base, this.nullId, out);
      if (r >= length) return;
      if (!isValidAt(bitmap, offset, r)) {
        this.nullId = newGroup(r, true);
        out[r] = this.nullId;
      } else {
        const id = newGroup(r, false);
        this.insert(keys[r], id);
        out[r] = id;
      }
      r++;
    }
  }

  /**
   * Writes the group id of every row of a batch without adding keys: a key never assigned (and
   * a null while nulls have no group) gets -1. Parameters as {@link IntegerKeyTable.assign}.
   */
  lookup(keys: ArrayLike<number>, bitmap: Uint8Array | null, offset: number, length: number, out: Int32Array): void {
    const loops = loopsFor(keys);
    const slots = this.slots;
    let r = 0;
    for (;;) {
      if (slots === null) r = loops.hashed(keys, bitmap, offset, r, length, this.entries, this.shift, this.nullId, out);
      else if (bitmap === null) r = loops.validDirect(keys, r, length, slots, this.base, out);
      else r = loops.direct(keys, bitmap, offset, r, length, slots, this.base, this.nullId, out);
      if (r >= length) return;
      out[r++] = -1;
    }
  }

  /**
   * Groups a batch of keys without nulls through a loop that reads the direct table itself, so
   * lookup and aggregation are one pass: each time `fold` stops at a key seen for the first time,
   * the key gets its id (`newGroup`) and `fold` resumes at its row.
   * @returns the row from which the keys must be assigned otherwise (the table left direct
   *   addressing for hashing), or `length` when every row went through `fold`
   */
  foldDirect(keys: ArrayLike<number>, length: number, newGroup: NewGroup, fold: DirectFold): number {
    let r = 0;
    while (this.slots !== null) {
      r = fold(r, this.slots, this.base);
      if (r >= length) return length;
      this.insert(keys[r], newGroup(r, false));
    }
    return r;
  }

  /**
   * Moves the keys back to a direct-address table when, all of them added, they span a range
   * small enough for their number: the hash table is chosen while few keys have been seen, so a
   * table filled once and then only looked up (a join's build side) may gain from the move.
   * @param unsigned - whether the keys are Uint32 (a negative 32-bit pattern is a key ≥ 2^31)
   */
  settle(unsigned: boolean): void {
    if (this.slots !== null || this.keyCount === 0) return;
    const entries = this.entries;
    // A key's value from its 32-bit pattern: Uint32 keys past 2^31 have negative patterns.
    const lift = unsigned ? 4294967296 : 0;
    let low = Infinity;
    let high = -Infinity;
    for (let s = 0; s < entries.length; s += 2) {
      if (entries[s + 1] === 0) continue;
      const key = entries[s] < 0 ? entries[s] + lift : entries[s];
      if (key < low) low = key;
      if (key > high) high = key;
    }
    if (high - low + 1 > spanLimit(this.keyCount)) return;
    const slots = new Int32Array(high - low + 1);
    for (let s = 0; s < entries.length; s += 2) {
      if (entries[s + 1] !== 0) slots[(entries[s] < 0 ? entries[s] + lift : entries[s]) - low] = entries[s + 1];
    }
    this.slots = slots;
    this.base = low;
    this.entries = new Int32Array(2 << 4);
    this.shift = 28;
  }

  /**
   * Sizes the empty direct table to the first batch's key range when that range is dense
   * (at most two slots per row): a batch of many new keys (a join's build side) then fills the
   * table in place, never growing it, hashing its keys or moving them back.
   */
  private presize(keys: ArrayLike<number>, length: number): void {
    let low = Infinity;
    let high = -Infinity;
    for (let r = 0; r < length; r++) {
      const key = keys[r];
      if (key < low) low = key;
      if (key > high) high = key;
    }
    if (length === 0 || high - low + 1 > Math.min(MAX_SPAN, Math.max(MIN_SPAN, 2 * length))) return;
    this.slots = new Int32Array(high - low + 1);
    this.base = low;
  }

  /** Adds a key not in the table. */
  private insert(key: number, id: number): void {
    this.keyCount++;
    if (this.slots !== null && this.makeRoom(key)) {
      this.slots[key - this.base] = id + 1;
      return;
    }
    if (2 * this.keyCount > this.entries.length >> 1) this.rehash(4 * this.keyCount);
    this.put(key, id);
  }

  /** Widens the direct table to cover `key`; false (after moving every key to the hash table) when it may not. */
  private makeRoom(key: number): boolean {
    const slots = this.slots!;
    const size = slots.length;
    if (key >= this.base && key < this.base + size) return true;
    const low = size === 0 ? key : Math.min(key, this.base);
    const high = size === 0 ? key : Math.max(key, this.base + size - 1);
    const limit = spanLimit(this.keyCount);
    if (high - low + 1 > limit) {
      this.slots = null;
      this.rehash(4 * this.keyCount);
      for (let i = 0; i < size; i++) if (slots[i] > 0) this.put(this.base + i, slots[i] - 1);
      return false;
    }
    const newSize = Math.min(limit, Math.max(high - low + 1, 2 * size, 1024));
    // The first key sits mid-table; later growth extends toward the key that did not fit.
    const newBase = size === 0 ? key - (newSize >> 1) : key < this.base ? high - newSize + 1 : low;
    const grown = new Int32Array(newSize);
    if (size !== 0) grown.set(slots, this.base - newBase);
    this.slots = grown;
    this.base = newBase;
    return true;
  }

  /** Rebuilds the hash table with room for at least `capacity` slots (a power of two). */
  private rehash(capacity: number): void {
    const old = this.entries;
    let bits = 4;
    while (1 << bits < capacity) bits++;
    this.entries = new Int32Array(2 << bits);
    this.shift = 32 - bits;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] > 0) this.put(old[s], old[s + 1] - 1);
  }

  /** Puts a key (by its 32-bit pattern) and its id in the first free slot of its probe run. */
  private put(key: number, id: number): void {
    const entries = this.entries;
    const mask = (entries.length >> 1) - 1;
    const bits = key | 0;
    let slot = Math.imul(bits, -1640531535) >>> this.shift;
    while (entries[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    entries[2 * slot] = bits;
    entries[2 * slot + 1] = id + 1;
  }
}

/** The widest key range a direct table holding `keyCount` keys may span. */
function spanLimit(keyCount: number): number {
  return Math.min(MAX_SPAN, Math.max(MIN_SPAN, SPAN_PER_GROUP * keyCount));
}

interface KeyLoops {
  readonly validDirect: ValidDirectLoop;
  readonly direct: DirectLoop;
  readonly hashed: HashedLoop;
}

const SAMPLE = Int32Array.of(5, 7, 5);

const loopsFor = perArrayClass<KeyLoops>(() => ({
  validDirect: specialise(lookupValidDirect, (f) => {
    const out = new Int32Array(3);
    if (f(SAMPLE, 0, 3, Int32Array.of(1, 0, 2), 5, out) !== 3 || out[2] !== 0 || out[1] !== 1) throw new Error("specialised direct lookup disagrees");
  }),
  direct: specialise(lookupDirect, (f) => {
    const out = new Int32Array(3);
    if (f(SAMPLE, null, 0, 0, 3, Int32Array.of(1, 0, 2), 5, -1, out) !== 3 || out[2] !== 0 || out[1] !== 1) throw new Error("specialised direct lookup disagrees");
  }),
  hashed: specialise(lookupHashed, (f) => {
    const out = new Int32Array(3);
    if (f(SAMPLE, null, 0, 0, 3, new Int32Array(32), 28, -1, out) !== 0) throw new Error("specialised hashed lookup disagrees");
  }),
}));
