import { CompressionType, type Data, type DataType, makeData, RecordBatch, type Schema, Struct, Vector } from "apache-arrow";
import { BufferRegion, type RecordBatch as BatchHeader, type DictionaryBatch as DictionaryHeader } from "apache-arrow/ipc/metadata/message";
import { VectorLoader } from "apache-arrow/visitor/vectorloader";
import { planBody, readBody } from "./body.js";
import type { ByteInput } from "./byte-input.js";
import { compressed, invalid } from "./errors.js";
import { columnSlices, type ColumnSlice } from "./layout.js";
import type { IpcMessage } from "./message.js";
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
}

/**
 * The state a new scan starts from: the requested columns resolved, no dictionary read yet.
 * @param name - the input's name
 * @param schema - the input's full schema
 * @param columns - the requested columns, or undefined for all
 * @returns the state
 * @throws ColumnNotFoundError or ValueError as {@link projectColumns} does
 */
export function newScanState(name: string, schema: Schema, columns: readonly string[] | undefined): ScanState {
  return { name, schema, projection: projectColumns(schema, columns), dictionaries: new Map() };
}

/**
 * Reads the body ranges of the projected columns of a record batch message and builds the batch.
 * @param input - positioned at the message's body
 * @param state - schema, projection and dictionaries
 * @param read - the message, as returned by readMessage
 * @param index - the batch's number, for errors
 * @returns a batch holding only the projected columns, in projection order
 */
export async function loadRecordBatch(input: ByteInput, state: ScanState, read: IpcMessage, index: number): Promise<RecordBatch> {
  const { message, start } = read;
  const header = message.header() as BatchHeader;
  const what = `record batch ${index}`;
  rejectCompression(state.name, start, what, header);
  const slices = columnSlices(state.schema.fields.map((f) => f.type), header.variadicBufferCounts, message.version);
  checkCounts(state.name, start, what, header, slices);
  checkRegions(state.name, start, what, header.buffers, message.bodyLength);
  const { indices, schema } = state.projection;
  const wanted = indices.map((i) => slices[i]);
  const plan = planBody(wanted.map((s) => header.buffers.slice(s.bufferStart, s.bufferEnd)));
  requireDictionaries(state, start, what);
  const parts = await readBody(input, message.bodyLength, plan.spans, `${what} body`);
  const children = wanted.map((slice, j) => {
    const span = plan.spanOf[j];
    return loadColumn(parts[span], plan.spans[span].start, header, slice, state.dictionaries, message.version, schema.fields[j].type);
  });
  const data = makeData({ type: new Struct(schema.fields), length: header.length, nullCount: 0, children });
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
  const header = message.header() as DictionaryHeader;
  const what = `dictionary batch ${index} (id ${header.id})`;
  const valueType = state.schema.dictionaries.get(header.id);
  if (valueType === undefined) throw invalid(state.name, start, `${what} has an id no field of the schema uses`);
  if (!state.projection.dictionaryIds.has(header.id)) {
    await input.skip(message.bodyLength, `${what} body`);
    return;
  }
  rejectCompression(state.name, start, what, header.data);
  const slices = columnSlices([valueType], header.data.variadicBufferCounts, message.version);
  checkCounts(state.name, start, what, header.data, slices);
  checkRegions(state.name, start, what, header.buffers, message.bodyLength);
  const [body] = await readBody(input, message.bodyLength, [{ start: 0, end: message.bodyLength }], `${what} body`);
  const data = loadColumn(body, 0, header.data, slices[0], state.dictionaries, message.version, valueType);
  const previous = state.dictionaries.get(header.id);
  const vector = header.isDelta && previous !== undefined ? previous.concat(new Vector([data])) : new Vector([data]);
  state.dictionaries.set(header.id, vector.memoize());
}

/**
 * Builds one column with arrow-js's VectorLoader over just this column's nodes and buffers, their
 * offsets moved to be relative to the bytes read.
 */
function loadColumn(
  bytes: Uint8Array,
  bytesStart: number,
  header: BatchHeader,
  slice: ColumnSlice,
  dictionaries: Map<number, Vector>,
  version: number,
  type: DataType,
): Data {
  const regions = header.buffers
    .slice(slice.bufferStart, slice.bufferEnd)
    .map(({ offset, length }) => new BufferRegion(length === 0 ? 0 : offset - bytesStart, length));
  const nodes = header.nodes.slice(slice.nodeStart, slice.nodeEnd);
  const variadic = header.variadicBufferCounts.slice(slice.variadicStart, slice.variadicEnd);
  return new VectorLoader(bytes, nodes, regions, dictionaries, version, variadic).visit(type);
}

/** Compressed bodies need a codec arrow-js does not ship; refuse them with the codec's name. */
function rejectCompression(name: string, start: number, what: string, header: BatchHeader): void {
  if (header.compression == null) return;
  throw compressed(name, start, what, CompressionType[header.compression.type] ?? `codec ${header.compression.type}`);
}

/** The metadata must describe exactly the nodes and buffers the schema's types lay out. */
function checkCounts(name: string, start: number, what: string, header: BatchHeader, slices: readonly ColumnSlice[]): void {
  const last = slices[slices.length - 1];
  const nodes = last?.nodeEnd ?? 0;
  const buffers = last?.bufferEnd ?? 0;
  if (header.nodes.length !== nodes || header.buffers.length !== buffers) {
    const found = `${header.nodes.length} field nodes and ${header.buffers.length} buffers`;
    throw invalid(name, start, `${what} has ${found}; the schema's types need ${nodes} and ${buffers}`);
  }
}

/** Every buffer must lie inside the body, or the loader would silently read short views. */
function checkRegions(name: string, start: number, what: string, regions: readonly BufferRegion[], bodyLength: number): void {
  regions.forEach(({ offset, length }, i) => {
    if (length > 0 && !(offset >= 0 && offset + length <= bodyLength)) {
      throw invalid(name, start, `${what} buffer ${i} spans bytes ${offset}..${offset + length} of a ${bodyLength}-byte body`);
    }
  });
}

/** A dictionary column can only be built once a dictionary batch has defined its values. */
function requireDictionaries(state: ScanState, start: number, what: string): void {
  const missing = [...state.projection.dictionaryIds].filter((id) => !state.dictionaries.has(id));
  if (missing.length === 0) return;
  throw invalid(state.name, start, `${what} needs dictionary id ${missing.join(", ")} but no dictionary batch defined it before`);
}
