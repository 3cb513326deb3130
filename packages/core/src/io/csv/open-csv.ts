/**
 * Opening a CSV input: the header and a sample of records are read to name and type the columns;
 * the scan source then streams the whole input through the block parser.
 */
import type { Schema } from "apache-arrow";
import type { ScanSource, SourceOpener } from "../../plan/nodes.js";
import { CsvScanError } from "../text/errors.js";
import { inferColumnType } from "../text/infer.js";
import { readSampled, readSampledSync, type SampleReading } from "../text/sample.js";
import { ESCAPED, FieldSpans } from "../text/spans.js";
import { type Sample, type TextInput, textInput, type TextSourceInput } from "../text/text-input.js";
import { INFER_ROWS, schemaOf, type TextColumn, typeColumns, uniqueNames } from "../text/text-schema.js";
import { TextSource } from "../text/text-source.js";
import { csvNulls, csvTokenizer, csvUnescape } from "./csv-fields.js";
import { type CsvReadOptions, dialectOf } from "./options.js";
import { type CsvDialect, type CsvFault, tokenizeCsv } from "./tokenize.js";

/** What the header and sample say about a CSV input. */
interface CsvLayout {
  readonly columns: TextColumn[];
  readonly schema: Schema;
  /** Bytes before the first data record (BOM, header). */
  readonly skipBytes: number;
  readonly firstLine: number;
}

const BOM = [0xef, 0xbb, 0xbf];
const fatal = new TextDecoder("utf-8", { fatal: true });

/**
 * Opens a CSV input at first need, synchronously for a path or bytes.
 * @param input - a path, URL, bytes, Blob, Response, stream or iterable
 * @param name - the input's name in errors
 * @param options - dialect, schema and bad-row options
 */
export function csvOpener(input: TextSourceInput, name: string, options: CsvReadOptions): SourceOpener {
  const dialect = dialectOf(options, name);
  const text = textInput(input, name, CsvScanError);
  const reading: SampleReading<CsvLayout> = { what: "the header record", describe: (sample) => describeCsv(sample, dialect, name, options) };
  const source = (layout: CsvLayout): ScanSource => csvSource(layout, text, dialect, name, options);
  return {
    name,
    open: async (signal) => source(await readSampled(text, reading, CsvScanError, signal)),
    ...(text.sampleSync === undefined ? {} : { openSync: () => source(readSampledSync(text, reading, CsvScanError)) }),
  };
}

function csvSource(layout: CsvLayout, input: TextInput, dialect: CsvDialect, name: string, options: CsvReadOptions): ScanSource {
  const names = layout.columns.map((c) => c.name);
  return new TextSource(layout.schema, layout.columns, input, {
    name,
    errors: CsvScanError,
    tokenizer: (slots) => csvTokenizer(dialect, slots, names),
    nulls: csvNulls(options.nullValues ?? []),
    unescape: csvUnescape(dialect.quote),
    skipBytes: layout.skipBytes,
    firstLine: layout.firstLine,
    skipBadRows: options.badRows === "skip",
    sampleNote: `the first ${options.inferSchemaRows ?? INFER_ROWS} rows`,
  });
}

/** The layout from a sample, or undefined when the sample does not hold the whole header record. */
function describeCsv(sample: Sample, dialect: CsvDialect, name: string, options: CsvReadOptions): CsvLayout | undefined {
  const { bytes, whole } = sample;
  const bom = BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const failOnQuote: CsvFault = (kind, line, _field, at) => {
    if (kind === "unterminated-quote") {
      throw new CsvScanError("unterminated-quote", name, { line, offset: at }, "found a quoted field that is not closed before the end of the input; expected a closing quote");
    }
  };
  let count = 0;
  const counted = tokenizeCsv(bytes, bom, bytes.length, whole, dialect, new FieldSpans(0, 1), new Int32Array(0), 1, (kind, line, field, at, fields) => {
    failOnQuote(kind, line, field, at, fields);
    count = Math.max(count, kind === "too-many-fields" ? fields : field + 1);
  }, 1);
  if (counted.consumed === bom) {
    if (!whole) return undefined;
    throw new CsvScanError("bad-header", name, { line: 1, offset: bom }, "found no record; expected a header record (an empty input has no columns)");
  }
  const all = Int32Array.from({ length: count }, (_, i) => i);
  const header = new FieldSpans(count, 1);
  tokenizeCsv(bytes, bom, bytes.length, whole, dialect, header, all, 1, failOnQuote, 1);
  const hasHeader = options.hasHeader ?? true;
  const names = hasHeader ? uniqueNames(headerNames(bytes, header, dialect.quote, name)) : Array.from(all, (i) => `column_${i + 1}`);
  const skipBytes = hasHeader ? counted.consumed : bom;
  const firstLine = hasHeader ? counted.line : 1;
  const sampled = sampleRecords(bytes, skipBytes, whole, dialect, all, firstLine, options.inferSchemaRows ?? INFER_ROWS);
  const nulls = csvNulls(options.nullValues ?? []);
  const infer = (slot: number) => inferColumnType({ ...nulls, bytes, spans: sampled, slot, unescape: csvUnescape(dialect.quote), bad: () => undefined });
  const columns = typeColumns(names, infer, options, name, CsvScanError);
  return { columns, schema: schemaOf(columns), skipBytes, firstLine };
}

const UNTERMINATED = Symbol("unterminated quote");

/**
 * The first records after the header, for inference. Malformed ones are left out; an unclosed
 * quote ends the sample there (the scan reports it, naming its column).
 */
function sampleRecords(bytes: Uint8Array, start: number, whole: boolean, dialect: CsvDialect, all: Int32Array, line: number, rows: number): FieldSpans {
  const sampled = new FieldSpans(all.length);
  const stopAtQuote: CsvFault = (kind) => {
    if (kind === "unterminated-quote") throw UNTERMINATED;
  };
  try {
    tokenizeCsv(bytes, start, bytes.length, whole, dialect, sampled, all, line, stopAtQuote, rows);
  } catch (error) {
    if (error !== UNTERMINATED) throw error;
    sampled.clear();
    tokenizeCsv(bytes, start, bytes.length, false, dialect, sampled, all, line, stopAtQuote, rows);
  }
  return sampled;
}

function headerNames(bytes: Uint8Array, header: FieldSpans, quote: number, name: string): string[] {
  const unescape = csvUnescape(quote);
  return Array.from({ length: header.width }, (_, i) => {
    const start = header.starts[i];
    const end = header.ends[i];
    let field = bytes.subarray(start, end);
    if ((header.flags[i] & ESCAPED) !== 0) {
      const out = new Uint8Array(end - start);
      field = out.subarray(0, unescape(bytes, start, end, out, 0));
    }
    try {
      return fatal.decode(field);
    } catch {
      throw new CsvScanError("bad-header", name, { line: 1, offset: start }, `found a column name that is not UTF-8; expected UTF-8 text`);
    }
  });
}
