import type { Compressors } from "hyparquet";
import { compressors as portable } from "hyparquet-compressors";
import { decodeZstd } from "../codecs/zstd.js";

export { loadZstd as loadFastCodecs } from "../codecs/zstd.js";

/** The page decompressors: hyparquet-compressors' (snappy, gzip, brotli, lz4, lz4_raw), and ZSTD by the readers' own decoder. */
const pageDecompressors: Compressors = { ...portable, ZSTD: (input, outputLength) => decodeZstd(input, outputLength) };

/**
 * The page decompressors every Parquet read uses.
 * @returns the codecs by Parquet name
 */
export function decompressors(): Compressors {
  return pageDecompressors;
}
