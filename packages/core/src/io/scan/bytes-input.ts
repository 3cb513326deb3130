import { isAligned, type SeekableInput } from "./byte-input.js";
import { truncated } from "./errors.js";

/**
 * Bytes already in memory, read by position like a file: reads are views (copied only when a view
 * would be misaligned for Arrow), so a projected scan touches only the columns it builds.
 */
export class BytesInput implements SeekableInput {
  readonly name: string;
  readonly size: number;
  private readonly bytes: Uint8Array;
  private offset = 0;
  private taken = 0;

  /**
   * @param bytes - the whole input
   * @param name - a description, for error messages
   */
  constructor(bytes: Uint8Array, name: string) {
    // A Node Buffer's `slice` shares memory; a plain view makes `slice` below a real copy.
    this.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.name = name;
    this.size = bytes.byteLength;
  }

  get position(): number {
    return this.offset;
  }

  get bytesRead(): number {
    return this.taken;
  }

  attach(): void {
    // Reads from memory never wait, so there is nothing for a signal to interrupt.
  }

  seek(offset: number): void {
    this.offset = offset;
  }

  async read(length: number, what: string): Promise<Uint8Array> {
    if (this.offset + length > this.size) throw truncated(this.name, this.size, what, length, this.offset);
    const view = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    this.taken += length;
    return isAligned(view) ? view : view.slice();
  }

  async readUpTo(length: number): Promise<Uint8Array> {
    return this.read(Math.max(0, Math.min(length, this.size - this.offset)), "");
  }

  async peek(length: number): Promise<Uint8Array> {
    return this.bytes.slice(this.offset, Math.min(this.size, this.offset + length));
  }

  async skip(length: number, what: string): Promise<void> {
    if (this.offset + length > this.size) throw truncated(this.name, this.size, what, length, this.offset);
    this.offset += length;
  }

  async close(): Promise<void> {
    // The bytes belong to the caller.
  }
}
