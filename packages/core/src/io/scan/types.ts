import type { RecordBatch, Schema } from "apache-arrow";
import type { Readable } from "../readable.js";

/**
 * Anything {@link openIpcSource} reads Arrow IPC from: a file path or URL (`file:`, `http:`,
 * `https:`), a Node Readable, a WHATWG ReadableStream, a fetch Response, the bytes themselves, a
 * Blob or File (read by `Blob.slice`), or an (async) iterable of byte chunks.
 */
export type IpcInput =
  | string
  | URL
  | Readable
  | ReadableStream<Uint8Array>
  | Response
  | Uint8Array
  | ArrayBuffer
  | Blob
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>;

/** Options of {@link openIpcSource}. */
export interface OpenIpcSourceOptions {
  /** The name errors and `source.name` use; default the path, URL, or a description of the input. */
  name?: string;
  /** Aborts opening (reading the schema) with an AbortError. */
  signal?: AbortSignal;
}

/** Cumulative counts reported after each batch of a scan. */
export interface IpcScanProgress {
  /** Rows yielded so far. */
  rows: number;
  /**
   * Bytes of the input read so far by this scan: for a path or bytes only the ranges actually read
   * (a projection skips the other columns), for a stream everything up to this batch.
   */
  bytes: number;
}

/** Options of {@link IpcSource.batches}. */
export interface IpcScanOptions {
  /** The columns to read, in the order the batches should hold them; default all, in schema order. */
  columns?: readonly string[];
  /** Aborts the scan with an AbortError and releases the input. */
  signal?: AbortSignal;
  /** Called after each batch with the cumulative rows and bytes read. */
  onProgress?: (progress: IpcScanProgress) => void;
}

/** The engine's own scan options: the public ones, and where the batches' buffers go. */
export interface HeapScanOptions extends IpcScanOptions {
  /**
   * Read uncompressed fixed-width number columns of a file straight into the WebAssembly heap,
   * where the kernels scan them in place. The caller then owns the batches' heap blocks: it
   * releases each batch with `releaseBatch` once nothing reads it any more, or leaves the blocks
   * to the garbage collector (which may be slow to notice, so a long scan must release).
   */
  inHeap?: boolean;
  /**
   * Read every other uncompressed buffer into shared memory (a SharedArrayBuffer), so that worker
   * threads read the batches where they are (the parallel pipeline asks for this).
   */
  shared?: boolean;
}

/**
 * An Arrow IPC input whose schema is known and whose record batches are read one at a time.
 *
 * A scan that ends — by finishing, failing, being aborted or by the consumer breaking out — releases
 * what it opened. A path can be scanned again (each scan opens the file anew); a stream input can be
 * scanned once.
 */
export interface IpcSource {
  /** The schema of the whole input, before projection. */
  readonly schema: Schema;
  /** The path, URL or a description of the input, as used in error messages. */
  readonly name: string;
  /** `"file"` for the IPC file format (ARROW1 … footer), `"stream"` for the streaming format. */
  readonly format: "file" | "stream";
  /** The number of record batches when the footer says so (file format read by path), else undefined. */
  readonly numBatches: number | undefined;
  /**
   * The record batches, one at a time, holding only the requested columns.
   * @param options - columns to project, an abort signal, a progress callback
   * @throws ColumnNotFoundError (synchronously) when a requested column does not exist
   */
  batches(options?: IpcScanOptions): AsyncIterable<RecordBatch>;
  /** Releases the input and ends any scan in progress; idempotent. */
  close(): Promise<void>;
}
