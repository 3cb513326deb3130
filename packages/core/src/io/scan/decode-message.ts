import { MetadataVersion } from "apache-arrow";
import { type DecodedSchema, decodeSchema, keyValues, UnsupportedError } from "./decode-schema.js";
import { FlatbufferError, FlatTable } from "./flatbuf.js";

/**
 * Decodes IPC message metadata (Message.fbs) and the file footer (File.fbs) from their raw
 * FlatBuffers bytes, checking every count, length and offset before anything is built from it.
 */

/** One field node of a record batch: a column's (or child's) length and null count. */
export interface FieldNode {
  length: number;
  nullCount: number;
}

/** Where one buffer lies in the message body. */
export interface BufferRegion {
  offset: number;
  length: number;
}

/** The codecs a body may be compressed with (CompressionType in Message.fbs). */
export type Codec = "lz4" | "zstd";

/** A RecordBatch table: the layout of one batch's body. */
export interface BatchMeta {
  /** The number of rows. */
  length: number;
  nodes: FieldNode[];
  buffers: BufferRegion[];
  /** The codec each buffer is compressed with, if any. */
  codec: Codec | undefined;
  /** The count of variadic data buffers of each view-type field. */
  variadicCounts: number[];
}

/** A decoded message's metadata, by kind. */
export type MessageMeta = { version: MetadataVersion; bodyLength: number; metadata: Map<string, string> } & (
  | { kind: "schema"; schema: DecodedSchema }
  | { kind: "record"; batch: BatchMeta }
  | { kind: "dictionary"; id: number; isDelta: boolean; batch: BatchMeta }
);

/** An IPC file's footer: its schema and the blocks of its messages. */
export interface FooterMeta {
  schema: DecodedSchema;
  dictionaries: Block[];
  batches: Block[];
}

/** Where a file's message lies: its metadata (prefix included) followed by its body. */
export interface Block {
  offset: number;
  metaDataLength: number;
  bodyLength: number;
}

/** Message header types (MessageHeader in Message.fbs). */
const HEADER_NAMES = ["NONE", "Schema", "DictionaryBatch", "RecordBatch", "Tensor", "SparseTensor"];

/**
 * The name of a message kind, for errors.
 * @param kind - the decoded kind
 * @returns e.g. "RecordBatch"
 */
export function kindName(kind: MessageMeta["kind"]): string {
  return kind === "schema" ? "Schema" : kind === "record" ? "RecordBatch" : "DictionaryBatch";
}

/**
 * Decodes a message's metadata.
 * @param bytes - the FlatBuffers bytes of the Message table (after the length prefix)
 * @returns the message
 * @throws FlatbufferError for metadata the format does not allow (UnsupportedError for a valid
 *   type Quiver cannot read)
 */
export function decodeMessage(bytes: Uint8Array): MessageMeta {
  const root = FlatTable.root(bytes);
  const version = checkVersion(root, root.int16(0, 0));
  const headerType = root.uint8(1, 0);
  const header = root.table(2);
  const bodyLength = root.int64(3, 0, "message body length");
  if (bodyLength < 0) throw new FlatbufferError(root.at, `message body length ${bodyLength} is negative`);
  const metadata = keyValues(root, 4);
  const name = HEADER_NAMES[headerType] ?? `unknown (${headerType})`;
  if (!(headerType >= 1 && headerType <= 3)) throw new FlatbufferError(root.at, `message header type ${name}; expected Schema, DictionaryBatch or RecordBatch`);
  if (header === undefined) throw new FlatbufferError(root.at, `the ${name} message lacks its header table`);
  const base = { version, bodyLength, metadata };
  if (headerType === 1) return { ...base, kind: "schema", schema: decodeSchema(header, version) };
  if (headerType === 3) return { ...base, kind: "record", batch: decodeBatch(header, bodyLength, "record batch") };
  const data = header.table(1);
  if (data === undefined) throw new FlatbufferError(header.at, "the DictionaryBatch message lacks its data table");
  const id = header.int64(0, 0, "dictionary id");
  return { ...base, kind: "dictionary", id, isDelta: header.uint8(2, 0) !== 0, batch: decodeBatch(data, bodyLength, `dictionary ${id}`) };
}

/**
 * Decodes an IPC file's footer.
 * @param bytes - the FlatBuffers bytes of the Footer table
 * @returns the schema and blocks
 * @throws FlatbufferError for a footer the format does not allow
 */
