import type { FileHandle } from "#platform";
import { raceAbort } from "./abort.js";
import { type Destination, PositionalInput } from "./byte-input.js";
import { closedDuringScan, IpcScanError, truncated } from "./errors.js";

/**
 * A regular file read by position: `skip` and `seek` cost no I/O, so a scan reads only the byte
 * ranges it asks for. This is what makes column projection cheap on files.
 */
export class FileInput extends PositionalInput {
  private readonly handle: FileHandle;
  private signal: AbortSignal | undefined;
  private closed = false;
  private readonly onClose: (() => void) | undefined;

  /**
   * @param handle - an open handle on a regular file, closed with this input
   * @param name - the path, for error messages
   * @param size - the file's size when it was opened; reads never go past it
   * @param onClose - told once the handle is closed
   */
  constructor(handle: FileHandle, name: string, size: number, onClose?: () => void) {
    super(name, size);
    this.handle = handle;
    this.onClose = onClose;
  }

  attach(signal: AbortSignal | undefined): void {
    this.signal = signal;
  }

  async read(length: number, what: string, destination?: Destination): Promise<Uint8Array> {
    this.checkFits(length, what);
    const bytes = await this.readAt(this.offset, length, what, destination?.(length)?.subarray(0, length));
    this.offset += length;
    return bytes;
  }

  async peek(length: number): Promise<Uint8Array> {
    const start = this.offset;
    const bytes = await this.readUpTo(length);
    this.offset = start;
    return bytes;
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
   * Reads `length` bytes at `position` into `into` (or a fresh, hence aligned, buffer), looping
   * over short reads; a read that returns nothing means the file shrank after it was opened.
   */
  private async readAt(position: number, length: number, what: string, into?: Uint8Array): Promise<Uint8Array> {
    const bytes = into ?? new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      if (this.closed) throw closedDuringScan(this.name);
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
  if (closed) return closedDuringScan(name, offset, cause);
  const code = (cause as NodeJS.ErrnoException).code;
  return new IpcScanError("io", name, `cannot read at byte ${offset}: ${code ?? (cause as Error).message}`, offset, { cause });
}
