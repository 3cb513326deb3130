/**
 * The errors an IPC scan throws. Each message starts with the input's name and says what was found
 * at which byte and what was expected there, so a bad file can be diagnosed from the message alone.
 */

/** What went wrong, for callers that branch on the kind of failure rather than parse messages. */
export type IpcScanErrorCode =
  | "not-found"
  | "io"
  | "not-arrow"
  | "truncated"
  | "invalid"
  | "unsupported"
  | "big-endian"
  | "changed"
  | "closed";

/** An Arrow IPC input that cannot be read; `source` names the input, `offset` the byte at fault. */
export class IpcScanError extends Error {
  override readonly name = "IpcScanError";
  /** The kind of failure. */
  readonly code: IpcScanErrorCode;
  /** The input's name: its path, URL, or a description such as `<ReadableStream>`. */
  readonly source: string;
  /** The byte offset the message refers to, when there is one. */
  readonly offset: number | undefined;

  /**
   * @param code - the kind of failure
   * @param source - the input's name, which starts the message
   * @param detail - what was found and what was expected
   * @param offset - the byte offset the detail refers to
   * @param options - the underlying error, if any
   */
  constructor(code: IpcScanErrorCode, source: string, detail: string, offset?: number, options?: ErrorOptions) {
    super(`${source}: ${detail}`, options);
    this.code = code;
    this.source = source;
    this.offset = offset;
  }
}

/**
 * The error for input that ended before a structure it announced was complete.
 * @param source - the input's name
 * @param end - the offset at which the data ran out
 * @param what - the structure being read, e.g. "record batch 3 body"
 * @param needed - how many bytes it needs
 * @param from - where it starts
 * @returns the error, ready to throw
 * @example truncated("trips.arrow", 1048576, "record batch 3 body", 4096, 1044480)
 */
export function truncated(source: string, end: number, what: string, needed: number, from: number): IpcScanError {
  return new IpcScanError("truncated", source, `truncated at byte ${end}: ${what} needs ${needed} bytes from byte ${from}`, end);
}

/**
 * The error for bytes that are Arrow-shaped but inconsistent (bad lengths, unexpected messages).
 * @param source - the input's name
 * @param offset - the byte at which the inconsistency was found
 * @param detail - what was found and what was expected
 * @param cause - the decoder's own error, if any
 * @returns the error, ready to throw
 */
export function invalid(source: string, offset: number, detail: string, cause?: unknown): IpcScanError {
  return new IpcScanError("invalid", source, `invalid Arrow IPC at byte ${offset}: ${detail}`, offset, cause === undefined ? undefined : { cause });
}

/**
 * Up to `max` bytes in hex with a printable-ASCII rendering, for "found … at byte N" messages.
 * @param bytes - the bytes found
 * @param max - how many to show
 * @returns e.g. `50 4b 03 04 ("PK..")`
 */
export function hexOf(bytes: Uint8Array, max = 8): string {
  const head = bytes.subarray(0, max);
  const hex = Array.from(head, (b) => b.toString(16).padStart(2, "0")).join(" ");
  const text = Array.from(head, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
  return `${hex} ("${text}")${bytes.length > max ? " …" : ""}`;
}

/**
 * The error for a scan whose input was closed (by `close()` or an abort) while it was reading.
 * @param source - the input's name
 * @param offset - the byte the scan had reached, when known
 * @param cause - the error the interrupted read failed with, if any
 * @returns the error, ready to throw
 */
export function closedDuringScan(source: string, offset?: number, cause?: unknown): IpcScanError {
  return new IpcScanError("closed", source, "the source was closed during the scan", offset, cause === undefined ? undefined : { cause });
}

/**
 * The error for a scan asked of a source after its `close()`.
 * @param source - the input's name
 * @returns the error, ready to throw
 */
export function sourceClosed(source: string): IpcScanError {
  return new IpcScanError("closed", source, "the source is closed");
}

/**
 * The error for a second scan of an input that can be read once (a stream).
 * @param source - the input's name
 * @returns the error, ready to throw
 */
export function scannedOnce(source: string): IpcScanError {
  return new IpcScanError("closed", source, "a stream input can be scanned once; open the input again to scan it again");
}

/**
 * The error for an input whose first bytes are neither an IPC file's nor an IPC stream's.
 * @param source - the input's name
 * @param head - the first bytes of the input (possibly none)
 * @returns the error, ready to throw
 */
export function notArrow(source: string, head: Uint8Array): IpcScanError {
  const expected = `expected "ARROW1" (41 52 52 4f 57 31) for an Arrow IPC file or ff ff ff ff for an Arrow IPC stream`;
  const found = head.length === 0 ? "empty input: found no bytes at byte 0" : `not Arrow IPC: found ${hexOf(head)} at byte 0`;
  return new IpcScanError("not-arrow", source, `${found}; ${expected}`, 0);
}
