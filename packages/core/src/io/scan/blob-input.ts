import { raceAbort } from "./abort.js";
import { PositionalInput, type SeekableInput } from "./byte-input.js";
import { IpcScanError } from "./errors.js";
import type { InputOpener } from "./seekable-source.js";

/**
 * A Blob or File read by position with `Blob.slice`: like a file on disk, a projected scan loads
 * only the byte ranges of the columns it builds, never the whole Blob.
 */
export class BlobInput extends PositionalInput {
  private readonly blob: Blob;
  private signal: AbortSignal | undefined;

  /**
   * @param blob - the input
   * @param name - the name errors use (a File's name)
   */
  constructor(blob: Blob, name: string) {
    super(name, blob.size);
    this.blob = blob;
  }

  attach(signal: AbortSignal | undefined): void {
    this.signal = signal;
  }

  async read(length: number, what: string): Promise<Uint8Array> {
    this.checkFits(length, what);
    const bytes = await this.slice(this.offset, length);
    this.offset += length;
    this.taken += length;
    return bytes;
  }

  async peek(length: number): Promise<Uint8Array> {
    return this.slice(this.offset, Math.max(0, Math.min(length, this.size - this.offset)));
  }

  async close(): Promise<void> {
    // The Blob belongs to the caller.
  }

  /** A fresh (hence aligned) copy of `length` bytes at `offset`. */
  private async slice(offset: number, length: number): Promise<Uint8Array> {
    try {
      return new Uint8Array(await raceAbort(this.blob.slice(offset, offset + length).arrayBuffer(), this.name, this.signal));
    } catch (cause) {
      if (cause instanceof Error && cause.name === "AbortError") throw cause;
      throw new IpcScanError("io", this.name, `cannot read ${length} bytes at byte ${offset}: ${(cause as Error).message}`, offset, { cause });
    }
  }
}

/** Opens a Blob for each scan; there is nothing to release. */
export class BlobOpener implements InputOpener {
  /**
   * @param blob - the input
   * @param name - the name errors use
   */
  constructor(
    private readonly blob: Blob,
    private readonly name: string,
  ) {}

  async open(): Promise<SeekableInput> {
    return new BlobInput(this.blob, this.name);
  }

  async close(): Promise<void> {
    // The Blob belongs to the caller.
  }
}
