import type { FieldSpans } from "./spans.js";

/**
 * Copies a field's bytes into `out` at `at` with its escapes undone (a CSV doubled quote, a JSON
 * backslash escape); returns the bytes written, never more than the span's length.
 */
export type Unescape = (bytes: Uint8Array, start: number, end: number, out: Uint8Array, at: number) => number;

/** What building one column of one block needs: the bytes, the spans, and how to report a bad value. */
export interface ColumnContext {
  readonly bytes: Uint8Array;
  readonly spans: FieldSpans;
  /** The column's slot in the spans. */
  readonly slot: number;
  /** Whether a field is null for a typed (non-string) column. */
  readonly isNull: (bytes: Uint8Array, start: number, end: number, flags: number) => boolean;
  /** Whether a field is null for a string column. */
  readonly isNullText: (bytes: Uint8Array, start: number, end: number, flags: number) => boolean;
  /** Whether a quoted field (a JSON string) may hold a number or boolean: true in CSV, not in NDJSON. */
  readonly quotedNumbers: boolean;
  readonly unescape: Unescape;
  /**
   * Reports row `row`'s field as not of the column's type: throws, or (when bad rows are skipped)
   * records the row so it is dropped, and the builder writes a null.
   */
  readonly bad: (row: number, start: number, end: number, expected: string) => void;
}
