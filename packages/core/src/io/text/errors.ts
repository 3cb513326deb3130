/**
 * The errors of the text formats (CSV, NDJSON). Each message starts with the input's name, then
 * the place — line, column and byte — then what was found and what was expected there.
 */

/** What went wrong, for callers that branch on the kind of failure rather than parse messages. */
export type TextScanErrorCode =
  /** The path does not exist or is not a file. */
  | "not-found"
  /** Reading the input failed. */
  | "io"
  /** A row holds more fields than the header, or is otherwise not a record. */
  | "bad-row"
  /** A quoted field is not closed before the end of the input. */
  | "unterminated-quote"
  /** A value does not parse as its column's type. */
  | "bad-value"
  /** String bytes that are not UTF-8. */
  | "invalid-utf8"
  /** The header cannot name the columns (no header record, a name that is not UTF-8). */
  | "bad-header"
  /** An option that cannot be honoured, e.g. a schema type the reader cannot produce. */
  | "invalid-option"
  /** A stream input scanned a second time. */
  | "closed";

/** Where in a text input an error was found. */
export interface TextPlace {
  /** 1-based line of the input (physical lines: a quoted newline starts a new one). */
  readonly line?: number;
  /** The column's name, when the error concerns one. */
  readonly column?: string;
  /** 0-based byte offset in the input. */
  readonly offset?: number;
}

/** A text input that cannot be read; `source` names it, `line`/`column`/`offset` the place at fault. */
export class TextScanError extends Error {
  override name = "TextScanError";
  /** The kind of failure. */
  readonly code: TextScanErrorCode;
  /** The input's name: its path, URL, or a description such as `<ReadableStream>`. */
  readonly source: string;
  /** 1-based line of the fault, when there is one. */
  readonly line: number | undefined;
  /** Name of the column at fault, when there is one. */
  readonly column: string | undefined;
  /** 0-based byte offset of the fault, when there is one. */
  readonly offset: number | undefined;

  /**
   * @param code - the kind of failure
   * @param source - the input's name, which starts the message
   * @param place - line, column and byte of the fault
   * @param detail - what was found and what was expected
   * @param options - the underlying error, if any
   */
  constructor(code: TextScanErrorCode, source: string, place: TextPlace, detail: string, options?: ErrorOptions) {
    super(`${source}: ${formatPlace(place)}${detail}`, options);
    this.code = code;
    this.source = source;
    this.line = place.line;
    this.column = place.column;
    this.offset = place.offset;
  }
}

/** A CSV input that cannot be read (see {@link TextScanError}). */
export class CsvScanError extends TextScanError {
  override name = "CsvScanError";
}

/** An NDJSON input that cannot be read (see {@link TextScanError}). */
export class NdjsonScanError extends TextScanError {
  override name = "NdjsonScanError";
}

/** The error class of one text format. */
export type TextErrorClass = typeof CsvScanError | typeof NdjsonScanError;

function formatPlace({ line, column, offset }: TextPlace): string {
  const parts: string[] = [];
  if (line !== undefined) parts.push(`line ${line}`);
  if (column !== undefined) parts.push(`column "${column}"`);
  if (offset !== undefined) parts.push(`byte ${offset}`);
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}

const decoder = new TextDecoder();

/**
 * A field's bytes as text for an error message: decoded leniently, cut at 40 characters, quoted.
 * @param bytes - the input
 * @param start - first byte of the field
 * @param end - one past its last byte
 */
export function quoteFound(bytes: Uint8Array, start: number, end: number): string {
  const text = decoder.decode(bytes.subarray(start, Math.min(end, start + 160)));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
