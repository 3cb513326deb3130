/**
 * The grouped arg-reduction fused with the group lookup, for one integer key column without
 * nulls whose keys sit in a direct-address table (`slots[key − base]` = group id + 1, 0 for a key
 * not seen): one pass reads each row's key and value, finds the group and updates its winner, so
 * group ids are never written out and read back. Otherwise the loop of
 * `foldValidGroupedNumbers` (grouped-number-loop.ts), whose state and rules it shares.
 *
 * The loop must stay self-contained (no imports, no outer variables): it is recompiled per pair
 * of key and value classes (see specialise.ts).
 */
import { specialise } from "../specialise.js";
import type { GroupedNumberState } from "./grouped-number-loop.js";

/** The signature of {@link foldDirectGroupedNumbers}. */
export type DirectGroupedLoop = typeof foldDirectGroupedNumbers;

/**
 * Folds rows from `start` on until the first whose key is not in the table.
 * @param keys - the key values of the batch, indexed from 0, no nulls
 * @param values - the batch's values, indexed from 0, no nulls
 * @param length - the batch's rows (its arrays may hold more elements than that)
 * @param start - the first row to fold
 * @param slots - the direct table
 * @param base - the key of slot 0
 * @param rowBase - the number of rows folded in before this batch
 * @param sign - 1 for min, -1 for max
 * @param skipNaN - NaN is skipped (and noted in `flags`) rather than winning
 * @param state - the per-group arrays, large enough for every id in the table
 * @param epoch - the stamp of this batch
 * @param changedCount - a one-element array: entries in `state.changed`, updated
 * @returns the row whose key is missing from the table, or `length`
 */
export function foldDirectGroupedNumbers(
  keys: ArrayLike<number>,
  values: ArrayLike<number>,
  length: number,
  start: number,
  slots: Int32Array,
  base: number,
  rowBase: number,
  sign: number,
  skipNaN: boolean,
  state: GroupedNumberState,
  epoch: number,
  changedCount: Int32Array,
): number {
  const { counts, best, positions, rows, flags, stamps, changed } = state;
  const size = slots.length;
  let n = changedCount[0];
  let r = start;
  for (; r < length; r++) {
    const i = keys[r] - base;
    if (i < 0 || i >= size) break;
    const g = slots[i] - 1;
    if (g < 0) break;
    const position = counts[g];
    counts[g] = position + 1;
    const x = sign * values[r];
    if (x >= best[g]) continue;
    if (x === x) {
      best[g] = x;
    } else if (skipNaN) {
      flags[g] |= 2;
      continue;
    } else if ((flags[g] & 1) === 0) {
      flags[g] |= 1;
      best[g] = -Infinity;
    } else {
      continue;
    }
    positions[g] = position;
    rows[g] = rowBase + r;
    if (stamps[g] !== epoch) {
      stamps[g] = epoch;
      changed[n++] = g;
    }
  }
  changedCount[0] = n;
  return r;
}

const loops = new Map<string, DirectGroupedLoop>();

/** The loop's own copy for a pair of key and value array classes. */
export function directLoopFor(keys: object, values: object): DirectGroupedLoop {
  const pair = `${keys.constructor.name} ${values.constructor.name}`;
  let loop = loops.get(pair);
  if (loop === undefined) {
    loop = specialise(foldDirectGroupedNumbers, checkSample);
    loops.set(pair, loop);
  }
  return loop;
}

/** Throws unless a copy folds keys 5, 6, 5, 6 with values 3, 2, 1, 4 (and a fifth element past the length) into winners at positions 1 and 0. */
function checkSample(fold: DirectGroupedLoop): void {
  const two = (fill: number) => Float64Array.of(fill, fill);
  const state: GroupedNumberState = {
    counts: two(0),
    best: two(NaN),
    positions: two(-1),
    rows: two(-1),
    flags: new Uint8Array(2),
    stamps: new Int32Array(2),
    changed: new Int32Array(2),
  };
  const changed = Int32Array.of(0);
  const end = fold(Int32Array.of(5, 6, 5, 6, 5), Float64Array.of(3, 2, 1, 4, 0), 4, 0, Int32Array.of(1, 2), 5, 0, 1, false, state, 1, changed);
  if (end !== 4 || changed[0] !== 2 || state.positions[0] !== 1 || state.positions[1] !== 0) throw new Error("specialised direct loop disagrees");
}
