import type { DataPageHeader, DecodedArray, ParquetType, SchemaTree } from "hyparquet";
import type { ColumnDecoder, DataPageHeaderV2 } from "hyparquet/src/types.js";
import { readDataPage } from "hyparquet/src/datapage.js";
import { readPlain } from "hyparquet/src/plain.js";
import { ChunkError } from "./errors.js";
import { decodeHybrid, isOneRun } from "./hybrid.js";

/** One data page of a flat column, decoded into typed arrays. */
export interface FlatPage {
  /** Definition levels, or undefined when every row of the page is present. */
  readonly levels: Uint8Array | undefined;
  /** The present values (PLAIN), or undefined when the page holds dictionary indices. */
  readonly values: DecodedArray | undefined;
  /** Indices into the chunk's dictionary, one per present value. */
  readonly indices: Int32Array | undefined;
}

/** Physical types whose PLAIN values are read as a typed array here. */
const FIXED = new Set<ParquetType>(["INT32", "INT64", "FLOAT", "DOUBLE"]);

/**
 * The fast path of the common pages of a flat (non-repeated) column: definition levels and
 * dictionary indices decoded into typed arrays rather than JavaScript arrays, PLAIN fixed-width
 * values viewed in place. Other encodings and types return undefined, for the general decoder.
 * @param page - the decompressed page of a v1 data page
 * @param maxDefinition - 1 for an optional column, 0 for a required one
 */
export function readFlatPageV1(page: Uint8Array, header: DataPageHeader, type: ParquetType, maxDefinition: number): FlatPage | undefined {
  if (maxDefinition > 1) return undefined;
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  const count = header.num_values;
  let levels: Uint8Array | undefined;
  if (maxDefinition > 0) {
    if (page.length < 4) throw new ChunkError("a data page ends before its definition levels");
    const length = reader.view.getUint32(0, true);
    if (4 + length > page.length) throw new ChunkError(`definition levels of ${length} bytes in a page of ${page.length}`);
    // Checked here even for the encodings left to the general decoder, which trusts its runs.
    levels = definitionLevels(page, 4, 4 + length, count);
    reader.offset = 4 + length;
  }
  if (!isFastEncoding(header.encoding, type)) return undefined;
  return readValues(reader, page, header.encoding, type, count, levels);
}

/**
 * The same for a v2 data page, whose levels come first, uncompressed, with their lengths given.
 * @param body - the page as stored
 * @param decompress - decompresses the values part to its size
 */
export function readFlatPageV2(
  body: Uint8Array,
  header: DataPageHeaderV2,
  uncompressedSize: number,
  type: ParquetType,
  maxDefinition: number,
  decompress: (values: Uint8Array, size: number) => Uint8Array,
): FlatPage | undefined {
  if (maxDefinition > 1 || header.repetition_levels_byte_length !== 0) return undefined;
  const count = header.num_values;
  const levelBytes = header.definition_levels_byte_length;
  if (!(levelBytes >= 0 && levelBytes <= body.length)) throw new ChunkError(`definition levels of ${levelBytes} bytes in a page of ${body.length}`);
  let levels: Uint8Array | undefined;
  if (maxDefinition > 0) levels = definitionLevels(body, 0, levelBytes, count);
  if (!isFastEncoding(header.encoding, type)) return undefined;
  const valueSize = uncompressedSize - levelBytes;
  let values = body.subarray(levelBytes);
  if (header.is_compressed !== false && valueSize > 0) values = decompress(values, valueSize);
  const reader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
  return readValues(reader, values, header.encoding, type, count, levels);
}

/**
 * The values part of a page (after its levels, decompressed): `present` values in any encoding,
 * dictionary encodings giving their indices. Used for nested columns, whose levels are read apart.
 * @param bytes - the values, from their first byte to the page's end
 */
export function readPresentValues(bytes: Uint8Array, encoding: DataPageHeader["encoding"], decoder: ColumnDecoder, present: number): DecodedArray {
  if (isFastEncoding(encoding, decoder.type)) {
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    const page = readValues(reader, bytes, encoding, decoder.type, present, undefined);
    return page.values ?? page.indices!;
  }
  // hyparquet's general decoder, told the column has no levels: it reads the values alone.
  const root = decoder.schemaPath[0];
  const leaf: SchemaTree = { element: { ...decoder.element, repetition_type: "REQUIRED" }, children: [], count: 1, path: [decoder.element.name] };
  const header = { num_values: present, encoding, definition_level_encoding: "RLE", repetition_level_encoding: "RLE" } as DataPageHeader;
  return readDataPage(bytes, header, { ...decoder, schemaPath: [root, leaf] }).dataPage;
}

/** The definition levels of an optional column's page; undefined when one run says every row is present. */
function definitionLevels(bytes: Uint8Array, start: number, end: number, count: number): Uint8Array | undefined {
  if (isOneRun(bytes, start, end, 1, count, 1)) return undefined;
  const levels = new Uint8Array(count);
  decodeHybrid(bytes, start, end, 1, levels);
  return levels;
}

function isFastEncoding(encoding: string, type: ParquetType): boolean {
  if (type === "BOOLEAN") return encoding === "PLAIN" || encoding === "RLE";
  if (encoding === "PLAIN") return FIXED.has(type);
  return encoding === "RLE_DICTIONARY" || encoding === "PLAIN_DICTIONARY";
}

function readValues(
  reader: { view: DataView; offset: number },
  bytes: Uint8Array,
  encoding: string,
  type: ParquetType,
  count: number,
  levels: Uint8Array | undefined,
): FlatPage {
  let present = count;
  if (levels !== undefined) {
    present = 0;
    for (let i = 0; i < count; i++) present += levels[i];
  }
  const allPresent = present === count ? undefined : levels;
  const at = reader.offset;
  if (type === "BOOLEAN") return { levels: allPresent, values: readBooleans(bytes, at, encoding, present), indices: undefined };
  if (encoding === "PLAIN") return { levels: allPresent, values: readPlain(reader, type, present, undefined), indices: undefined };
  const indices = new Int32Array(present);
  if (present > 0) {
    if (at >= bytes.length) throw new ChunkError("a dictionary page of values ends before its bit width");
    decodeHybrid(bytes, at + 1, bytes.length, bytes[at], indices);
  }
  return { levels: allPresent, values: undefined, indices };
}

/** Booleans, one per byte: PLAIN packs them a bit each, RLE prefixes its runs with their length. */
function readBooleans(bytes: Uint8Array, at: number, encoding: string, present: number): Uint8Array {
  const out = new Uint8Array(present);
  if (encoding === "RLE") {
    if (at + 4 > bytes.length) throw new ChunkError("RLE booleans end before their length");
    const length = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
    if (length < 0 || at + 4 + length > bytes.length) throw new ChunkError(`RLE booleans of ${length} bytes in a page of ${bytes.length}`);
    decodeHybrid(bytes, at + 4, at + 4 + length, 1, out);
    return out;
  }
  if (at + Math.ceil(present / 8) > bytes.length) throw new ChunkError(`${present} PLAIN booleans need ${Math.ceil(present / 8)} bytes, but ${bytes.length - at} remain`);
  for (let i = 0; i < present; i++) out[i] = (bytes[at + (i >> 3)] >> (i & 7)) & 1;
  return out;
}
