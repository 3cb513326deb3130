/**
 * The hot loops of grouping by one integer column (integers of at most 32 bits): each looks up
 * the group id of rows from `start` on and writes it to `out`, and stops at the first row it
 * cannot answer — a key missing from the table (or outside a direct table's range), or the first
 * null while nulls have no group yet — returning that row (or `end` when every row is answered).
 * The caller makes room or assigns the new id, then resumes the loop from that row.
 *
 * These functions must stay self-contained (no imports, no outer variables): they are recompiled
 * per typed-array class (see specialise.ts).
 */

/** The signature of {@link lookupDirect}. */
export type DirectLoop = typeof lookupDirect;
/** The signature of {@link lookupValidDirect}. */
export type ValidDirectLoop = typeof lookupValidDirect;
/** The signature of {@link lookupHashed}. */
export type HashedLoop = typeof lookupHashed;

/**
 * {@link lookupDirect} for keys without nulls: the validity test is a third of the loop's time.
 */
export function lookupValidDirect(keys: ArrayLike<number>, start: number, end: number, slots: Int32Array, base: number, out: Int32Array): number {
  const size = slots.length;
  for (let r = start; r < end; r++) {
    const i = keys[r] - base;
    if (i < 0 || i >= size) return r;
    const id = slots[i] - 1;
    if (id < 0) return r;
    out[r] = id;
  }
  return end;
}

/**
 * Lookup through a direct-address table: `slots[key − base]` holds id + 1, 0 for a key not seen.
 * @param keys - the key values, indexed from 0
 * @param bitmap - validity bitmap, or null when every key is valid
 * @param offset - bit offset of key 0 in `bitmap`
 * @param start - the first row to look up
 * @param end - one past the last row
 * @param slots - the table
 * @param base - the key of slot 0
 * @param nullId - the group of null keys, -1 while there is none
 * @param out - receives the group id of each row
 */
export function lookupDirect(
  keys: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  start: number,
  end: number,
  slots: Int32Array,
  base: number,
  nullId: number,
  out: Int32Array,
): number {
  const size = slots.length;
  for (let r = start; r < end; r++) {
    if (bitmap !== null && ((bitmap[(offset + r) >> 3] >> ((offset + r) & 7)) & 1) === 0) {
      if (nullId < 0) return r;
      out[r] = nullId;
      continue;
    }
    const i = keys[r] - base;
    if (i < 0 || i >= size) return r;
    const id = slots[i] - 1;
    if (id < 0) return r;
    out[r] = id;
  }
  return end;
}

/**
 * Lookup through an open-addressing hash table with linear probing: `entries` holds pairs
 * (key as int32, id + 1), id + 1 = 0 marking an empty slot, in 2^(32 − shift) slots; a key's
 * first slot is the top bits of its Fibonacci hash. Parameters as {@link lookupDirect}.
 */
export function lookupHashed(
  keys: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  start: number,
  end: number,
  entries: Int32Array,
  shift: number,
  nullId: number,
  out: Int32Array,
): number {
  const mask = (entries.length >> 1) - 1;
  for (let r = start; r < end; r++) {
    if (bitmap !== null && ((bitmap[(offset + r) >> 3] >> ((offset + r) & 7)) & 1) === 0) {
      if (nullId < 0) return r;
      out[r] = nullId;
      continue;
    }
    const key = keys[r] | 0;
    let slot = Math.imul(key, -1640531535) >>> shift;
    for (;;) {
      const id = entries[2 * slot + 1] - 1;
      if (id < 0) return r;
      if (entries[2 * slot] === key) {
        out[r] = id;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return end;
}
