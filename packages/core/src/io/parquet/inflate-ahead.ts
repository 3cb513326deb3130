import type { CompressionCodec } from "hyparquet";
import { parquetHeader } from "hyparquet/src/column.js";
import { decodeZstdAsync } from "../codecs/zstd.js";
import { type InflatedPages, MAX_PAGE_BYTES } from "./chunk-pages.js";

/**
 * Decompresses every page of a ZSTD chunk at once, on libuv's thread pool where the native
 * decoder is, while the engine decodes and queries the row group before. Nothing here is checked
 * beyond what decompressing needs: a page that cannot be walked to or decompressed is left out,
 * and decoding the chunk finds it and reports it in place.
 * @param bytes - the whole chunk, from its first page to its end
 * @param codec - the chunk's compression
 * @returns the pages decompressed; undefined for a chunk of another compression
 */
export async function inflateAhead(bytes: Uint8Array, codec: CompressionCodec): Promise<InflatedPages | undefined> {
  if (codec !== "ZSTD") return undefined;
  const pending = compressedParts(bytes).map(({ at, input, size }) => decodeZstdAsync(input, size).then((out) => [at, out] as const, () => undefined));
  return new Map((await Promise.all(pending)).filter((entry) => entry !== undefined));
}

/** The compressed parts of a chunk's pages, up to the first that cannot be walked to: where each starts in the chunk, and its declared size. */
function compressedParts(bytes: Uint8Array): { at: number; input: Uint8Array; size: number }[] {
  const parts: { at: number; input: Uint8Array; size: number }[] = [];
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  try {
    while (reader.offset < bytes.length) {
      const header = parquetHeader(reader);
      const { compressed_page_size: stored, uncompressed_page_size: declared } = header;
      const start = reader.offset;
      if (!(Number.isInteger(stored) && Number.isInteger(declared) && stored > 0 && start + stored <= bytes.length && declared <= MAX_PAGE_BYTES)) break;
      reader.offset = start + stored;
      const v2 = header.data_page_header_v2;
      // A v2 page keeps its levels uncompressed before the values, and may leave the values so too.
      const levels = v2 === undefined ? 0 : v2.definition_levels_byte_length + v2.repetition_levels_byte_length;
      if (header.type === "INDEX_PAGE" || v2?.is_compressed === false || !(Number.isInteger(levels) && levels >= 0 && levels < stored && declared - levels > 0)) continue;
      parts.push({ at: start + levels, input: bytes.subarray(start + levels, start + stored), size: declared - levels });
    }
  } catch {
    // A header that cannot be read ends the walk; decoding the chunk finds it and reports it in place.
  }
  return parts;
}
