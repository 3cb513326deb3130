/**
 * The one interface the IPC message reader pulls bytes through, whether they come from a file
 * handle (where skipping costs nothing) or from a stream (where skipped bytes still arrive).
 */
export interface ByteInput {
  /** The input's name, used in every error message. */
  readonly name: string;
  /** The absolute offset of the next byte to read. */
  readonly position: number;
  /**
   * How many bytes of the input have been read: on a seekable input only the ranges read, on a
   * sequential one everything up to `position` (a stream must deliver skipped bytes too).
   */
  readonly bytesRead: number;
  /**
   * Reads exactly `length` bytes; the result is 8-byte aligned so Arrow can view it as any
   * typed array.
   * @param length - how many bytes
   * @param what - what they are, for the truncation error, e.g. "record batch 3 body"
   * @throws IpcScanError "truncated" when the input ends first
   */
  read(length: number, what: string): Promise<Uint8Array>;
  /**
   * Reads up to `length` bytes; fewer only when the input ends.
   * @param length - how many bytes at most
   */
  readUpTo(length: number): Promise<Uint8Array>;
  /**
   * Returns up to `length` bytes from the current position without moving past them.
   * @param length - how many bytes at most
   */
  peek(length: number): Promise<Uint8Array>;
  /**
   * Moves past `length` bytes without keeping them.
   * @param length - how many bytes
   * @param what - what they are, for the truncation error
   * @throws IpcScanError "truncated" when the input ends first
   */
  skip(length: number, what: string): Promise<void>;
  /**
   * The signal later reads race against; a pending read rejects with an AbortError when it fires.
   * @param signal - the scan's signal, or undefined to detach
   */
  attach(signal: AbortSignal | undefined): void;
  /** Releases the underlying handle or stream; idempotent. */
  close(): Promise<void>;
}

/** Whether a view can be handed to Arrow as is: every typed array it may become is aligned. */
export function isAligned(bytes: Uint8Array): boolean {
  return bytes.byteOffset % 8 === 0;
}

/** An input of known size that can be read by position: a regular file, or bytes in memory. */
export interface SeekableInput extends ByteInput {
  /** The input's length in bytes. */
  readonly size: number;
  /**
   * Moves to an absolute offset; reading there costs nothing until bytes are asked for.
   * @param offset - the byte to read next
   */
  seek(offset: number): void;
}
