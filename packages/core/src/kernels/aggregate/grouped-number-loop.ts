/**
 * The hot loop of the grouped arg-reduction over number storage (integers of at most 32 bits,
 * Float32, Float64): one pass over a batch that counts each group's rows and keeps, per group, the
 * best value with its position within the group.
 *
 * Values are multiplied by `sign` (1 for min, -1 for max), so one loop serves both directions.
 * A group without a winner holds NaN as its best, and a group won by a propagating NaN holds
 * -Infinity: then `!(x >= best)` is false for every row that cannot win (an equal or larger value,
 * any value once NaN has won), and one well-predicted branch per row covers first values, new
 * minima and NaN alike; the rare taken branch sorts them out.
 *
 * The function must stay self-contained (no imports, no outer variables): it is recompiled per
 * typed-array class (see specialise.ts).
 */

/** Per-group state of the loop, indexed by group id; `flags` bit 1: NaN won, bit 2: NaN seen. */
export interface GroupedNumberState {
  readonly counts: Float64Array;
  readonly best: Float64Array;
  readonly positions: Float64Array;
  readonly rows: Float64Array;
  readonly flags: Uint8Array;
  /** The last `epoch` in which each group's winner changed. */
  readonly stamps: Int32Array;
  /** Receives the groups whose winner changed in this epoch, in order of first change. */
  readonly changed: Int32Array;
}

/** The signature of {@link foldGroupedNumbers}. */
export type GroupedNumberLoop = typeof foldGroupedNumbers;
/** The signature of {@link foldValidGroupedNumbers}. */
export type ValidGroupedNumberLoop = typeof foldValidGroupedNumbers;

/**
 * Folds one batch without nulls into the per-group state: {@link foldGroupedNumbers} without
 * the validity test, which costs a fifth of the loop's time.
 */
export function foldValidGroupedNumbers(
  values: ArrayLike<number>,
  ids: Int32Array,
  rowBase: number,
  sign: number,
  skipNaN: boolean,
  state: GroupedNumberState,
  epoch: number,
): number {
  const { counts, best, positions, rows, flags, stamps, changed } = state;
  const length = ids.length;
  let n = 0;
  for (let r = 0; r < length; r++) {
    const g = ids[r];
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
  return n;
}

/**
 * Folds one batch into the per-group state.
 * @param values - the batch's values, indexed from 0
 * @param bitmap - validity bitmap of the values
 * @param offset - bit offset of value 0 in `bitmap`
 * @param ids - the group id of each row
 * @param rowBase - the number of rows folded in before this batch
 * @param sign - 1 for min, -1 for max
 * @param skipNaN - NaN is skipped (and noted in `flags`) rather than winning
 * @param state - the per-group arrays, large enough for every id
 * @param epoch - the stamp of this batch
 * @returns the number of entries in `state.changed` afterwards
 */
export function foldGroupedNumbers(
  values: ArrayLike<number>,
  bitmap: Uint8Array,
  offset: number,
  ids: Int32Array,
  rowBase: number,
  sign: number,
  skipNaN: boolean,
  state: GroupedNumberState,
  epoch: number,
): number {
  const { counts, best, positions, rows, flags, stamps, changed } = state;
  const length = ids.length;
  let n = 0;
  for (let r = 0; r < length; r++) {
    const g = ids[r];
    const position = counts[g];
    counts[g] = position + 1;
    if (((bitmap[(offset + r) >> 3] >> ((offset + r) & 7)) & 1) === 0) continue;
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
  return n;
}
