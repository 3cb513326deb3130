import { truncated } from "./errors.js";

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
   * @param destination - where an input that reads from the OS puts them (the file handle reads
   *   straight into it), given `length`; null or absent for a fresh buffer. Inputs that already
   *   hold the bytes in memory return views of them instead.
   * @throws IpcScanError "truncated" when the input ends first
   */
  read(length: number, what: string, destination?: Destination): Promise<Uint8Array>;
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

/** Makes the buffer a read fills: at least `length` bytes, 8-byte aligned; null for a fresh one. */
export type Destination = (length: number) => Uint8Array | null;

/** Whether a view can be handed to Arrow as is: every typed array it may become is aligned. */
export function isAligned(bytes: Uint8Array): boolean {
  return bytes.byteOffset % 8 === 0;
}

/**
 * The little-endian int32 at a byte of a view: how IPC writes its length prefixes.
 * @param bytes - the bytes read
 * @param at - the offset within them
 * @returns the integer
 */
export function int32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 4).getInt32(0, true);
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

/**
 * What every {@link SeekableInput} shares: its position, the count of bytes read, and the checks
 * against its size. Subclasses say how the bytes are fetched and add to `taken` what they fetch.
 */
export abstract class PositionalInput implements SeekableInput {
  readonly name: string;
  readonly size: number;
  /** The absolute offset of the next byte to read. */
  protected offset = 0;
  /** The bytes fetched so far. */
  protected taken = 0;

  /**
   * @param name - the input's name, for error messages
   * @param size - its length in bytes
   */
  constructor(name: string, size: number) {
    this.name = name;
    this.size = size;
  }

  get position(): number {
    return this.offset;
  }

  get bytesRead(): number {
    return this.taken;
  }

  seek(offset: number): void {
    this.offset = offset;
  }

  abstract read(length: number, what: string, destination?: Destination): Promise<Uint8Array>;

  abstract peek(length: number): Promise<Uint8Array>;

  abstract attach(signal: AbortSignal | undefined): void;

  abstract close(): Promise<void>;

  async readUpTo(length: number): Promise<Uint8Array> {
    return this.read(Math.max(0, Math.min(length, this.size - this.offset)), "");
  }

  async skip(length: number, what: string): Promise<void> {
    this.checkFits(length, what);
    this.offset += length;
  }

  /**
   * Checks that `length` bytes from the position lie within the input.
   * @throws IpcScanError "truncated" naming `what` when the input ends first
   */
  protected checkFits(length: number, what: string): void {
    if (this.offset + length > this.size) throw truncated(this.name, this.size, what, length, this.offset);
  }
}
