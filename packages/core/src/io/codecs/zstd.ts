/**
 * The one ZSTD decoder of every reader (IPC bodies, Parquet pages): zstddec's WebAssembly build
 * of the reference library once it is loaded (about twice as fast), fzstd's JavaScript decoder
 * before that. Both decode into an output of the size the container declared and refuse a frame
 * that gives more or fewer bytes, so a corrupt length never allocates beyond the declared size.
 */
import { Decompress } from "fzstd";
import { ZSTDDecoder } from "zstddec";

const wasm = new ZSTDDecoder();
let loaded = false;
let loading: Promise<void> | undefined;

/**
 * Loads the WebAssembly decoder once; a failure to load leaves the JavaScript one in use.
 * @returns settles when the decoder is ready (or known to be unavailable)
 */
export function loadZstd(): Promise<void> {
  loading ??= wasm.init().then(
    () => {
      loaded = true;
    },
    () => undefined,
  );
  return loading;
}

/**
 * Decodes ZSTD frames of a known decompressed size.
 * @param body - the compressed bytes (one or more frames)
 * @param size - the decompressed size the container declared
 * @returns exactly `size` bytes
 * @throws Error when the frames decode to another size or are corrupt
 * @example decodeZstd(compressed, 4096).length // 4096
 */
export function decodeZstd(body: Uint8Array, size: number): Uint8Array {
  if (size === 0) return new Uint8Array(0);
  const out = loaded ? wasm.decode(body, size) : decodeInJavaScript(body, size);
  if (out.length !== size) throw new Error(`ZSTD output is ${out.length} bytes; the buffer declared ${size}`);
  return out;
}

/** Streams the frames into an output of the declared size, stopping as soon as they would overflow it. */
function decodeInJavaScript(body: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let filled = 0;
  const decoder = new Decompress((chunk) => {
    if (filled + chunk.length > size) throw new Error(`ZSTD output exceeds the declared ${size} bytes`);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  decoder.push(body, true);
  return filled === size ? out : out.subarray(0, filled);
}
