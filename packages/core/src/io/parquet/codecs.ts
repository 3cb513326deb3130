import type { Compressors } from "hyparquet";
import { compressors as portable } from "hyparquet-compressors";
import { ZSTDDecoder } from "zstddec";

const zstd = new ZSTDDecoder();
let wasmZstd: Compressors["ZSTD"] | undefined;
let starting: Promise<void> | undefined;

/**
 * The page decompressors: hyparquet-compressors' pure-JavaScript ones (snappy, gzip, brotli, lz4,
 * lz4_raw, zstd), with zstd replaced by zstddec's WebAssembly build, about twice as fast, once
 * it is loaded. Loading is asynchronous, so a synchronous read before any scan opened a file
 * decodes zstd in JavaScript.
 */
export function decompressors(): Compressors {
  return wasmZstd === undefined ? portable : { ...portable, ZSTD: wasmZstd };
}

/** Loads the WebAssembly zstd decoder once; a failure to load leaves the JavaScript one in use. */
export function loadFastCodecs(): Promise<void> {
  starting ??= zstd.init().then(
    () => {
      wasmZstd = (input, outputLength) => zstd.decode(input, outputLength);
    },
    () => undefined,
  );
  return starting;
}
