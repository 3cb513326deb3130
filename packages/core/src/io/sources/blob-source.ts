import { checkRange, SourceError } from "./errors.js";
import type { RangeSource } from "./types.js";

/** A Blob or File read with `Blob.slice`, so only the ranges asked for are loaded. */
export class BlobSource implements RangeSource {
  readonly size: number;

  /**
   * @param blob - the input
   * @param name - the name errors use
   */
  constructor(
    private readonly blob: Blob,
    readonly name: string,
  ) {
    this.size = blob.size;
  }

  async read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    checkRange(this.name, this.size, offset, length);
    signal?.throwIfAborted();
    let buffer: ArrayBuffer;
    try {
      buffer = await this.blob.slice(offset, offset + length).arrayBuffer();
    } catch (cause) {
      throw new SourceError("io", this.name, `cannot read ${length} bytes at byte ${offset}: ${(cause as Error).message}`, offset, { cause });
    }
    signal?.throwIfAborted();
    return new Uint8Array(buffer);
  }
}