export function decodeFooter(bytes: Uint8Array): FooterMeta {
  const root = FlatTable.root(bytes);
  // Writers before Arrow 1.0 left the footer's version at its default (V1): the messages' own
  // versions are the ones that govern their layout.
  const version = Math.max(MetadataVersion.V4, checkVersion(root, root.int16(0, 0), MetadataVersion.V1));
  const schema = root.table(1);
  if (schema === undefined) throw new FlatbufferError(root.at, "the footer lacks its schema");
  return { schema: decodeSchema(schema, version), dictionaries: blocks(root, 2), batches: blocks(root, 3) };
}

/** Quiver reads metadata versions V4 (Arrow 0.8 to 0.17) and V5 (Arrow 1.0 on). */
function checkVersion(root: FlatTable, version: number, oldest = MetadataVersion.V4): MetadataVersion {
  if (version >= oldest && version <= MetadataVersion.V5) return version;
  if (version >= MetadataVersion.V1 && version < oldest) {
    throw new UnsupportedError(root.at, `metadata version V${version + 1} (written before Arrow 0.8) is not read; expected V4 or V5`);
  }
  throw new FlatbufferError(root.at, `metadata version ${version + 1}; expected V4 (Arrow 0.8 to 0.17) or V5 (Arrow 1.0 and later)`);
}

/** The Block structs of a footer vector: offset (long), metaDataLength (int, padded), bodyLength (long). */
function blocks(root: FlatTable, index: number): Block[] {
  const { start, count } = root.vector(index, 24);
  return Array.from({ length: count }, (_, i) => {
    const at = start + 24 * i;
    return {
      offset: root.int64At(at, "block offset"),
      metaDataLength: root.int32At(at + 8, "block metadata length"),
      bodyLength: root.int64At(at + 16, "block body length"),
    };
  });
}

/** A RecordBatch table, each node and buffer checked: no negative size, no buffer outside the body or overlapping the one before. */
function decodeBatch(table: FlatTable, bodyLength: number, what: string): BatchMeta {
  const length = table.int64(0, 0, `${what} length`);
  if (length < 0) throw new FlatbufferError(table.at, `${what} has a negative length ${length}`);
  const nodeVector = table.vector(1, 16);
  const nodes = Array.from({ length: nodeVector.count }, (_, i): FieldNode => {
    const at = nodeVector.start + 16 * i;
    const node = { length: table.int64At(at, "field node length"), nullCount: table.int64At(at + 8, "field node null count") };
    if (!(node.length >= 0 && node.nullCount >= 0 && node.nullCount <= node.length)) {
      throw new FlatbufferError(at, `${what} field node ${i} has length ${node.length} and null count ${node.nullCount}; expected 0 ≤ null count ≤ length`);
    }
    return node;
  });
  const bufferVector = table.vector(2, 16);
  let end = 0;
  const buffers = Array.from({ length: bufferVector.count }, (_, i): BufferRegion => {
    const at = bufferVector.start + 16 * i;
    const region = { offset: table.int64At(at, "buffer offset"), length: table.int64At(at + 8, "buffer length") };
    if (region.length < 0 || region.offset < 0) throw new FlatbufferError(at, `${what} buffer ${i} has offset ${region.offset} and length ${region.length}; neither may be negative`);
    if (region.length === 0) return region;
    if (region.offset + region.length > bodyLength || region.offset < end) {
      const where = region.offset < end ? `overlapping the buffer before it (which ends at ${end})` : `past the ${bodyLength}-byte body`;
      throw new FlatbufferError(at, `${what} buffer ${i} spans body bytes ${region.offset}..${region.offset + region.length}, ${where}`);
    }
    end = region.offset + region.length;
    return region;
  });
  const counts = table.vector(4, 8);
  const variadicCounts = Array.from({ length: counts.count }, (_, i) => {
    const count = table.int64At(counts.start + 8 * i, "variadic buffer count");
    if (!(count >= 0 && count <= buffers.length)) throw new FlatbufferError(counts.start + 8 * i, `${what} variadic buffer count ${count}; expected 0..${buffers.length}`);
    return count;
  });
  return { length, nodes, buffers, codec: codec(table.table(3), what), variadicCounts };
}

/** The BodyCompression table's codec; only per-buffer compression (method 0) exists. */
function codec(table: FlatTable | undefined, what: string): Codec | undefined {
  if (table === undefined) return undefined;
  const type = table.int8(0, 0);
  const method = table.int8(1, 0);
  if (method !== 0) throw new FlatbufferError(table.at, `${what} body compression method ${method}; expected 0 (per buffer)`);
  if (type === 0) return "lz4";
  if (type === 1) return "zstd";
  throw new FlatbufferError(table.at, `${what} compression codec ${type}; expected 0 (LZ4_FRAME) or 1 (ZSTD)`);
}
