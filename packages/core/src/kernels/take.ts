import { type Data, makeData, Type } from "apache-arrow";
import { takeFixedSizeList, takeList, takeStruct, takeUnion } from "./take-nested.js";
import { perArrayClass, specialise } from "./specialise.js";
import { isValidAt, validityOf } from "./validity.js";

/**
 * Gathers rows of a chunk by position: the kernel behind filter, sort and slice. Works on the
 * buffers of every layout Quiver orders — fixed width (any stride), bits (Bool), variable width
 * (Utf8/Binary and their Large forms), dictionary keys (the dictionary is kept) and the nested
 * layouts (lists, maps, structs, fixed-size lists, unions: their children gathered in turn) — and
 * honours the chunk's offset.
 * @param data - the chunk
 * @param rows - positions within the chunk, in output order; a negative position gives a null
 *   slot (the missing side of an outer join)
 * @returns a new chunk of `rows.length` rows, offset 0
 */
export function take(data: Data, rows: Int32Array): Data {
  const length = rows.length;
  // The fixed-width gathers note a negative position themselves, sparing the others' scan for one.
  const base = (negative = hasNegative(rows)) => {
    const { bits, unset } = takeBits(validityOf(data), data.offset, rows, negative);
    return { type: data.type, length, nullCount: unset, nullBitmap: unset > 0 ? bits : null };
  };
  switch (data.type.typeId) {
    case Type.Null:
      return makeData({ type: data.type, length, nullCount: length });
    case Type.Bool:
      return makeData({ ...base(), data: takeBits(data.values, data.offset, rows, false).bits } as never);
    case Type.Utf8:
    case Type.Binary:
    case Type.LargeUtf8:
    case Type.LargeBinary: {
      const { offsets, bytes } = takeVariable(data.valueOffsets, data.values, rows);
      return makeData({ ...base(), valueOffsets: offsets, data: bytes } as never);
    }
    case Type.Dictionary: {
      const { values, negative } = takeFixed(data.values, 1, rows);
      return makeData({ ...base(negative), data: values, dictionary: data.dictionary } as never);
    }
    case Type.List:
    case Type.LargeList:
    case Type.Map:
      return makeData({ ...base(), ...takeList(data, rows, take) } as never);
    case Type.Struct:
      return makeData({ ...base(), ...takeStruct(data, rows, take) } as never);
    case Type.FixedSizeList:
      return makeData({ ...base(), ...takeFixedSizeList(data, rows, take) } as never);
    case Type.Union:
    case Type.DenseUnion:
    case Type.SparseUnion:
      return makeData({ type: data.type, length, nullCount: 0, ...takeUnion(data, rows, take) } as never);
    default: {
      if (data.children.length > 0) throw new TypeError(`take is not defined for nested type ${String(data.type)}`);
      const { values, negative } = takeFixed(data.values, data.stride, rows);
      return makeData({ ...base(negative), data: values } as never);
    }
  }
}

/**
 * The rows of a chunk at the given positions: {@link take}, or when the positions are one
 * ascending run (`rows[i] = rows[0] + i`), a slice of the chunk that copies nothing.
 * @param data - the chunk
 * @param rows - positions within the chunk, in output order (a negative one gives a null slot)
 * @param run - whether `rows` is such a run (see {@link isRun}): known once for several columns
 * @returns the gathered rows (with an offset when sliced)
 */
export function takeOrSlice(data: Data, rows: Int32Array, run: boolean): Data {
  return run && rows.length > 0 ? data.slice(rows[0], rows.length) : take(data, rows);
}

/** Whether positions form one ascending run of rows, `rows[i] = rows[0] + i`, none negative. */
export function isRun(rows: Int32Array): boolean {
  if (rows.length === 0 || rows[0] < 0) return false;
  const first = rows[0];
  for (let i = 1; i < rows.length; i++) if (rows[i] !== first + i) return false;
  return true;
}

/**
 * Bits `offset + rows[i]` of a bitmap (validity or Bool values), packed from bit 0, and how many
 * of them are unset; a null bitmap reads as all set, and gives a null bitmap back when no
 * position is negative (nothing to unset: `negative` says whether one is).
 */
function takeBits(bitmap: Uint8Array | null, offset: number, rows: Int32Array, negative: boolean): { bits: Uint8Array | null; unset: number } {
  if (bitmap === null && !negative) return { bits: null, unset: 0 };
  const bits = new Uint8Array((rows.length + 7) >> 3);
  let unset = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] >= 0 && isValidAt(bitmap, offset, rows[i])) bits[i >> 3] |= 1 << (i & 7);
    else unset++;
  }
  return { bits, unset };
}

