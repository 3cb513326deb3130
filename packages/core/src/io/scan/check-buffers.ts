/**
 * Checks of one buffer against what its field node claims, each a single pass over the buffer,
 * run before any kernel trusts it. Each returns a description of the first inconsistency found,
 * or undefined when the buffer is sound; the column builder turns it into an error that names
 * the file, batch and column.
 */

/**
 * Counts the clear bits among the first `length` bits of a bitmap.
 * @param bits - the bitmap, at least ceil(length / 8) bytes
 * @param length - how many bits count
 * @returns how many of them are 0
 */
export function clearBits(bits: Uint8Array, length: number): number {
  let set = 0;
  const whole = length >> 3;
  for (let i = 0; i < whole; i++) set += POPCOUNT[bits[i]];
  const rest = length & 7;
  if (rest > 0) set += POPCOUNT[bits[whole] & ((1 << rest) - 1)];
  return length - set;
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let x = b; x > 0; x >>= 1) n += x & 1;
  return n;
});

/**
 * Offsets must start at or above 0, never decrease, and end within the data they index.
 * @param offsets - `length + 1` offsets (32- or 64-bit)
 * @param limit - the size of what they index (bytes of data, or child rows)
 * @returns the problem, or undefined
 */
export function checkOffsets(offsets: Int32Array | BigInt64Array, limit: number): string | undefined {
  if (offsets instanceof BigInt64Array) return checkOffsets64(offsets, limit);
  let previous = offsets[0];
  if (previous < 0) return `offset 0 is ${previous}, which is negative`;
  for (let i = 1; i < offsets.length; i++) {
    const offset = offsets[i];
    if (offset < previous) return `offset ${i} (${offset}) is less than offset ${i - 1} (${previous})`;
    previous = offset;
  }
  if (previous > limit) return `the last offset ${previous} is past the ${limit} values it indexes`;
  return undefined;
}

function checkOffsets64(offsets: BigInt64Array, limit: number): string | undefined {
  let previous = offsets[0];
  if (previous < 0n) return `offset 0 is ${previous}, which is negative`;
  for (let i = 1; i < offsets.length; i++) {
    const offset = offsets[i];
    if (offset < previous) return `offset ${i} (${offset}) is less than offset ${i - 1} (${previous})`;
    previous = offset;
  }
  if (previous > BigInt(limit)) return `the last offset ${previous} is past the ${limit} values it indexes`;
  return undefined;
}

/**
 * Every index of a valid (non-null) slot must point inside the dictionary.
 * @param indices - the indices
 * @param validity - the validity bitmap, or null when there are no nulls
 * @param size - the dictionary's length
 * @returns the problem, or undefined
 */
export function checkIndices(indices: ArrayLike<number | bigint>, validity: Uint8Array | null, size: number): string | undefined {
  const limit = typeof indices[0] === "bigint" ? BigInt(size) : size;
  for (let i = 0; i < indices.length; i++) {
    if (validity !== null && (validity[i >> 3] & (1 << (i & 7))) === 0) continue;
    const index = indices[i];
    if (index < 0 || index >= limit) return `row ${i} has dictionary index ${index}, outside the dictionary's ${size} values`;
  }
  return undefined;
}

/**
 * Each long view (over 12 bytes) must point into one of the variadic data buffers.
 * @param views - 16 bytes per row: length, prefix, then buffer index and offset (or inline bytes)
 * @param length - the rows
 * @param validity - the validity bitmap, or null
 * @param buffers - the variadic data buffers
 * @returns the problem, or undefined
 */
export function checkViews(views: Uint8Array, length: number, validity: Uint8Array | null, buffers: readonly Uint8Array[]): string | undefined {
  const words = new DataView(views.buffer, views.byteOffset, views.byteLength);
  for (let i = 0; i < length; i++) {
    if (validity !== null && (validity[i >> 3] & (1 << (i & 7))) === 0) continue;
    const size = words.getInt32(16 * i, true);
    if (size < 0) return `row ${i} has a view of negative length ${size}`;
    if (size <= 12) continue;
    const buffer = words.getInt32(16 * i + 8, true);
    const offset = words.getInt32(16 * i + 12, true);
    if (!(buffer >= 0 && buffer < buffers.length && offset >= 0 && offset + size <= buffers[buffer].length)) {
      return `row ${i} views ${size} bytes at ${offset} of data buffer ${buffer}, which does not hold them`;
    }
  }
  return undefined;
}
