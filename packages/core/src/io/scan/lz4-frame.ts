/**
 * A bounds-checked decoder of the LZ4 frame format, the LZ4_FRAME codec of Arrow IPC bodies. Every
 * length and match offset is checked against the bytes that exist and the output's declared size,
 * so corrupt input is an error and never a read or write out of range.
 */

const MAGIC = 0x184d2204;
const MIN_MATCH = 4;

/**
 * Decodes one or more LZ4 frames into an output of the size the IPC buffer declared.
 * @param src - the frames
 * @param size - the decompressed size the buffer's prefix declared
 * @returns the output, exactly `size` bytes
 * @throws Error describing the first inconsistency (the caller adds the file and byte)
 * @example decodeLz4Frames(compressed, 4096).length // 4096
 */
export function decodeLz4Frames(src: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
  let s = 0;
  let d = 0;
  while (s < src.length) {
    const need = (n: number, what: string): void => {
      if (s + n > src.length) throw new Error(`LZ4 frame ends inside its ${what}`);
    };
    need(7, "header");
    if (view.getUint32(s, true) !== MAGIC) throw new Error(`LZ4 frame magic ${view.getUint32(s, true).toString(16)}; expected 184d2204`);
    const flags = src[s + 4];
    if (flags >> 6 !== 1) throw new Error(`LZ4 frame version ${flags >> 6}; expected 1`);
    const blockChecksum = (flags & 0x10) !== 0;
    const contentSize = (flags & 0x08) !== 0;
    const contentChecksum = (flags & 0x04) !== 0;
    const dictionary = (flags & 0x01) !== 0;
    if (dictionary) throw new Error("LZ4 frame needs a dictionary, which Arrow never uses");
    s += 6 + (contentSize ? 8 : 0) + (dictionary ? 4 : 0) + 1;
    for (;;) {
      need(4, "block size");
      const word = view.getUint32(s, true);
      s += 4;
      if (word === 0) break;
      const length = word & 0x7fffffff;
      need(length + (blockChecksum ? 4 : 0), "block");
      if (word & 0x80000000) {
        if (d + length > size) throw new Error(`LZ4 output exceeds the declared ${size} bytes`);
        out.set(src.subarray(s, s + length), d);
        d += length;
      } else {
        d = decodeBlock(src, s, s + length, out, d);
      }
      s += length + (blockChecksum ? 4 : 0);
    }
    if (contentChecksum) need(4, "checksum");
    s += contentChecksum ? 4 : 0;
  }
  if (d !== size) throw new Error(`LZ4 output is ${d} bytes; the buffer declared ${size}`);
  return out;
}

/** Decodes one LZ4 block of `src[s..end)` into `out` from `d`; returns the new output position. */
function decodeBlock(src: Uint8Array, s: number, end: number, out: Uint8Array, d: number): number {
  const overrun = (): never => {
    throw new Error(`LZ4 block overruns its input or the declared ${out.length}-byte output`);
  };
  // A length nibble of 15 continues in the following bytes, each adding up to 255.
  const extended = (length: number): number => {
    if (length !== 15) return length;
    let b: number;
    do {
      if (s >= end) overrun();
      b = src[s++];
      length += b;
    } while (b === 255);
    return length;
  };
  while (s < end) {
    const token = src[s++];
    const literals = extended(token >> 4);
    if (s + literals > end || d + literals > out.length) overrun();
    for (const stop = s + literals; s < stop; ) out[d++] = src[s++];
    if (s === end) break;
    if (s + 2 > end) overrun();
    const offset = src[s] | (src[s + 1] << 8);
    s += 2;
    if (offset === 0 || offset > d) throw new Error(`LZ4 match offset ${offset} at output byte ${d} points before the output`);
    const match = extended(token & 15) + MIN_MATCH;
    if (d + match > out.length) overrun();
    if (offset >= match) {
      out.copyWithin(d, d - offset, d - offset + match);
      d += match;
    } else {
      for (let from = d - offset, stop = d + match; d < stop; ) out[d++] = out[from++];
    }
  }
  return d;
}
