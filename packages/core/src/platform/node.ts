/**
 * What the engine takes from Node: the file system, temporary files, compression, UTF-8
 * validation, worker threads and the DuckDB bindings. Imported as `#platform`; a browser bundle gets
 * `./browser.ts` instead (package.json "imports"), which has the same exports and says, when one
 * is called, that the browser has no file system.
 * @module
 */
export { isUtf8 } from "node:buffer";
export { randomUUID } from "node:crypto";
export { closeSync, existsSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
export { type FileHandle, mkdtemp, open, rename, rm } from "node:fs/promises";
export { tmpdir } from "node:os";
export { createRequire } from "node:module";
export { Worker, type WorkerOptions } from "node:worker_threads";
export { basename, dirname, join } from "node:path";
export { fileURLToPath, pathToFileURL } from "node:url";
export { brotliCompressSync, gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import * as zlib from "node:zlib";

/** Whether files can be read and written by path. */
export const hasFileSystem: boolean = true;

/** Whether queries can run on worker threads. */
export const hasWorkerThreads: boolean = true;

/**
 * Checks that `what` can run here; it always can in Node.
 * @param what - the call that needs the file system, for the message
 */
export function requireFileSystem(what: string): void {
  void what;
}

/**
 * Runs `cleanup` when the process exits.
 * @param cleanup - synchronous work, such as removing temporary files
 */
export function onExit(cleanup: () => void): void {
  process.once("exit", cleanup);
}

/** A native ZSTD decoder: whole frames to bytes, on this thread or on libuv's thread pool. */
export interface NativeZstd {
  decodeSync(body: Uint8Array): Uint8Array;
  decode(body: Uint8Array): Promise<Uint8Array>;
}

/**
 * The reference library's decoder as a Node addon (`@toondepauw/node-zstd`, whose binary comes
 * per platform), or undefined where it has no build: the readers then use WebAssembly.
 */
export const nativeZstd: NativeZstd | undefined = (() => {
  try {
    // The CommonJS build has `require`; the ES module build makes one.
    const load = typeof require === "function" ? require : createRequire(import.meta.url);
    const { Decoder } = load("@toondepauw/node-zstd") as { Decoder: new () => NativeZstd };
    return new Decoder();
  } catch {
    return undefined;
  }
})();

/** Node's zstd compressor (Node 22.15 and later), or undefined. */
export const zstdCompressSync = (zlib as unknown as { zstdCompressSync?: (input: Uint8Array) => Uint8Array }).zstdCompressSync;

/** The optional peer `@grpc/grpc-js` (the Spark Connect client's transport), loaded on first use. */
export function importGrpc(): Promise<typeof import("@grpc/grpc-js")> {
  return import("@grpc/grpc-js");
}

/** The optional peer `@duckdb/node-api`, loaded on first use. */
export function importDuckDB(): Promise<typeof import("@duckdb/node-api")> {
  return import("@duckdb/node-api");
}
