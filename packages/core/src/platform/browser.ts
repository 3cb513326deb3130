/**
 * The browser's `#platform` (see ./node.ts): the same exports, without a file system. Reading and
 * writing by path, temporary files, Parquet's gzip/brotli/zstd output and the DuckDB engine throw
 * a {@link NoFileSystemError} that says so and what to pass instead.
 * @module
 */
import type * as Node from "./node.js";
import { NoFileSystemError } from "./no-file-system.js";

export type { FileHandle, WorkerOptions } from "./node.js";

export const hasFileSystem: typeof Node.hasFileSystem = false;

/** Queries run on the calling thread: the browser build has no worker threads. */
export const hasWorkerThreads: typeof Node.hasWorkerThreads = false;

export const requireFileSystem: typeof Node.requireFileSystem = (what) => {
  throw new NoFileSystemError(what);
};

const fatal = new TextDecoder("utf-8", { fatal: true });

export const isUtf8: typeof Node.isUtf8 = (input) => {
  try {
    fatal.decode(input as Uint8Array);
    return true;
  } catch {
    return false;
  }
};

export const randomUUID: typeof Node.randomUUID = () => crypto.randomUUID();

export const onExit: typeof Node.onExit = () => undefined;

export const zstdCompressSync: typeof Node.zstdCompressSync = undefined;

export const nativeZstd: typeof Node.nativeZstd = undefined;


/** A stand-in for a Node function that needs the file system. */
function absent<F>(what: string): F {
  return (() => {
    throw new NoFileSystemError(what);
  }) as F;
}

export const closeSync = absent<typeof Node.closeSync>("closing a file");
export const existsSync = absent<typeof Node.existsSync>("reading a file by path");
export const fstatSync = absent<typeof Node.fstatSync>("reading a file by path");
export const mkdtempSync = absent<typeof Node.mkdtempSync>("making a temporary file");
export const openSync = absent<typeof Node.openSync>("reading a file by path");
export const readSync = absent<typeof Node.readSync>("reading a file by path");
export const rmSync = absent<typeof Node.rmSync>("removing a file");
export const writeSync = absent<typeof Node.writeSync>("writing a file");
export const mkdtemp = absent<typeof Node.mkdtemp>("making a temporary file");
export const open = absent<typeof Node.open>("reading a file by path");
export const rename = absent<typeof Node.rename>("writing a file");
export const rm = absent<typeof Node.rm>("removing a file");
export const tmpdir = absent<typeof Node.tmpdir>("making a temporary file");
export const fileURLToPath = absent<typeof Node.fileURLToPath>("reading a file: URL");
export const brotliCompressSync = absent<typeof Node.brotliCompressSync>("brotli compression");
export const gzipSync = absent<typeof Node.gzipSync>("gzip compression");
export const importDuckDB = absent<typeof Node.importDuckDB>('the "duckdb" engine');
export const pathToFileURL = absent<typeof Node.pathToFileURL>("a file: URL");
export const createRequire = absent<typeof Node.createRequire>("resolving a module");
// Never constructed: with no worker threads every query stays on the calling thread.
export const Worker = absent<typeof Node.Worker>("worker threads");
export const importGrpc = absent<typeof Node.importGrpc>('the "spark" engine');

export const basename = absent<typeof Node.basename>("writing a file");
export const dirname = absent<typeof Node.dirname>("writing a file");
export const join = absent<typeof Node.join>("making a temporary file");
