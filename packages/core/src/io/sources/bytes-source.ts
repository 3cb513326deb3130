import { checkRange } from "./errors.js";
import type { RangeSource } from "./types.js";

/** Bytes already in memory, read by view: nothing is copied. */
export class BytesSource implements RangeSource {
  readonly size: number;

  /**
   * @param bytes - the whole input
   * @param name - the name errors use
   */
  constructor(
    private readonly bytes: Uint8Array,
    readonly name: string,
  ) {
    this.size = bytes.byteLength;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    return this.readSync(offset, length);
  }

  readSync(offset: number, length: number): Uint8Array {
    checkRange(this.name, this.size, offset, length);
    return this.bytes.subarray(offset, offset + length);
  }
}
