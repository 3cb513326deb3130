/**
 * The reference decoding of Arrow IPC bytes, against which the fuzzer judges every answer.
 *
 * It is written from the format specification, independently of Quiver's reader, and is strict
 * where the bytes could be read two ways: a footer block must agree with the message it points to,
 * a null count must equal the zero bits of its bitmap, offsets must not decrease, indices must be
 * in their dictionary, every enum must hold a defined value. It is lenient where the specification
 * is: a file is what its footer lists (bytes no block points to are not data), bytes under nulls
 * and in padding, unaligned buffers, where an empty buffer starts, extra nodes or buffers, children of a primitive field, strings
 * that are not UTF-8 (they are compared as bytes), a stream without its end-of-stream marker. A bad
 * column is invalid on its own, so a query that never reads it may still answer.
 */
import type { Cell } from "../../../reference/src/cell.js";
import { type BatchLayout, type ColumnPart, decodeColumns, readBatchLayout, Unverifiable } from "./columns.js";
import { type FieldSite, Flatbuffer, Malformed } from "./flatbuf.js";
import { type Framed, readMessageAt, walkMessages } from "./messages.js";
import { readSchema, type RefField, type RefSchema } from "./schema.js";

/** One column of the whole input: all its cells, or why they are not defined. */
export type RefColumn = { readonly field: RefField } & ({ readonly cells: Cell[] } | { readonly invalid: string });

/** What the bytes mean. */
export type Reference =
  | { readonly kind: "invalid"; readonly why: string }
  | { readonly kind: "unverifiable"; readonly why: string }
  | { readonly kind: "valid"; readonly format: "file" | "stream"; readonly columns: RefColumn[]; readonly rows: number };

const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];

/**
 * Decodes the input.
 * @param bytes - an Arrow IPC file or stream (or anything else)
 * @param sites - receives the positions of the fields read, for mutators
 * @returns the reference meaning of the bytes
 */
export function decodeReference(bytes: Uint8Array, sites: FieldSite[] = []): Reference {
  try {
    return hasMagic(bytes, 0) ? decodeFile(bytes, sites) : decodeStream(bytes, sites);
  } catch (error) {
    if (error instanceof Malformed) return { kind: "invalid", why: error.message };
    if (error instanceof Unverifiable) return { kind: "unverifiable", why: error.message };
    throw error;
  }
}

function hasMagic(bytes: Uint8Array, at: number): boolean {
  return at >= 0 && at + 6 <= bytes.length && MAGIC.every((b, i) => bytes[at + i] === b);
}

function decodeStream(bytes: Uint8Array, sites: FieldSite[]): Reference {
  const { messages } = walkMessages(bytes, 0, bytes.length, sites);
  const [first, ...rest] = messages;
  if (first === undefined || first.headerType !== 1) throw new Malformed("a stream must start with a Schema message");
  const schema = readSchema(first.fb, first.header);
  return assemble("stream", schema, rest, true);
}

function decodeFile(bytes: Uint8Array, sites: FieldSite[]): Reference {
  const end = bytes.length;
  if (end < 18 || !hasMagic(bytes, end - 6)) throw new Malformed("a file must end with ARROW1");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  sites.push({ pos: end - 10, width: 4, what: "footer length" });
  const footerLength = view.getInt32(end - 10, true);
  const footerStart = end - 10 - footerLength;
  if (footerLength <= 0 || footerStart < 8) throw new Malformed(`footer length ${footerLength} in a file of ${end}`);
  const fb = new Flatbuffer(bytes, footerStart, end - 10, sites);
  const footer = fb.root();
  const version = fb.scalar(footer, 0, 2, (p) => fb.i16(p), 0, "footer version");
  // Writers before 0.15 left the footer's version at its default (V1); only a value no version has is refused.
  if (version < 0 || version > 4) throw new Malformed(`footer version ${version}`);
  const schemaTable = fb.ref(footer, 1, "footer schema");
  if (schemaTable === undefined) throw new Malformed("footer without a schema");
  const schema = readSchema(fb, schemaTable);
  const blocks = (index: number, what: string) => {
    const vec = fb.vector(footer, index, 24, what);
    return Array.from({ length: vec?.length ?? 0 }, (_, i) => {
      const at = vec!.at + 24 * i;
      sites.push({ pos: at, width: 8, what: `${what} ${i} offset` }, { pos: at + 8, width: 4, what: `${what} ${i} metadata length` }, { pos: at + 16, width: 8, what: `${what} ${i} body length` });
      return { offset: fb.i64(at), metadataLength: fb.i32(at + 8), bodyLength: fb.i64(at + 16) };
    });
  };
  const dictionaries = blocks(2, "dictionary block").map((b, i) => blockMessage(bytes, b, footerStart, 2, `dictionary block ${i}`, sites));
  const batches = blocks(3, "batch block").map((b, i) => blockMessage(bytes, b, footerStart, 3, `record batch block ${i}`, sites));
  return assemble("file", schema, [...dictionaries, ...batches], false);
}

