import fc from "fast-check";
import type { Data } from "apache-arrow";
import { buildBitmap } from "./encode";
import type { Rng } from "./random";
import type { Encode, KindSpec, Slot } from "./spec";

/**
 * Splits `total` rows into chunk lengths at random cut points; repeated cuts give empty chunks.
 * @param total Rows to split.
 * @returns Lengths summing to `total`, at least one.
 * @example fc.sample(arbChunkLengths(10), 1) // e.g. [[3, 0, 7]]
 */
export function arbChunkLengths(total: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: total }), { maxLength: 5 }).map((cuts) => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), total];
    return points.slice(1).map((point, i) => point - points[i]);
  });
}

/** An unsliced Data and where the wanted slots start in it. */
interface Parent {
  readonly data: Data;
  readonly start: number;
}

/**
 * Encodes `inner` with garbage slots around it. The bitmap is present whenever a slot is null and
 * often when none is; without one, padding is all valid. Sometimes the Data keeps offset 0 and has
 * slack after its length instead of padding before it.
 */
function buildParent<R>(spec: KindSpec<R>, encode: Encode<R>, inner: readonly Slot<R>[], rng: Rng): Parent {
  const nullable = inner.some((slot) => !slot.valid) || rng.chance(0.4);
  const pad = (count: number): Slot<R>[] =>
    Array.from({ length: count }, () => ({ raw: spec.garbage(rng), valid: !nullable || rng.chance(0.5) }));
  const before = rng.chance(0.35) ? 0 : rng.int(1, 19);
  const slots = [...pad(before), ...inner, ...pad(rng.chance(0.5) ? 0 : rng.int(1, 4))];
  const bitmap = nullable ? buildBitmap(slots, rng) : undefined;
  const slack = before === 0 && rng.chance(0.5);
  return { data: encode(slots, slack ? inner.length : slots.length, bitmap), start: before };
}

/** Slices with Data.slice, sometimes twice so that offsets accumulate. */
function sliceOf(data: Data, at: number, length: number, rng: Rng): Data {
  if (at >= 2 && rng.chance(0.3)) {
    const outer = rng.int(1, at - 1);
    return data.slice(outer, data.length - outer).slice(at - outer, length);
  }
  return data.slice(at, length);
}

/**
 * Encodes a column's cells as chunks of the given lengths. Either every chunk is a slice of one
 * parent Data, or each chunk has its own parent and is usually a slice of it, at offsets that are
 * often not multiples of 8.
 * @param spec The kind's spec.
 * @param encode The column's encoder.
 * @param cells Raw values, null for nulls (which get garbage underneath).
 * @param lengths Chunk lengths summing to `cells.length`.
 * @param rng Source of randomness.
 * @returns One Data per length.
 * @example buildChunks(spec, encode, [1, null, 3], [1, 2], rng)
 */
export function buildChunks<R>(spec: KindSpec<R>, encode: Encode<R>, cells: readonly (R | null)[], lengths: readonly number[], rng: Rng): Data[] {
  const slots = cells.map((cell): Slot<R> => (cell === null ? { raw: spec.garbage(rng), valid: false } : { raw: cell, valid: true }));
  if (rng.chance(0.3)) {
    const parent = buildParent(spec, encode, slots, rng);
    let at = parent.start;
    return lengths.map((length) => {
      const chunk = sliceOf(parent.data, at, length, rng);
      at += length;
      return chunk;
    });
  }
  let at = 0;
  return lengths.map((length) => {
    const parent = buildParent(spec, encode, slots.slice(at, at + length), rng);
    at += length;
    const unsliced = parent.start === 0 && parent.data.length === length;
    return unsliced ? parent.data : sliceOf(parent.data, parent.start, length, rng);
  });
}
