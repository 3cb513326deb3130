/**
 * The most bytes ZSTD frames can decode to, read from their block headers alone (RFC 8878): a raw
 * or RLE block gives its size, a compressed block at most 128 KiB. A decoder that grows its output
 * as it goes can then be trusted with frames whose bound is close to the size a container
 * declares, and no corrupt or hostile frame makes it allocate more than that bound.
 */

const FRAME_MAGIC = 0xfd2fb528;
/** Skippable frames have magic numbers 0x184D2A50 to 0x184D2A5F. */
const SKIPPABLE_MAGIC = 0x184d2a50;
const MAX_BLOCK = 128 * 1024;
const DICTIONARY_ID_BYTES = [0, 1, 2, 4];
const CONTENT_SIZE_BYTES = [0, 2, 4, 8];

/**
 * The most bytes `body` (one or more ZSTD frames, skippable ones included) can decode to.
 * @param body - the compressed bytes
 * @returns the bound, or undefined when the frames are malformed or do not end exactly at the end
 * @example zstdOutputBound(compressed) // 131072 for one full compressed block
 */
export function zstdOutputBound(body: Uint8Array): number | undefined {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let pos = 0;
  let bound = 0;
  while (pos < body.length) {
    if (pos + 4 > body.length) return undefined;
    const magic = view.getUint32(pos, true);
    if ((magic & 0xfffffff0) === SKIPPABLE_MAGIC) {
      if (pos + 8 > body.length) return undefined;
      pos += 8 + view.getUint32(pos + 4, true);
      continue;
    }
    if (magic !== FRAME_MAGIC || pos + 5 > body.length) return undefined;
    const descriptor = body[pos + 4];
    const singleSegment = (descriptor >> 5) & 1;
    const contentSizeFlag = descriptor >> 6;
    pos += 5 + (singleSegment ? 0 : 1) + DICTIONARY_ID_BYTES[descriptor & 3] + (contentSizeFlag === 0 ? singleSegment : CONTENT_SIZE_BYTES[contentSizeFlag]);
    for (let last = false; !last; ) {
      if (pos + 3 > body.length) return undefined;
      const header = body[pos] | (body[pos + 1] << 8) | (body[pos + 2] << 16);
      last = (header & 1) === 1;
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      if (size > MAX_BLOCK) return undefined;
      pos += 3;
      if (type === 0) {
        // Raw: `size` bytes as they are.
        bound += size;
        pos += size;
      } else if (type === 1) {
        // RLE: one byte repeated `size` times.
        bound += size;
        pos += 1;
      } else if (type === 2) {
        bound += MAX_BLOCK;
        pos += size;
      } else {
        return undefined;
      }
    }
    if ((descriptor >> 2) & 1) pos += 4;
  }
  return pos === body.length ? bound : undefined;
}
