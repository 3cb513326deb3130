import type { FileHandle } from "node:fs/promises";
import { raceAbort } from "./abort.js";
import type { SeekableInput } from "./byte-input.js";
import { IpcScanError, truncated } from "./errors.js";

/**
 * A regular file read by position: `skip` and `seek` cost no I/O, so a scan reads only the byte
 * ranges it asks for. This is what makes column projection cheap on files.
 */
export class FileInput implements SeekableInput {
  readonly name: string;
  /** The file's size when it was opened; reads never go past it. */
  readonly size: number;
  private readonly handle: FileHandle;
  private offset = 0;
  private taken = 0;
  private signal: AbortSignal | undefined;
  private closed = false;
  private readonly onClose: (() => void) | undefined;

  /**
   * @param handle - an open handle on a regular file, closed with this input
   * @param name - the path, for error messages
   * @param size - the file's size
   * @param onClose - told once the handle is closed
   */
  constructor(handle: FileHandle, name: string, size: number, onClose?: () => void) {
    this.handle = handle;
    this.name = name;
    this.size = size;
    this.onClose = onClose;
  }

  get position(): number {
    return this.offset;
  }

  get bytesRead(): number {
    return this.taken;
  }

  attach(signal: AbortSignal | undefined): void {
    this.signal = signal;
  }

  seek(offset: number): void {
    this.offset = offset;
  }

  async read(length: number, what: string): Promise<Uint8Array> {
    if (this.offset + length > this.size) throw truncated(this.name, this.size, what, length, this.offset);
    const bytes = await this.readAt(this.offset, length, what);
    this.offset += length;
    return bytes;
  }

  async readUpTo(length: number): Promise<Uint8Array> {
    return this.read(Math.max(0, Math.min(length, this.size - this.offset)), "");
  }

  async peek(length: number): Promise<Uint8Array> {
    const start = this.offset;
    const bytes = await this.readUpTo(length);
    this.offset = start;
    return bytes;
  }

  async skip(length: number, what: string): Promise<void> {
    if (this.offset + length > this.size) throw truncated(this.name, this.size, what, length, this.offset);
    this.offset += length;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.handle.close();
    } finally {
      this.onClose?.();
    }
  }

  /**
   * Reads `length` bytes at `position` into a fresh (hence aligned) buffer, looping over short
   * reads; a read that returns nothing means the file shrank after it was opened.
   */
  private async readAt(position: number, length: number, what: string): Promise<Uint8Array> {
    const bytes = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      if (this.closed) throw new IpcScanError("closed", this.name, "the source was closed during the scan");
      const { bytesRead } = await raceAbort(this.handle.read(bytes, filled, length - filled, position + filled), this.name, this.signal).catch((cause: unknown) => {
        throw ioError(this.name, position + filled, this.closed, cause);
      });
      if (bytesRead === 0) throw truncated(this.name, position + filled, what || "read", length, position);
      filled += bytesRead;
      this.taken += bytesRead;
    }
    return bytes;
  }
}

/** Turns an OS error from a read into one that names the file and the byte (abort errors pass). */
function ioError(name: string, offset: number, closed: boolean, cause: unknown): unknown {
  if (cause instanceof Error && cause.name === "AbortError") return cause;
  if (closed) return new IpcScanError("closed", name, "the source was closed during the scan", offset, { cause });
  const code = (cause as NodeJS.ErrnoException).code;
  return new IpcScanError("io", name, `cannot read at byte ${offset}: ${code ?? (cause as Error).message}`, offset, { cause });
}
