/**
 * The reference decoding of one record batch's columns from its nodes, buffers and body, with the
 * checks the format requires: node and buffer ranges, null counts equal to the validity bitmap,
 * offsets that never decrease nor run past their data, dictionary indices in range.
 */
import type { Cell } from "../../../reference/src/cell.js";
import { halfToNumber } from "../../src/testing/floats.js";
import { type Flatbuffer, Malformed } from "./flatbuf.js";
import type { RefField, RefType } from "./schema.js";

/** A column of one batch: its cells, or why the bytes do not define them. */
export type ColumnPart = { cells: Cell[] } | { invalid: string };

/** One record batch's metadata, read and range-checked. */
export interface BatchLayout {
  readonly length: number;
  readonly nodes: { length: bigint; nullCount: bigint }[];
  readonly buffers: { offset: bigint; length: bigint }[];
}

/** What decoding a batch needs besides its layout. */
export interface BatchContext {
  /** The whole input and the body's absolute range in it. */
  readonly bytes: Uint8Array;
  readonly bodyStart: number;
  readonly bodyLength: number;
  readonly bigEndian: boolean;
  /** The current dictionaries by id, already decoded (or invalid). */
  readonly dictionaries: Map<bigint, ColumnPart>;
}

/**
 * Reads a RecordBatch table's length, nodes and buffers (not yet checked against the body).
 * @param fb - the flatbuffer
 * @param table - the RecordBatch table
 * @returns the layout
 * @throws Malformed when the metadata cannot be read, the batch carries compression, or its length is not a safe count
 */
export function readBatchLayout(fb: Flatbuffer, table: number): BatchLayout {
  const length = fb.scalar(table, 0, 8, (p) => fb.i64(p), 0n, "batch length");
  if (length < 0n || length > 2n ** 31n) throw new Malformed(`batch length ${length}`);
  if (fb.field(table, 3) !== undefined) throw new Unverifiable("compressed body");
  const nodes = fb.vector(table, 1, 16, "nodes");
  const buffers = fb.vector(table, 2, 16, "buffers");
  const structs = (vec: { at: number; length: number } | undefined, what: string): [bigint, bigint][] =>
    vec === undefined
      ? []
      : Array.from({ length: vec.length }, (_, i) => {
          const at = vec.at + 16 * i;
          fb.sites.push({ pos: at, width: 8, what: `${what} ${i} first` }, { pos: at + 8, width: 8, what: `${what} ${i} second` });
          return [fb.i64(at), fb.i64(at + 8)];
        });
  return {
    length: Number(length),
    nodes: structs(nodes, "node").map(([l, n]) => ({ length: l, nullCount: n })),
    buffers: structs(buffers, "buffer").map(([o, l]) => ({ offset: o, length: l })),
  };
}

/** The input uses something the reference does not decode; its answers cannot be checked. */
export class Unverifiable extends Error {
  override name = "Unverifiable";
}

/**
 * Decodes every column of a batch; a column whose nodes or buffers are bad is `invalid`, the others
 * still decode (a reader projecting them may legitimately answer).
 * @param fields - the schema's fields (or the one value field of a dictionary batch)
 * @param layout - the batch's nodes and buffers
 * @param context - body, endianness, dictionaries
 * @returns one part per field
 */
export function decodeColumns(fields: readonly RefField[], layout: BatchLayout, context: BatchContext): ColumnPart[] {
  let node = 0;
  let buffer = 0;
  return fields.map((field) => {
    const take = field.dictionary === undefined ? layoutOf(field.type) : layoutOf(field.dictionary.index);
    const myNode = layout.nodes[node];
    const myBuffers = layout.buffers.slice(buffer, buffer + take);
    node += 1;
    buffer += take;
    try {
      if (myNode === undefined || myBuffers.length < take) throw new Malformed(`column "${field.name}" has no node or too few buffers`);
      return { cells: decodeColumn(field, myNode, myBuffers, layout.length, context) };
    } catch (error) {
      if (error instanceof Malformed) return { invalid: error.message };
      throw error;
    }
  });
}

function layoutOf(type: RefType): number {
  if (type.kind === "opaque") throw new Unverifiable(`type ${type.typeId}`);
  return type.kind === "utf8" || type.kind === "binary" ? 3 : 2;
}

function decodeColumn(field: RefField, node: BatchLayout["nodes"][0], buffers: BatchLayout["buffers"], length: number, context: BatchContext): Cell[] {
  if (node.length !== BigInt(length)) throw new Malformed(`column "${field.name}": node length ${node.length} in a batch of ${length}`);
  if (node.nullCount < 0n || node.nullCount > node.length) throw new Malformed(`column "${field.name}": null count ${node.nullCount} of ${length}`);
  const slices = buffers.map((b, i) => bufferBytes(b, context, `column "${field.name}" buffer ${i}`));
  const valid = validity(slices[0], length, Number(node.nullCount), field.name);
  if (field.dictionary === undefined) return decodeValues(field.type, slices, length, valid, context.bigEndian, field.name);
  const indices = decodeValues(field.dictionary.index, slices, length, valid, context.bigEndian, field.name);
  const dictionary = context.dictionaries.get(field.dictionary.id);
  if (dictionary === undefined) throw new Malformed(`column "${field.name}": dictionary ${field.dictionary.id} not defined`);
  if ("invalid" in dictionary) throw new Malformed(`column "${field.name}": dictionary invalid: ${dictionary.invalid}`);
  return indices.map((index) => {
    if (index === null) return null;
    const i = Number(index);
    if (i < 0 || i >= dictionary.cells.length) throw new Malformed(`column "${field.name}": dictionary index ${i} of ${dictionary.cells.length}`);
    return dictionary.cells[i];
  });
}

