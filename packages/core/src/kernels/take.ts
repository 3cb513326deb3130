import { type Data, makeData, Type } from "apache-arrow";
import { isValidAt, validityOf } from "./validity.js";

/**
 * Gathers rows of a chunk by position: the kernel behind filter, sort and slice. Works on the
 * buffers of every layout Quiver orders — fixed width (any stride), bits (Bool), variable width
 * (Utf8/Binary and their Large forms), dictionary keys (the dictionary is kept) and Lists (their
 * elements gathered in turn) — and honours the chunk's offset.
 * @param data - the chunk
 * @param rows - positions within the chunk, in output order; a negative position gives a null
 *   slot (the missing side of an outer join)
 * @returns a new chunk of `rows.length` rows, offset 0
 */
export function take(data: Data, rows: Int32Array): Data {
  const length = rows.length;
  const { bits: validity, unset: nullCount } = takeBits(validityOf(data), data.offset, rows);
  const base = { type: data.type, length, nullCount, nullBitmap: nullCount > 0 ? validity : null };
  switch (data.type.typeId) {
    case Type.Null:
      return makeData({ type: data.type, length, nullCount: length });
    case Type.Bool:
      return makeData({ ...base, data: takeBits(data.values, data.offset, rows).bits } as never);
    case Type.Utf8:
    case Type.Binary:
    case Type.LargeUtf8:
    case Type.LargeBinary: {
      const { offsets, bytes } = takeVariable(data.valueOffsets, data.values, rows);
      return makeData({ ...base, valueOffsets: offsets, data: bytes } as never);
    }
    case Type.Dictionary:
      return makeData({ ...base, data: takeFixed(data.values, 1, rows), dictionary: data.dictionary } as never);
    case Type.List:
      return makeData({ ...base, ...takeList(data.valueOffsets as Int32Array, data.children[0], rows) } as never);
    default: {
      if (data.children.length > 0) throw new TypeError(`take is not defined for nested type ${String(data.type)}`);
      return makeData({ ...base, data: takeFixed(data.values, data.stride, rows) } as never);
    }
  }
}

/**
 * Bits `offset + rows[i]` of a bitmap (validity or Bool values), packed from bit 0, and how many
 * of them are unset; a null bitmap reads as all set.
 */
function takeBits(bitmap: Uint8Array | null, offset: number, rows: Int32Array): { bits: Uint8Array; unset: number } {
  const bits = new Uint8Array((rows.length + 7) >> 3);
  let unset = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] >= 0 && isValidAt(bitmap, offset, rows[i])) bits[i >> 3] |= 1 << (i & 7);
    else unset++;
  }
  return { bits, unset };
}

function takeFixed<T extends ArrayLike<unknown> & { constructor: unknown }>(values: T, stride: number, rows: Int32Array): T {
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
    // Gathered as pairs of 32-bit words: reading a BigInt64Array element allocates a bigint.
    const words = takeFixed(new Int32Array(values.buffer, values.byteOffset, values.length * 2), stride * 2, rows);
    return new (values.constructor as new (buffer: ArrayBufferLike) => T)(words.buffer);
  }
  const out = new (values.constructor as new (n: number) => T & { [i: number]: unknown })(rows.length * stride);
  if (stride === 1) {
    for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
    return out;
  }
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < 0) continue;
    const from = rows[i] * stride;
    for (let k = 0; k < stride; k++) out[i * stride + k] = values[from + k];
  }
  return out;
}

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

/** The offsets and elements of the gathered rows of a List (a missing row is an empty list). */
function takeList(offsets: Int32Array, child: Data, rows: Int32Array): { valueOffsets: Int32Array; child: Data } {
  const valueOffsets = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    valueOffsets[i + 1] = valueOffsets[i] + (r >= 0 ? offsets[r + 1] - offsets[r] : 0);
  }
  const elements = new Int32Array(valueOffsets[rows.length]);
  let at = 0;
  for (const r of rows) if (r >= 0) for (let p = offsets[r]; p < offsets[r + 1]; p++) elements[at++] = p;
  return { valueOffsets, child: take(child, elements) };
}
