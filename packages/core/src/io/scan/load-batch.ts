import { type Data, Field, makeData, RecordBatch, type Schema, Struct, Vector } from "apache-arrow";
import { heapArray } from "../../memory/index.js";
import { readsIntoHeap } from "../heap-types.js";
import { type Place, planBody, readBody } from "./body.js";
import { buildColumn } from "./build-column.js";
import type { ByteInput, Destination } from "./byte-input.js";
import type { BatchMeta, MessageMeta } from "./decode-message.js";
import { loadZstd } from "../codecs/zstd.js";
import { decodeBuffer } from "./decompress.js";
import { invalid } from "./errors.js";
import { columnSlices, type ColumnSlice } from "./layout.js";
import type { IpcMessage } from "./message.js";
import type { HeapScanOptions } from "./types.js";
import { type Projection, projectColumns } from "./projection.js";

/** What a scan carries from message to message. */
export interface ScanState {
  /** The input's name, for errors. */
  name: string;
  /** The input's full schema. */
  schema: Schema;
  /** The columns to build. */
  projection: Projection;
  /** The dictionaries read so far, by id (only those the projection needs). */
  dictionaries: Map<number, Vector>;
  /** Whether number columns are read into the WebAssembly heap (see HeapScanOptions.inHeap). */
  inHeap: boolean;
  /** Whether every buffer is read into shared memory (see HeapScanOptions.shared). */
  shared: boolean;
}

/** Where the bytes of each place are read to (see body.ts); null for a fresh buffer. */
const DESTINATIONS: Record<Exclude<Place, "plain">, Destination> = {
  heap: (n) => heapArray(Uint8Array, n),
  shared: (n) => (typeof SharedArrayBuffer === "function" ? new Uint8Array(new SharedArrayBuffer(n)) : null),
};

/**
 * The state a new scan starts from: the requested columns resolved, no dictionary read yet.
 * @param name - the input's name
 * @param schema - the input's full schema
 * @param options - the requested columns (default all), and where their bytes go
 * @returns the state
 * @throws ColumnNotFoundError or ValueError as {@link projectColumns} does
 */
export function newScanState(name: string, schema: Schema, options: HeapScanOptions = {}): ScanState {
  const { columns, inHeap = false, shared = false } = options;
  return { name, schema, projection: projectColumns(schema, columns), dictionaries: new Map(), inHeap, shared };
}

/**
 * Reads the body ranges of the projected columns of a record batch message and builds the batch,
 * every buffer checked against its field node first.
 * @param input - positioned at the message's body
 * @param state - schema, projection and dictionaries
 * @param read - the message, as returned by readMessage
 * @param index - the batch's number, for errors
 * @returns a batch holding only the projected columns, in projection order
 */
export async function loadRecordBatch(input: ByteInput, state: ScanState, read: IpcMessage, index: number): Promise<RecordBatch> {
  const { message, start } = read;
  const what = `record batch ${index}`;
  if (message.kind !== "record") throw invalid(state.name, start, `expected ${what}, found another message`);
  const { batch } = message;
  const slices = columnSlices(state.schema.fields.map((f) => f.type), batch.variadicCounts, message.version);
  checkCounts(state.name, start, what, batch, slices);
  const { indices, schema } = state.projection;
  const wanted = indices.map((i) => slices[i]);
  const places = schema.fields.map((f) => placeOf(state, batch, f));
  const plan = planBody(wanted.map((s) => batch.buffers.slice(s.bufferStart, s.bufferEnd)), places);
  const parts = await readBody(input, message.bodyLength, plan.spans, `${what} body`, DESTINATIONS);
  if (batch.codec === "zstd") await loadZstd();
  const children = wanted.map((slice, j) => {
    const span = plan.spanOf[j];
    const context = { state, start, what, message, batch };
    return loadColumn(context, parts[span], plan.spans[span].start, slice, schema.fields[j]);
  });
  const data = makeData({ type: new Struct(schema.fields), length: batch.length, nullCount: 0, children });
  return new RecordBatch(schema, data, message.metadata);
}

/**
 * Reads a dictionary batch: loads it when the projection needs its id (replacing the dictionary,
 * or appending to it for a delta), else skips its body.
 * @param input - positioned at the message's body
 * @param state - schema, projection and the dictionaries to update
 * @param read - the message, as returned by readMessage
 * @param index - the dictionary batch's number, for errors
 */