function bufferBytes(buffer: BatchLayout["buffers"][0], context: BatchContext, what: string): Uint8Array {
  // An empty buffer reads nothing, so where it claims to start cannot change any value.
  if (buffer.length === 0n && buffer.offset >= 0n) return new Uint8Array();
  if (buffer.offset < 0n || buffer.length < 0n || buffer.offset + buffer.length > BigInt(context.bodyLength)) {
    throw new Malformed(`${what}: [${buffer.offset}, +${buffer.length}) outside a body of ${context.bodyLength}`);
  }
  const start = context.bodyStart + Number(buffer.offset);
  return context.bytes.subarray(start, start + Number(buffer.length));
}

/** Validity per row; a present bitmap must hold exactly `nullCount` zero bits, an absent one needs nullCount 0. */
function validity(bitmap: Uint8Array, length: number, nullCount: number, name: string): boolean[] {
  if (bitmap.length === 0) {
    if (nullCount !== 0) throw new Malformed(`column "${name}": ${nullCount} nulls without a validity bitmap`);
    return new Array<boolean>(length).fill(true);
  }
  if (bitmap.length * 8 < length) throw new Malformed(`column "${name}": validity bitmap of ${bitmap.length} bytes for ${length} rows`);
  const valid = Array.from({ length }, (_, i) => ((bitmap[i >> 3] >> (i & 7)) & 1) === 1);
  const zeros = valid.filter((v) => !v).length;
  if (zeros !== nullCount) throw new Malformed(`column "${name}": null count ${nullCount} but the bitmap has ${zeros} zero bits`);
  return valid;
}

function decodeValues(type: RefType, slices: Uint8Array[], length: number, valid: boolean[], bigEndian: boolean, name: string): Cell[] {
  const values = slices[1];
  const view = new DataView(values.buffer, values.byteOffset, values.byteLength);
  const le = !bigEndian;
  const need = (bytes: number): void => {
    if (values.length < bytes) throw new Malformed(`column "${name}": values buffer of ${values.length} bytes, ${bytes} needed`);
  };
  const fixed = (width: number, read: (at: number) => Cell): Cell[] => {
    need(width * length);
    return valid.map((v, i) => (v ? read(i * width) : null));
  };
  switch (type.kind) {
    case "bool":
      need(Math.ceil(length / 8));
      return valid.map((v, i) => (v ? ((values[i >> 3] >> (i & 7)) & 1) === 1 : null));
    case "int":
      return intValues(type, view, le, fixed);
    case "float":
      if (type.precision === 0) return fixed(2, (at) => halfToNumber(view.getUint16(at, le)));
      return type.precision === 1 ? fixed(4, (at) => view.getFloat32(at, le)) : fixed(8, (at) => view.getFloat64(at, le));
    case "date":
      return type.unit === 0 ? fixed(4, (at) => view.getInt32(at, le)) : fixed(8, (at) => view.getBigInt64(at, le));
    case "time":
      return type.bitWidth === 32 ? fixed(4, (at) => view.getInt32(at, le)) : fixed(8, (at) => view.getBigInt64(at, le));
    case "timestamp":
    case "duration":
      return fixed(8, (at) => view.getBigInt64(at, le));
    case "fixedbinary":
      return fixed(type.width, (at) => values.slice(at, at + type.width));
    case "utf8":
    case "binary":
      return variableWidth(type.large, slices, length, valid, le, name);
    default:
      throw new Unverifiable(`type ${type.kind}`);
  }
}

function intValues(type: Extract<RefType, { kind: "int" }>, view: DataView, le: boolean, fixed: (width: number, read: (at: number) => Cell) => Cell[]): Cell[] {
  switch (type.bitWidth) {
    case 8:
      return fixed(1, (at) => (type.signed ? view.getInt8(at) : view.getUint8(at)));
    case 16:
      return fixed(2, (at) => (type.signed ? view.getInt16(at, le) : view.getUint16(at, le)));
    case 32:
      return fixed(4, (at) => (type.signed ? view.getInt32(at, le) : view.getUint32(at, le)));
    default:
      return fixed(8, (at) => (type.signed ? view.getBigInt64(at, le) : view.getBigUint64(at, le)));
  }
}

/** Strings are read as their bytes: the order is by bytes, and a reader need not validate UTF-8. */
function variableWidth(large: boolean, slices: Uint8Array[], length: number, valid: boolean[], le: boolean, name: string): Cell[] {
  const [, offsetBytes, data] = slices;
  const width = large ? 8 : 4;
  if (length === 0 && offsetBytes.length === 0) return [];
  if (offsetBytes.length < (length + 1) * width) throw new Malformed(`column "${name}": offsets buffer of ${offsetBytes.length} bytes for ${length} rows`);
  const view = new DataView(offsetBytes.buffer, offsetBytes.byteOffset, offsetBytes.byteLength);
  const offsets = Array.from({ length: length + 1 }, (_, i) => (large ? Number(view.getBigInt64(i * 8, le)) : view.getInt32(i * 4, le)));
  for (let i = 0; i <= length; i++) {
    const bad = offsets[i] < 0 || offsets[i] > data.length || (i > 0 && offsets[i] < offsets[i - 1]);
    if (bad) throw new Malformed(`column "${name}": offset ${i} is ${offsets[i]} (data ${data.length} bytes)`);
  }
  return valid.map((v, i) => (v ? data.slice(offsets[i], offsets[i + 1]) : null));
}
