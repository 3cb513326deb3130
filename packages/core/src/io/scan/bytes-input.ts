import { isAligned, PositionalInput } from "./byte-input.js";

/**
 * Bytes already in memory, read by position like a file: reads are views (copied only when a view
 * would be misaligned for Arrow), so a projected scan touches only the columns it builds.
 */
export class BytesInput extends PositionalInput {
  private readonly bytes: Uint8Array;

  /**
   * @param bytes - the whole input
   * @param name - a description, for error messages
   */
  constructor(bytes: Uint8Array, name: string) {
    super(name, bytes.byteLength);
    // A Node Buffer's `slice` shares memory; a plain view makes `slice` below a real copy.
    this.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  attach(): void {
    // Reads from memory never wait, so there is nothing for a signal to interrupt.
  }

  async read(length: number, what: string): Promise<Uint8Array> {
    this.checkFits(length, what);
    const view = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    this.taken += length;
    return isAligned(view) ? view : view.slice();
  }

  async peek(length: number): Promise<Uint8Array> {
    return this.bytes.slice(this.offset, Math.min(this.size, this.offset + length));
  }

  async close(): Promise<void> {
    // The bytes belong to the caller.
  }
}
