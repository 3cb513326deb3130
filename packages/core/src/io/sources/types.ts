import type { Readable } from "../readable.js";

/**
 * Anything a file scan reads from: a path or URL (`file:`, `http:`, `https:`), a fetch Response,
 * the bytes themselves, a Node Readable or WHATWG ReadableStream, or a Blob/File.
 */
export type SourceInput = string | URL | Response | Uint8Array | ArrayBuffer | Readable | ReadableStream<Uint8Array> | Blob;

/**
 * Bytes read by position: a file, an HTTP resource that serves ranges, a Blob, memory, or a spooled
 * copy of a stream. A format reader asks for the ranges it needs and nothing else is read.
 */
export interface RangeSource {
  /** The path, URL or a description of the input, as used in error messages. */
  readonly name: string;
  /** The local file read, when the input is one (lets another engine read the same file). */
  readonly path?: string;
  /** The input's length in bytes. */
  readonly size: number;
  /**
   * Reads `length` bytes at `offset`.
   * @param offset - the first byte
   * @param length - how many bytes; the range must lie within `size`
   * @param signal - aborts the read with an AbortError
   * @throws SourceError "truncated" when the input ends first, "io" when the read fails
   */
  read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array>;
  /** The same, synchronously, for inputs that can (a path, bytes). */
  readSync?(offset: number, length: number): Uint8Array;
}
