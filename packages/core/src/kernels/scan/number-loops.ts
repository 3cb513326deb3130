/**
 * The hot loops of the number kernel. Each starts from a valid, non-NaN slot `start` and returns
 * the winner's index, or -(i + 1) for a NaN at i that propagates.
 *
 * The fast path tests eight slots at once: `x >= best` for all eight (`x <= best` for max) is
 * true only when none of them is a new winner and none is NaN (every comparison with NaN is
 * false), so a single well-predicted branch skips the block; the rare block that fails the test
 * is scanned slot by slot. A skipped NaN needs no test: `x < best` is false for it.
 *
 * These functions must stay self-contained (no imports, no outer variables): they are recompiled
 * per typed-array class (see specialise.ts).
 */

export type DenseLoop = (v: ArrayLike<number>, start: number, end: number, skipNaN: boolean) => number;
export type MaskedLoop = (
  v: ArrayLike<number>,
  bitmap: Uint8Array,
  offset: number,
  start: number,
  end: number,
  skipNaN: boolean,
) => number;

export function denseMin(v: ArrayLike<number>, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  let i = start + 1;
  for (; i + 8 <= end; i += 8) {
    if (v[i] >= best && v[i + 1] >= best && v[i + 2] >= best && v[i + 3] >= best &&
        v[i + 4] >= best && v[i + 5] >= best && v[i + 6] >= best && v[i + 7] >= best) continue;
    for (let j = i; j < i + 8; j++) {
      const x = v[j];
      if (x < best) (best = x), (index = j);
      else if (x !== x && !skipNaN) return -j - 1;
    }
  }
  for (; i < end; i++) {
    const x = v[i];
    if (x < best) (best = x), (index = i);
    else if (x !== x && !skipNaN) return -i - 1;
  }
  return index;
}

export function denseMax(v: ArrayLike<number>, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  let i = start + 1;
  for (; i + 8 <= end; i += 8) {
    if (v[i] <= best && v[i + 1] <= best && v[i + 2] <= best && v[i + 3] <= best &&
        v[i + 4] <= best && v[i + 5] <= best && v[i + 6] <= best && v[i + 7] <= best) continue;
    for (let j = i; j < i + 8; j++) {
      const x = v[j];
      if (x > best) (best = x), (index = j);
      else if (x !== x && !skipNaN) return -j - 1;
    }
  }
  for (; i < end; i++) {
    const x = v[i];
    if (x > best) (best = x), (index = i);
    else if (x !== x && !skipNaN) return -i - 1;
  }
  return index;
}

/**
 * Like denseMin over valid slots only. Slots up to the first byte boundary of the bitmap and after
 * the last one go one by one; in between, each validity byte is handled whole: all null is
 * skipped, all valid takes the eight-slot test, and a mixed byte visits only its set bits (lowest
 * first, so row order and the first-index rule hold) instead of branching on every bit.
 */
export function maskedMin(v: ArrayLike<number>, bitmap: Uint8Array, offset: number, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  let i = start + 1;
  for (; i < end && ((offset + i) & 7) !== 0; i++) {
    if (((bitmap[(offset + i) >> 3] >> ((offset + i) & 7)) & 1) === 0) continue;
    const x = v[i];
    if (x < best) (best = x), (index = i);
    else if (x !== x && !skipNaN) return -i - 1;
  }
  for (; i + 8 <= end; i += 8) {
    let byte = bitmap[(offset + i) >> 3];
    if (byte === 0) continue;
    if (byte === 255 && v[i] >= best && v[i + 1] >= best && v[i + 2] >= best && v[i + 3] >= best &&
        v[i + 4] >= best && v[i + 5] >= best && v[i + 6] >= best && v[i + 7] >= best) continue;
    while (byte !== 0) {
      const j = i + 31 - Math.clz32(byte & -byte);
      byte &= byte - 1;
      const x = v[j];
      if (x < best) (best = x), (index = j);
      else if (x !== x && !skipNaN) return -j - 1;
    }
  }
  for (; i < end; i++) {
    if (((bitmap[(offset + i) >> 3] >> ((offset + i) & 7)) & 1) === 0) continue;
    const x = v[i];
    if (x < best) (best = x), (index = i);
    else if (x !== x && !skipNaN) return -i - 1;
  }
  return index;
}

/** Like maskedMin, for the largest value. */
export function maskedMax(v: ArrayLike<number>, bitmap: Uint8Array, offset: number, start: number, end: number, skipNaN: boolean): number {
  let best = v[start];
  let index = start;
  let i = start + 1;
  for (; i < end && ((offset + i) & 7) !== 0; i++) {
    if (((bitmap[(offset + i) >> 3] >> ((offset + i) & 7)) & 1) === 0) continue;
    const x = v[i];
    if (x > best) (best = x), (index = i);
    else if (x !== x && !skipNaN) return -i - 1;
  }
  for (; i + 8 <= end; i += 8) {
    let byte = bitmap[(offset + i) >> 3];
    if (byte === 0) continue;
    if (byte === 255 && v[i] <= best && v[i + 1] <= best && v[i + 2] <= best && v[i + 3] <= best &&
        v[i + 4] <= best && v[i + 5] <= best && v[i + 6] <= best && v[i + 7] <= best) continue;
    while (byte !== 0) {
      const j = i + 31 - Math.clz32(byte & -byte);
      byte &= byte - 1;
      const x = v[j];
      if (x > best) (best = x), (index = j);
      else if (x !== x && !skipNaN) return -j - 1;
    }
  }
  for (; i < end; i++) {
    if (((bitmap[(offset + i) >> 3] >> ((offset + i) & 7)) & 1) === 0) continue;
    const x = v[i];
    if (x > best) (best = x), (index = i);
    else if (x !== x && !skipNaN) return -i - 1;
  }
  return index;
}
