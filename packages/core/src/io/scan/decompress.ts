import { decodeZstd } from "../codecs/zstd.js";
import type { Codec } from "./decode-message.js";
import { decodeLz4Frames } from "./lz4-frame.js";

/**
 * The largest decompressed buffer accepted: typed arrays of more elements cannot be built, and a
 * claim beyond it is a corrupt prefix, not data.
 */
const MAX_BUFFER = 2 ** 31 - 1;

/** How far each codec can expand its input at most (LZ4: 255 per length byte; ZSTD: an RLE block). */
const MAX_RATIO: Record<Codec, number> = { lz4: 256, zstd: 1 << 15 };

/**
 * Decodes one buffer of a compressed IPC body: an int64 with the decompressed length, then the
 * compressed bytes — or, when that length is -1, the bytes stored as they are.
 * @param codec - the body's codec
 * @param bytes - the buffer as stored in the body
 * @returns the decompressed bytes
 * @throws Error saying what is inconsistent (the caller names the file, batch and buffer)
 * @example decodeBuffer("zstd", stored).length // the length the prefix declared
 */
export function decodeBuffer(codec: Codec, bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) return bytes;
  if (bytes.length < 8) throw new Error(`a compressed buffer of ${bytes.length} bytes is shorter than its 8-byte length prefix`);
  const declared = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0, true);
  const body = bytes.subarray(8);
  if (declared === -1n) return body;
  const size = Number(declared);
  if (!(declared >= 0n && size <= MAX_BUFFER && size <= body.length * MAX_RATIO[codec] + 64)) {
    throw new Error(`declared decompressed length ${declared} is impossible for ${body.length} ${codec}-compressed bytes`);
  }
  if (size === 0) return new Uint8Array(0);
  return codec === "lz4" ? decodeLz4Frames(body, size) : decodeZstd(body, size);
}
