/**
 * The as-of match of one probe key among the build rows of its group, whose keys ascend: the
 * last row with a key at or below it ("backward"), the first at or above it ("forward"), or the
 * row at the smallest distance ("nearest": an argmin of |key - probe|, so ties go to the first
 * row — the earlier of two keys at the same distance, and the first of equal keys). Equal keys
 * are at distance 0, others at |a - b| as doubles subtract it (so two keys the subtraction cannot
 * tell apart are at the same distance, and every finite key is infinitely far from an infinite
 * one); 64-bit keys subtract exactly. A tolerance bounds the distance. Keys are numbers or
 * bigints (the ticks of temporal keys), never null or NaN here: such rows are not candidates.
 */

/** How `joinAsof` picks the row of the right side. */
export type AsofStrategy = "backward" | "forward" | "nearest";

/** The keys of the build rows, readable by row. */
export type KeyValues = ArrayLike<number | bigint>;

/**
 * The matching build row for a probe key.
 * @param keys - the build side's keys, by build row
 * @param rows - the candidate build rows of the probe's group, in ascending key order
 * @param probe - the probe key
 * @param strategy - which row to pick
 * @param tolerance - the largest distance allowed, or null for any
 * @returns the build row, or -1 when there is none
 * @example asofMatch(Float64Array.of(1, 5), Int32Array.of(0, 1), 4, "nearest", null) // 1
 */
export function asofMatch(keys: KeyValues, rows: Int32Array, probe: number | bigint, strategy: AsofStrategy, tolerance: number | bigint | null): number {
  const lower = (v: number | bigint) => bound(keys, rows, (k) => k < v);
  const upper = (v: number | bigint) => bound(keys, rows, (k) => k <= v);
  const after = lower(probe);
  const before = upper(probe) - 1;
  let pick: number;
  if (strategy === "backward") pick = before;
  else if (strategy === "forward") pick = after < rows.length ? after : -1;
  else if (before < 0) pick = after < rows.length ? after : -1;
  else if (after >= rows.length || distance(keys[rows[before]], probe) <= distance(keys[rows[after]], probe)) {
    // The candidates up to `before` are ever farther going back (rounding keeps the order); the
    // first row of those as near as `before` is the argmin's first row.
    const nearest = distance(keys[rows[before]], probe);
    pick = bound(keys, rows.subarray(0, before + 1), (k) => distance(k, probe) > nearest);
  } else pick = after;
  if (pick < 0) return -1;
  if (tolerance !== null && distance(keys[rows[pick]], probe) > tolerance) return -1;
  return rows[pick];
}

/** The first candidate whose key fails `below` (keys ascend, so `below` holds for a prefix). */
function bound(keys: KeyValues, rows: Int32Array, below: (key: number | bigint) => boolean): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(keys[rows[mid]])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** |a - b|, 0 for equal keys (infinities included). */
function distance(a: number | bigint, b: number | bigint): number | bigint {
  if (a === b) return 0;
  if (typeof a === "bigint") return a > (b as bigint) ? a - (b as bigint) : (b as bigint) - a;
  return Math.abs(a - (b as number));
}
