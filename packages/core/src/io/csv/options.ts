import { CsvScanError } from "../text/errors.js";
import type { TextSchemaOptions } from "../text/text-schema.js";
import type { CsvDialect } from "./tokenize.js";

/** Options of reading CSV (scanCsv, readCsv). */
export interface CsvReadOptions extends TextSchemaOptions {
  /** The name errors and explain() use; default the path, URL or a description of the input. */
  name?: string;
  /** Aborts reading, whenever that happens. */
  signal?: AbortSignal;
  /** The field delimiter, one ASCII character (default `,`). */
  delimiter?: string;
  /** The quote character, one ASCII character (default `"`), or null for no quoting. */
  quote?: string | null;
  /** Whether the first record names the columns (default true); without, they are `column_1`, `column_2`, …. */
  hasHeader?: boolean;
  /**
   * Field texts that mean null, beside the empty field (which is always null, except a quoted
   * `""` in a Utf8 column: the empty string). Quoted fields never match.
   */
  nullValues?: readonly string[];
  /** Lines starting with this text are skipped (e.g. `#`); default none. */
  commentPrefix?: string | null;
  /** `"error"` (default) fails on a malformed row; `"skip"` drops it and counts it in `onProgress`'s `skippedRows`. */
  badRows?: "error" | "skip";
}

const encoder = new TextEncoder();

/**
 * The byte-level dialect of the options.
 * @throws CsvScanError (invalid-option) for a delimiter or quote that is not one ASCII character
 */
export function dialectOf(options: CsvReadOptions, name: string): CsvDialect {
  const delimiter = asciiByte(options.delimiter ?? ",", "delimiter", name);
  const quote = options.quote === null ? -1 : asciiByte(options.quote ?? '"', "quote", name);
  if (delimiter === quote || delimiter === 10 || delimiter === 13 || quote === 10 || quote === 13) {
    throw new CsvScanError("invalid-option", name, {}, "the delimiter and quote must differ from each other and from a newline");
  }
  const comment = options.commentPrefix === undefined || options.commentPrefix === null || options.commentPrefix === "" ? null : encoder.encode(options.commentPrefix);
  return { delimiter, quote, comment };
}

function asciiByte(text: string, what: string, name: string): number {
  if (typeof text !== "string" || text.length !== 1 || text.charCodeAt(0) > 127) {
    throw new CsvScanError("invalid-option", name, {}, `the ${what} must be one ASCII character, got ${JSON.stringify(text)}`);
  }
  return text.charCodeAt(0);
}
