/**
 * The hot loop of grouping by one 64-bit integer column, read as pairs of 32-bit words so that no
 * row becomes a bigint: looks up the group id of rows from `start` on in an open-addressing hash
 * table and stops at the first row it cannot answer (a key not in the table, or the first null
 * while nulls have no group yet), returning that row (or `end`).
 *
 * The function must stay self-contained (no imports, no outer variables): it is compiled once per
 * process like the other grouping loops (see specialise.ts).
 */

/** The signature of {@link lookupInt64}. */
export type Int64Loop = typeof lookupInt64;

/**
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
export function lookupInt64(
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
    if (bitmap !== null && ((bitmap[(offset + r) >> 3] >> ((offset + r) & 7)) & 1) === 0) {
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
