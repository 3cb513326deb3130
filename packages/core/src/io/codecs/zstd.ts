/**
 * The one ZSTD decoder of every reader (IPC bodies, Parquet pages): in Node, the reference
 * library as a native addon (1.6 times faster than WebAssembly, and able to decode on libuv's
 * thread pool); else zstddec's WebAssembly build of it once it is loaded (about twice as fast as
 * JavaScript), fzstd's JavaScript decoder before that. The WebAssembly and JavaScript decoders
 * write into an output of the size the container declared; the native one grows its output as it
 * goes, so it is given only frames whose block headers bound their output near that size (see
 * {@link zstdOutputBound}). Every decoder refuses frames that give more or fewer bytes, and a
 * corrupt length never allocates much beyond the declared size.
 */
import { Decompress } from "fzstd";
import { ZSTDDecoder } from "zstddec";
import { nativeZstd } from "#platform";
import { zstdOutputBound } from "./zstd-frames.js";

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
  const out = nativeFits(body, size) ? plain(nativeZstd!.decodeSync(body)) : loaded ? wasm.decode(body, size) : decodeInJavaScript(body, size);
  return checkedSize(out, size);
}

/**
 * The same, on libuv's thread pool where the native decoder can take the frames, so that several
 * pages decode at once and beside JavaScript; on this thread otherwise.
 * @param body - the compressed bytes (one or more frames), left untouched until the promise settles
 * @param size - the decompressed size the container declared
 * @returns exactly `size` bytes
 * @example await decodeZstdAsync(compressed, 4096)
 */
export async function decodeZstdAsync(body: Uint8Array, size: number): Promise<Uint8Array> {
  if (size === 0 || !nativeFits(body, size)) return decodeZstd(body, size);
  return checkedSize(plain(await nativeZstd!.decode(body)), size);
}

/** A Node Buffer seen as the plain Uint8Array every other decoder gives. */
function plain(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Slack for the last block of a frame, which the bound counts as full. */
const LAST_BLOCK = 128 * 1024;

/** Whether the native decoder is here and the frames cannot make it allocate far beyond `size`. */
function nativeFits(body: Uint8Array, size: number): boolean {
  if (nativeZstd === undefined) return false;
  const bound = zstdOutputBound(body);
  return bound !== undefined && bound <= size + LAST_BLOCK;
}

function checkedSize(out: Uint8Array, size: number): Uint8Array {
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
