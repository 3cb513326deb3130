import { csvOpener } from "../io/csv/open-csv.js";
import type { CsvReadOptions } from "../io/csv/options.js";
import type { TextSourceInput } from "../io/text/text-input.js";
import type { DataFrame } from "./data-frame.js";
import type { LazyFrame } from "./lazy-frame.js";
import { inputName, lazyScan, readWhole } from "./lazy-scan.js";

/**
 * A lazy query over a CSV file: a path or URL, bytes, a Blob, a fetch Response, a Node Readable
 * or a ReadableStream. It returns at once; the header and a sample (for the column types) are
 * read at first need — synchronously for a path or bytes, so `explain()` works at once. A scan
 * then streams the input in blocks, building only the columns the query needs.
 * @param source - where the CSV is
 * @param options - dialect (delimiter, quote, header, nulls, comments), `schema` overrides, bad rows
 * @returns the query
 * @throws CsvScanError (when read) naming the file, line, column and byte of a malformed record
 * @example
 * const lf = scanCsv("flights.csv", { schema: { origin: new Utf8() } });
 * const row = await lf.select(col("delay").argmin()).collect();
 */
export function scanCsv(source: TextSourceInput, options: CsvReadOptions = {}): LazyFrame {
  return lazyScan(csvOpener(source, inputName(source, options.name), options));
}

/**
 * Reads a whole CSV file or its bytes into a DataFrame (see {@link scanCsv} for the options).
 * @param source - a path, or the bytes
 * @returns the frame
 * @example readCsv("flights.csv").col("delay").argmin()
 */
export function readCsv(source: string | Uint8Array, options: CsvReadOptions = {}): DataFrame {
  return readWhole(csvOpener(source, inputName(source, options.name), options));
}
