import { ChunkError } from "./errors.js";

/**
 * Decodes Parquet's RLE/bit-packed hybrid encoding (definition levels, dictionary indices,
 * booleans) into a typed array, checking every run against the bytes it may use: a run of length
 * zero or one reaching past `end` is an error, never a loop that makes no progress.
 * @param bytes - the page
 * @param start - where the runs begin
 * @param end - where they must end
 * @param bitWidth - bits per value (0–32)
 * @param out - receives `out.length` values
 * @throws ChunkError when the runs are malformed or end before `out` is full
 */
export function decodeHybrid(bytes: Uint8Array, start: number, end: number, bitWidth: number, out: Uint8Array | Int32Array): void {
  if (bitWidth < 0 || bitWidth > 32) throw new ChunkError(`a bit width of ${bitWidth} is not one the hybrid encoding allows`);
  const count = out.length;
  let pos = start;
  let seen = 0;
  while (seen < count) {
    let header = 0;
    let shift = 0;
    for (;;) {
      if (pos >= end || shift > 28) throw new ChunkError(`RLE/bit-packed runs end after ${seen} of ${count} values`);
      const byte = bytes[pos++];
      header += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) break;
    }
    const runs = Math.floor(header / 2);
    if (runs === 0) throw new ChunkError("an RLE/bit-packed run of length zero");
    if (header % 2 === 1) {
      const byteCount = runs * bitWidth;
      if (pos + byteCount > end) throw new ChunkError(`a bit-packed run of ${runs * 8} values needs ${byteCount} bytes, but ${end - pos} remain`);
      const take = Math.min(runs * 8, count - seen);
      unpack(bytes, pos, bitWidth, out, seen, take);
      seen += take;
      pos += byteCount;
    } else {
      const width = (bitWidth + 7) >> 3;
      if (pos + width > end) throw new ChunkError(`an RLE run's value needs ${width} bytes, but ${end - pos} remain`);
      let value = 0;
      for (let i = 0; i < width; i++) value += bytes[pos + i] * 2 ** (8 * i);
      pos += width;
      const take = Math.min(runs, count - seen);
      out.fill(value, seen, seen + take);
      seen += take;
    }
  }
}

/**
 * Whether the runs from `start` to `end` are a single RLE run giving `value` to at least `count`
 * values: the definition levels of a page without nulls, which then need no array at all.
 */
export function isOneRun(bytes: Uint8Array, start: number, end: number, bitWidth: number, count: number, value: number): boolean {
  let header = 0;
  let pos = start;
  for (let shift = 0; ; shift += 7) {
    if (pos >= end || shift > 28) return false;
    const byte = bytes[pos++];
    header += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) break;
  }
  const width = (bitWidth + 7) >> 3;
  if (header % 2 === 1 || header / 2 < count || pos + width > end) return false;
  let runValue = 0;
  for (let i = 0; i < width; i++) runValue += bytes[pos + i] * 2 ** (8 * i);
  return runValue === value;
}

/** `take` values of `bitWidth` bits, least significant bit first, from byte `pos`. */
function unpack(bytes: Uint8Array, pos: number, bitWidth: number, out: Uint8Array | Int32Array, at: number, take: number): void {
  if (bitWidth === 0) {
    out.fill(0, at, at + take);
    return;
  }
  // Whole bytes are the values themselves.
  if (bitWidth === 8) {
    out.set(bytes.subarray(pos, pos + take), at);
    return;
  }
  if (bitWidth <= 24) {
    const mask = (1 << bitWidth) - 1;
    // Each value lies within the 32-bit little-endian word at its first byte; the last values,
    // whose word would reach past the bytes, are read a byte at a time.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const whole = Math.max(0, Math.min(take, Math.floor(((bytes.length - 4 - pos) * 8) / bitWidth) + 1));
    let i = 0;
    let bit = 0;
    for (; i < whole; i++, bit += bitWidth) out[at + i] = (view.getUint32(pos + (bit >>> 3), true) >>> (bit & 7)) & mask;
    for (; i < take; i++, bit += bitWidth) {
      const p = pos + (bit >>> 3);
      const word = bytes[p] | ((bytes[p + 1] ?? 0) << 8) | ((bytes[p + 2] ?? 0) << 16) | ((bytes[p + 3] ?? 0) << 24);
      out[at + i] = (word >>> (bit & 7)) & mask;
    }
    return;
  }
  for (let i = 0, bit = 0; i < take; i++) {
    let value = 0;
    for (let b = 0; b < bitWidth; b++, bit++) if (bytes[pos + (bit >>> 3)] & (1 << (bit & 7))) value += 2 ** b;
    out[at + i] = value;
  }
}
