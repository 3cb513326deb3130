import type { RecordBatch, Schema } from "apache-arrow";
import { type CellWriter, cellWriter, type TextSpelling } from "../text/format-values.js";
import { requireFileSystem } from "#platform";
import { sinkTextFile } from "../text/sink-text.js";

/** Options of writing CSV. */
export interface SinkCsvOptions {
  /** The field delimiter, one ASCII character (default `,`). */
  readonly delimiter?: string;
  /** Write the column names first (default true). */
  readonly header?: boolean;
}

/**
 * The CSV spelling: a string is quoted when it holds the delimiter, a quote or a line break, or
 * is empty (an empty field is null; `""` is the empty string); quotes inside are doubled. Floats
 * write NaN, inf and -inf as Polars and pandas read them.
 */
function csvSpelling(delimiter: string): TextSpelling {
  return {
    string: (value) => (value === "" || needsQuotes(value, delimiter) ? `"${value.replaceAll('"', '""')}"` : value),
    nan: "NaN",
    infinity: "inf",
    negativeInfinity: "-inf",
  };
}

function needsQuotes(value: string, delimiter: string): boolean {
  return value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r");
}

/**
 * Writes record batches as a CSV file (RFC 4180, `\n` line ends, UTF-8), atomically.
 * @param batches - the rows
 * @param schema - their schema, whose names make the header
 * @param path - the file to create or replace
 */
export async function sinkCsvFile(batches: AsyncIterable<RecordBatch>, schema: Schema, path: string, options: SinkCsvOptions = {}): Promise<void> {
  requireFileSystem("sinkCsv");
  const delimiter = options.delimiter ?? ",";
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    throw new RangeError(`sinkCsv: the delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
  }
  const spelling = csvSpelling(delimiter);
  const names = schema.fields.map((f) => spelling.string(f.name));
  // A one-column file's null row is an empty line, which reads back as null; with several columns
  // an empty line would be skipped, but then it holds delimiters.
  const head = options.header === false ? "" : `${names.join(delimiter)}\n`;
  await sinkTextFile(batches, path, head, (batch) => {
    const writers: CellWriter[] = batch.data.children.map((data) => cellWriter(data, spelling));
    let text = "";
    for (let row = 0; row < batch.numRows; row++) {
      for (let c = 0; c < writers.length; c++) {
        if (c > 0) text += delimiter;
        text += writers[c](row) ?? "";
      }
      text += "\n";
    }
    return text;
  });
}
