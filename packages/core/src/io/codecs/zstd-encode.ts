import { zstdCompressSync } from "#platform";

/** A compressor of whole buffers. */
export type Encode = (bytes: Uint8Array) => Uint8Array;

let wasmEncoding: Promise<Encode> | undefined;

/**
 * A ZSTD compressor at level 3: Node's zlib one where it has it (22.15 and later), else the
 * WebAssembly build of the reference library, instantiated once per process: instantiating it
 * again replaces the module under encoders still in use, and its readiness signal does not wait
 * for the new instance, so a second writer would compress with a module that is not ready.
 * @returns the compressor
 * @example const encode = await zstdEncoder(); encode(bytes)
 */
export function zstdEncoder(): Promise<Encode> {
  const native = zstdCompressSync;
  if (native !== undefined) return Promise.resolve((bytes) => native(bytes));
  wasmEncoding ??= (async () => {
    const zstd = await import("@bokuweb/zstd-wasm");
    await zstd.init();
    return (bytes: Uint8Array) => zstd.compress(bytes, 3);
  })().catch((error: unknown) => {
    wasmEncoding = undefined;
    throw error;
  });
  return wasmEncoding;
}
