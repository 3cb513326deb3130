import { NO_CANDIDATE, type ScanMode, type ScanResult } from "./scan-result.js";

/** Typed arrays whose elements read as JS numbers. */
export type NumberArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint32Array
  | Uint16Array
  | Uint8Array;

/**
 * Arg-reduces a chunk of number-valued slots (floats, and integers of 32 bits or fewer).
 *
 * Fast paths: a chunk without nulls runs a dense loop with one comparison per element (the NaN
 * test sits on the rarely taken branch); a chunk with nulls tests each validity bit inline.
 * Min and max have loops of their own so the hot loop carries no direction logic.
 * @param values - the slots, indexed from 0 (Arrow's sliced-values convention)
 * @param bitmap - validity bitmap, or null when the chunk has no nulls
 * @param offset - bit offset of slot 0 in `bitmap`
 * @param length - number of slots
 * @param mode - min or max, NaN propagating or skipped
 */
export function scanNumbers(
  values: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  mode: ScanMode,
): ScanResult {
  const first = firstCandidate(values, bitmap, offset, length, mode.skipNaN);
  if (first.index < 0 || first.isNaN) return first;
  const start = first.index;
  const index =
    bitmap === null
      ? (mode.max ? denseMax : denseMin)(values, start, length, mode.skipNaN)
      : (mode.max ? maskedMax : maskedMin)(values, bitmap, offset, start, length, mode.skipNaN);
  if (index < 0) return { index: -index - 1, isNaN: true, sawNaN: true };
  return { index, isNaN: false, sawNaN: first.sawNaN };
}

/**
 * The first valid slot that can win: any value, or the first NaN when NaN propagates. NaN met
 * before it (when skipped) is reported so an all-NaN chunk is told from an all-null one.
 */
function firstCandidate(
  values: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  skipNaN: boolean,
): ScanResult {
  let sawNaN = false;
  for (let i = 0; i < length; i++) {
    if (bitmap !== null && ((bitmap[(offset + i) >> 3] >> ((offset + i) & 7)) & 1) === 0) continue;
    const x = values[i];
    if (x === x) return { index: i, isNaN: false, sawNaN };
    if (!skipNaN) return { index: i, isNaN: true, sawNaN: true };
    sawNaN = true;
  }
  return sawNaN ? { ...NO_CANDIDATE, sawNaN } : NO_CANDIDATE;
}

// The four loops below start from a valid non-NaN slot `start`. They return the winner's index,
// or -(i + 1) for a NaN at i that propagates. Skipped NaN needs no test: `x < best` is false.

function denseMin(v: ArrayLike<number>, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  for (let i = start + 1; i < end; i++) {
    const x = v[i];
    if (x < best) {
      best = x;
      index = i;
    } else if (x !== x && !skipNaN) {
      return -i - 1;
    }
  }
  return index;
}

function denseMax(v: ArrayLike<number>, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  for (let i = start + 1; i < end; i++) {
    const x = v[i];
    if (x > best) {
      best = x;
      index = i;
    } else if (x !== x && !skipNaN) {
      return -i - 1;
    }
  }
  return index;
}

function maskedMin(v: ArrayLike<number>, bitmap: Uint8Array, offset: number, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  for (let i = start + 1; i < end; i++) {
    const bit = offset + i;
    if (((bitmap[bit >> 3] >> (bit & 7)) & 1) === 0) continue;
    const x = v[i];
    if (x < best) {
      best = x;
      index = i;
    } else if (x !== x && !skipNaN) {
      return -i - 1;
    }
  }
  return index;
}

function maskedMax(v: ArrayLike<number>, bitmap: Uint8Array, offset: number, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  for (let i = start + 1; i < end; i++) {
    const bit = offset + i;
    if (((bitmap[bit >> 3] >> (bit & 7)) & 1) === 0) continue;
    const x = v[i];
    if (x > best) {
      best = x;
      index = i;
    } else if (x !== x && !skipNaN) {
      return -i - 1;
    }
  }
  return index;
}