export async function loadDictionaryBatch(input: ByteInput, state: ScanState, read: IpcMessage, index: number): Promise<void> {
  const { message, start } = read;
  if (message.kind !== "dictionary") throw invalid(state.name, start, `expected dictionary batch ${index}, found another message`);
  const what = `dictionary batch ${index} (id ${message.id})`;
  const valueType = state.schema.dictionaries.get(message.id);
  if (valueType === undefined) throw invalid(state.name, start, `${what} has an id no field of the schema uses`);
  if (!state.projection.dictionaryIds.has(message.id)) {
    await input.skip(message.bodyLength, `${what} body`);
    return;
  }
  const { batch } = message;
  const slices = columnSlices([valueType], batch.variadicCounts, message.version);
  checkCounts(state.name, start, what, batch, slices);
  const place: Place = state.shared && batch.codec === undefined ? "shared" : "plain";
  const [body] = await readBody(input, message.bodyLength, [{ start: 0, end: message.bodyLength, place }], `${what} body`, DESTINATIONS);
  if (batch.codec === "zstd") await loadZstd();
  const data = loadColumn({ state, start, what, message, batch }, body, 0, slices[0], new Field("values", valueType, true));
  const previous = state.dictionaries.get(message.id);
  const vector = message.isDelta && previous !== undefined ? previous.concat(new Vector([data])) : new Vector([data]);
  state.dictionaries.set(message.id, vector.memoize());
}

/** Where a column's bytes come from: the message and its batch layout. */
interface LoadContext {
  state: ScanState;
  start: number;
  what: string;
  message: MessageMeta;
  batch: BatchMeta;
}

/** Builds one column from the bytes read for it, decompressing each buffer when the body is compressed. */
function loadColumn(context: LoadContext, bytes: Uint8Array, bytesStart: number, slice: ColumnSlice, field: Field): Data {
  const { state, start, what, message, batch } = context;
  const buffers = batch.buffers.slice(slice.bufferStart, slice.bufferEnd).map(({ offset, length }, i) => {
    const stored = length === 0 ? new Uint8Array(0) : bytes.subarray(offset - bytesStart, offset - bytesStart + length);
    if (batch.codec === undefined) return stored;
    try {
      return decodeBuffer(batch.codec, stored);
    } catch (cause) {
      const at = slice.bufferStart + i;
      throw invalid(state.name, start, `${what} buffer ${at} (column "${field.name}") cannot be decompressed: ${(cause as Error).message}`, cause);
    }
  });
  const parts = {
    name: state.name,
    at: start,
    what,
    nodes: batch.nodes.slice(slice.nodeStart, slice.nodeEnd),
    buffers,
    variadicCounts: batch.variadicCounts.slice(slice.variadicStart, slice.variadicEnd),
    dictionaries: state.dictionaries,
    version: message.version,
  };
  return buildColumn(parts, field, batch.length);
}

/**
 * Where a column's bytes are read to: uncompressed numbers straight into the WebAssembly heap,
 * where the kernels scan them, when asked; the other uncompressed columns into shared memory when
 * asked (for worker threads); else a fresh buffer (which decompression replaces anyway).
 */
function placeOf(state: ScanState, batch: BatchMeta, field: Field): Place {
  if (batch.codec !== undefined) return "plain";
  if (state.inHeap && readsIntoHeap(field.type)) return "heap";
  return state.shared ? "shared" : "plain";
}

/** The metadata must describe exactly the nodes, buffers and variadic counts the schema's types lay out. */
function checkCounts(name: string, start: number, what: string, batch: BatchMeta, slices: readonly ColumnSlice[]): void {
  const last = slices[slices.length - 1];
  const nodes = last?.nodeEnd ?? 0;
  const buffers = last?.bufferEnd ?? 0;
  const variadic = last?.variadicEnd ?? 0;
  if (batch.nodes.length !== nodes || batch.buffers.length !== buffers || batch.variadicCounts.length !== variadic) {
    const found = `${batch.nodes.length} field nodes, ${batch.buffers.length} buffers and ${batch.variadicCounts.length} variadic counts`;
    throw invalid(name, start, `${what} has ${found}; the schema's types need ${nodes}, ${buffers} and ${variadic}`);
  }
}
