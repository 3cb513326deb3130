/**
 * Opening an NDJSON input: the keys of a sample of lines name the columns (in first-seen order) and
 * their values type them; the scan source then streams the whole input through the block parser.
 */
import type { Schema } from "apache-arrow";
import type { ScanSource, SourceOpener } from "../../plan/nodes.js";
import type { TextTokenizer } from "../text/block-parser.js";
import type { ColumnContext } from "../text/column-context.js";
import { NdjsonScanError } from "../text/errors.js";
import { inferColumnType } from "../text/infer.js";
import { readSampled, readSampledSync, type SampleReading } from "../text/sample.js";
import { ABSENT, FieldSpans } from "../text/spans.js";
import { type Sample, type TextInput, textInput, type TextSourceInput } from "../text/text-input.js";
import { INFER_ROWS, schemaOf, type TextColumn, type TextSchemaOptions, typeColumns } from "../text/text-schema.js";
import { TextSource } from "../text/text-source.js";
import { KeyIndex } from "./keys.js";
import { tokenizeNdjson } from "./tokenize.js";

/** Options of reading NDJSON (scanNdjson, readNdjson). */
export interface NdjsonReadOptions extends TextSchemaOptions {
  /** The name errors and explain() use; default the path, URL or a description of the input. */
  name?: string;
  /** Aborts reading, whenever that happens. */
  signal?: AbortSignal;
  /** `"error"` (default) fails on a malformed line; `"skip"` drops it and counts it in `onProgress`'s `skippedRows`. */
  badRows?: "error" | "skip";
}

interface NdjsonLayout {
  readonly columns: TextColumn[];
  readonly schema: Schema;
  /** A byte-order mark's length, or 0. */
  readonly skipBytes: number;
}

/** A JSON value is null only when it is `null` or its key is missing; strings are never numbers. */
const NULLS: Pick<ColumnContext, "isNull" | "isNullText" | "quotedNumbers"> = {
  quotedNumbers: false,
  isNull: (_bytes, _start, _end, flags) => (flags & ABSENT) !== 0,
  isNullText: (_bytes, _start, _end, flags) => (flags & ABSENT) !== 0,
};

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Copies a JSON string's content with its backslash escapes undone. */
const unescapeJson: ColumnContext["unescape"] = (bytes, start, end, out, at) => {
  const text = JSON.parse(`"${decoder.decode(bytes.subarray(start, end))}"`) as string;
  return encoder.encodeInto(text, out.subarray(at)).written;
};

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Opens an NDJSON input at first need, synchronously for a path or bytes.
 * @param input - a path, URL, bytes, Blob, Response, stream or iterable
 * @param name - the input's name in errors
 */
export function ndjsonOpener(input: TextSourceInput, name: string, options: NdjsonReadOptions): SourceOpener {
  const text = textInput(input, name, NdjsonScanError);
  const reading: SampleReading<NdjsonLayout> = { what: "the first line", describe: (sample) => describeNdjson(sample, name, options) };
  const source = (layout: NdjsonLayout): ScanSource => ndjsonSource(layout, text, name, options);
  return {
    name,
    open: async (signal) => source(await readSampled(text, reading, NdjsonScanError, signal)),
    ...(text.sampleSync === undefined ? {} : { openSync: () => source(readSampledSync(text, reading, NdjsonScanError)) }),
  };
}

function ndjsonSource(layout: NdjsonLayout, input: TextInput, name: string, options: NdjsonReadOptions): ScanSource {
  const names = layout.columns.map((c) => c.name);
  return new TextSource(layout.schema, layout.columns, input, {
    name,
    errors: NdjsonScanError,
    tokenizer: (slots) => ndjsonTokenizer(slots, new KeyIndex(names, false)),
    nulls: NULLS,
    unescape: unescapeJson,
    skipBytes: layout.skipBytes,
    firstLine: 1,
    skipBadRows: options.badRows === "skip",
    sampleNote: `the first ${options.inferSchemaRows ?? INFER_ROWS} lines`,
  });
}

function ndjsonTokenizer(slots: Int32Array, keys: KeyIndex): TextTokenizer {
  let width = 0;
  for (const slot of slots) if (slot >= 0) width++;
  return {
    width,
    tokenize: (bytes, start, end, final, spans, line, fault) => tokenizeNdjson(bytes, start, end, final, spans, slots, keys, line, fault),
  };
}

/** The layout from a sample, or undefined when it holds no complete line yet. */
function describeNdjson(sample: Sample, name: string, options: NdjsonReadOptions): NdjsonLayout | undefined {
  const { whole } = sample;
  const bom = BOM.every((b, i) => sample.bytes[i] === b);
  // While sampling, a BOM is read as blank space before the first object.
  const bytes = bom ? sample.bytes.slice().fill(32, 0, 3) : sample.bytes;
  const rows = options.inferSchemaRows ?? INFER_ROWS;
  const keys = new KeyIndex([], true);
  const ignore = () => undefined;
  const found = tokenizeNdjson(bytes, 0, bytes.length, whole, new FieldSpans(0), new Int32Array(0), keys, 1, ignore, rows);
  if (found.consumed === 0 && !whole) return undefined;
  // Keys the schema names but the sample lacks come after the sample's, which keep their order.
  const names = [...new Set([...keys.names, ...Object.keys(options.schema ?? {})])];
  if (names.length === 0) {
    throw new NdjsonScanError("bad-header", name, { line: 1, offset: 0 }, "found no JSON object with a key; expected at least one (or pass a `schema`)");
  }
  const all = Int32Array.from(names, (_, i) => i);
  const sampled = new FieldSpans(names.length);
  tokenizeNdjson(bytes, 0, bytes.length, whole, sampled, all, new KeyIndex(names, false), 1, ignore, rows);
  const infer = (slot: number) => inferColumnType({ ...NULLS, bytes, spans: sampled, slot, unescape: unescapeJson, bad: ignore });
  const columns = typeColumns(names, infer, options, name, NdjsonScanError);
  return { columns, schema: schemaOf(columns), skipBytes: bom ? 3 : 0 };
}