/** Whether any position is negative (a missing row). */
function hasNegative(rows: Int32Array): boolean {
  for (let i = 0; i < rows.length; i++) if (rows[i] < 0) return true;
  return false;
}

/** The elements of a fixed-width buffer at the given rows, and whether any row was negative. */
function takeFixed<T extends ArrayLike<unknown> & { constructor: unknown }>(values: T, stride: number, rows: Int32Array): { values: T; negative: boolean } {
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
    // Gathered as pairs of 32-bit words: reading a BigInt64Array element allocates a bigint.
    const words = takeFixed(new Int32Array(values.buffer, values.byteOffset, values.length * 2), stride * 2, rows);
    return { values: new (values.constructor as new (buffer: ArrayBufferLike) => T)(words.values.buffer), negative: words.negative };
  }
  const out = new (values.constructor as new (n: number) => T & { [i: number]: unknown })(rows.length * stride);
  const loops = loopsFor(values);
  let negative: boolean;
  if (stride === 1) negative = loops.gather(values as never, rows, out as never);
  else if (stride === 2) negative = loops.gatherPairs(values as never, rows, out as never);
  else negative = loops.gatherStrided(values as never, stride, rows, out as never);
  return { values: out, negative };
}

/**
 * `out[i] = values[rows[i]]`; a negative position leaves its element 0 (its slot is null).
 * @returns whether a position was negative
 */
function gather(values: { [i: number]: unknown }, rows: Int32Array, out: { [i: number]: unknown }): boolean {
  let negative = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row < 0) negative = true;
    else out[i] = values[row];
  }
  return negative;
}

/** {@link gather} of `stride` elements per row. */
function gatherStrided(values: { [i: number]: unknown }, stride: number, rows: Int32Array, out: { [i: number]: unknown }): boolean {
  let negative = false;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < 0) {
      negative = true;
      continue;
    }
    const from = rows[i] * stride;
    for (let k = 0; k < stride; k++) out[i * stride + k] = values[from + k];
  }
  return negative;
}

/**
 * {@link gatherStrided} of two elements per row, unrolled: the 64-bit layouts (gathered as 32-bit
 * word pairs), where the inner loop of the strided form costs more than the copy.
 */
function gatherPairs(values: { [i: number]: unknown }, rows: Int32Array, out: { [i: number]: unknown }): boolean {
  let negative = false;
  for (let i = 0; i < rows.length; i++) {
    const from = 2 * rows[i];
    if (from < 0) {
      negative = true;
      continue;
    }
    out[2 * i] = values[from];
    out[2 * i + 1] = values[from + 1];
  }
  return negative;
}

const SAMPLE_ROWS = Int32Array.of(1, 0);

/** The gather loops, compiled apart for each typed-array class (see specialise.ts). */
const loopsFor = perArrayClass(() => ({
  gather: specialise(gather, (f) => {
    const out = new Int32Array(2);
    f(Int32Array.of(3, 4), SAMPLE_ROWS, out);
    if (out[0] !== 4 || out[1] !== 3) throw new Error("specialised gather disagrees");
  }),
  gatherPairs: specialise(gatherPairs, (f) => {
    const out = new Int32Array(4);
    f(Int32Array.of(3, 4, 5, 6), SAMPLE_ROWS, out);
    if (out[0] !== 5 || out[3] !== 4) throw new Error("specialised gather disagrees");
  }),
  gatherStrided: specialise(gatherStrided, (f) => {
    const out = new Int32Array(4);
    f(Int32Array.of(3, 4, 5, 6), 2, SAMPLE_ROWS, out);
    if (out[0] !== 5 || out[3] !== 4) throw new Error("specialised gather disagrees");
  }),
}));

function takeVariable(
  offsets: Int32Array | BigInt64Array,
  bytes: Uint8Array,
  rows: Int32Array,
): { offsets: Int32Array | BigInt64Array; bytes: Uint8Array } {
  const large = offsets instanceof BigInt64Array;
  const at = (i: number) => Number(offsets[i]);
  let total = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i] >= 0) total += at(rows[i] + 1) - at(rows[i]);
  const outBytes = new Uint8Array(total);
  const outOffsets = large ? new BigInt64Array(rows.length + 1) : new Int32Array(rows.length + 1);
  let position = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] >= 0) {
      const start = at(rows[i]);
      const end = at(rows[i] + 1);
      outBytes.set(bytes.subarray(start, end), position);
      position += end - start;
    }
    outOffsets[i + 1] = (large ? BigInt(position) : position) as never;
  }
  return { offsets: outOffsets, bytes: outBytes };
}
