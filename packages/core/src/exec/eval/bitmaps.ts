/**
 * Validity and boolean bitmaps as the evaluator's kernels want them: aligned to bit 0, one bit per
 * row, so row-wise kernels can combine them a byte (eight rows) at a time whatever the inputs'
 * offsets were.
 */
import { type Data, Type } from "apache-arrow";
import { isValidAt } from "../../kernels/validity.js";

/** A zeroed bitmap for `length` bits. */
export function emptyBits(length: number): Uint8Array {
  return new Uint8Array((length + 7) >> 3);
}

/** A bitmap for `length` bits, every bit set (bits past the length too, which no reader looks at). */
export function fullBits(length: number): Uint8Array {
  return emptyBits(length).fill(0xff);
}

/** Whether bit `i` of a bitmap is set. */
export function bitAt(bits: Uint8Array, i: number): boolean {
  return ((bits[i >> 3] >> (i & 7)) & 1) === 1;
}

/** Sets bit `i`. */
export function setBit(bits: Uint8Array, i: number): void {
  bits[i >> 3] |= 1 << (i & 7);
}

/** Clears bit `i`. */
export function clearBit(bits: Uint8Array, i: number): void {
  bits[i >> 3] &= ~(1 << (i & 7));
}

/**
 * `length` bits starting at bit `offset`, moved to start at bit 0. A byte-aligned offset gives a
 * view (no copy); callers never write into the result.
 */
export function alignBits(bits: Uint8Array, offset: number, length: number): Uint8Array {
  const bytes = (length + 7) >> 3;
  const shift = offset & 7;
  const start = offset >> 3;
  if (shift === 0) return bits.subarray(start, start + bytes);
  const out = new Uint8Array(bytes);
  for (let k = 0; k < bytes; k++) {
    // Bytes past the end of the source read as undefined → 0, which only feeds bits past `length`.
    out[k] = ((bits[start + k] >> shift) | (bits[start + k + 1] << (8 - shift))) & 0xff;
  }
  return out;
}

/** The validity bitmap of a Data with nulls, or null; a missing or empty buffer counts as none. */
function nullBitmapOf(data: Data): Uint8Array | null {
  const bitmap = data.nullBitmap;
  return data.nullCount === 0 || !bitmap || bitmap.length === 0 ? null : bitmap;
}

/**
 * The validity of a Data as an aligned bitmap, or null when every slot is valid. A Null-typed
 * Data has no bitmap buffer yet no valid slot, so it gets an empty bitmap.
 */
export function validityBits(data: Data): Uint8Array | null {
  if (data.typeId === Type.Null) return data.length === 0 ? null : emptyBits(data.length);
  const bitmap = nullBitmapOf(data);
  return bitmap === null ? null : alignBits(bitmap, data.offset, data.length);
}

/** Whether row `row` of a Data holds a value (never, in a Null-typed Data). */
export function isValidRow(data: Data, row: number): boolean {
  return data.typeId !== Type.Null && isValidAt(nullBitmapOf(data), data.offset, row);
}

/** The packed values of a Bool Data, aligned to bit 0. */
export function boolBits(data: Data): Uint8Array {
  return alignBits(data.values as Uint8Array, data.offset, data.length);
}

/** The intersection of two validities (null meaning all valid); a fresh array when both exist. */
export function andValidity(a: Uint8Array | null, b: Uint8Array | null, length: number): Uint8Array | null {
  if (a === null) return b;
  if (b === null) return a;
  const out = emptyBits(length);
  for (let k = 0; k < out.length; k++) out[k] = a[k] & b[k];
  return out;
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, byte) => {
  let n = 0;
  for (let b = byte; b !== 0; b >>= 1) n += b & 1;
  return n;
});

/** The number of clear bits among the first `length` bits (the null count of a validity). */
export function countClear(bits: Uint8Array, length: number): number {
  const whole = length >> 3;
  let set = 0;
  for (let k = 0; k < whole; k++) set += POPCOUNT[bits[k]];
  const rest = length & 7;
  if (rest !== 0) set += POPCOUNT[bits[whole] & ((1 << rest) - 1)];
  return length - set;
}

/** A validity and its null count in the shape `makeData` takes; no bitmap when nothing is null. */
export function nullsOf(validity: Uint8Array | null, length: number): { nullCount: number; nullBitmap?: Uint8Array } {
  if (validity === null) return { nullCount: 0 };
  const nullCount = countClear(validity, length);
  return nullCount === 0 ? { nullCount: 0 } : { nullCount, nullBitmap: validity };
}