/** The message a footer block points to, which must be where and as long as the block says. */
function blockMessage(bytes: Uint8Array, block: { offset: bigint; metadataLength: number; bodyLength: bigint }, footerStart: number, headerType: number, what: string, sites: FieldSite[]): Framed {
  if (block.offset < 8n || block.offset >= BigInt(footerStart)) throw new Malformed(`${what}: offset ${block.offset} outside the messages [8, ${footerStart})`);
  const message = readMessageAt(bytes, Number(block.offset), footerStart, sites);
  if (message === "eos" || message.headerType !== headerType) throw new Malformed(`${what}: no ${headerType === 2 ? "dictionary" : "record batch"} message at ${block.offset}`);
  if (block.metadataLength !== message.metadataLength || block.bodyLength !== BigInt(message.bodyLength)) {
    throw new Malformed(`${what} (${block.metadataLength}, ${block.bodyLength}) differs from its message (${message.metadataLength}, ${message.bodyLength})`);
  }
  return message;
}

/** Applies dictionaries and decodes batches in order; `replace` allows replacement dictionaries (streams). */
function assemble(format: "file" | "stream", schema: RefSchema, messages: Framed[], replace: boolean): Reference {
  const ids = new Map(schema.fields.flatMap((f) => (f.dictionary === undefined ? [] : [[f.dictionary.id, f] as const])));
  const dictionaries = new Map<bigint, ColumnPart>();
  const parts: ColumnPart[][] = schema.fields.map(() => []);
  let rows = 0;
  for (const message of messages) {
    const { fb, header } = message;
    const context = { bytes: fb.bytes, bodyStart: message.bodyStart, bodyLength: message.bodyLength, bigEndian: schema.bigEndian, dictionaries };
    if (message.headerType === 1) throw new Malformed(`a second Schema message at ${message.start}`);
    if (message.headerType === 2) {
      const id = fb.scalar(header, 0, 8, (p) => fb.i64(p), 0n, "dictionary batch id");
      const field = ids.get(id);
      if (field === undefined && schema.fields.some((f) => f.type.kind === "opaque")) throw new Unverifiable(`dictionary ${id} of a nested field`);
      if (field === undefined) throw new Malformed(`dictionary id ${id} is not in the schema`);
      const data = fb.ref(header, 1, "dictionary data");
      if (data === undefined) throw new Malformed(`dictionary ${id} without data`);
      const isDelta = fb.scalar(header, 2, 1, (p) => fb.u8(p), 0, "dictionary delta flag");
      const layout = readBatchLayout(fb, data);
      const [part] = decodeColumns([{ name: `${field.name} (dictionary ${id})`, type: field.type, dictionary: undefined }], layout, context);
      const before = dictionaries.get(id);
      if (isDelta !== 0) dictionaries.set(id, before === undefined ? { invalid: `delta for undefined dictionary ${id}` } : concat([before, part]));
      else if (before !== undefined && !replace) throw new Malformed(`dictionary ${id} replaced in a file`);
      else dictionaries.set(id, part);
      continue;
    }
    const layout: BatchLayout = readBatchLayout(fb, header);
    rows += layout.length;
    decodeColumns(schema.fields, layout, context).forEach((part, i) => parts[i].push(part));
  }
  const columns = schema.fields.map((field, i) => ({ field, ...concat(parts[i]) }));
  return { kind: "valid", format, columns, rows };
}

function concat(parts: ColumnPart[]): ColumnPart {
  const bad = parts.find((p) => "invalid" in p);
  if (bad !== undefined) return bad;
  return { cells: parts.flatMap((p) => ("cells" in p ? p.cells : [])) };
}
