import type { CompressionCodec, DecodedArray, PageHeader } from "hyparquet";
import type { ColumnDecoder } from "hyparquet/src/types.js";
import { parquetHeader } from "hyparquet/src/column.js";
import { decompressPage, readDataPage, readDataPageV2 } from "hyparquet/src/datapage.js";
import { readPlain } from "hyparquet/src/plain.js";
import type { Data } from "apache-arrow";
import { DEFAULT_PARSERS } from "hyparquet/src/convert.js";
import type { LeafColumn } from "./schema.js";
import { decompressors } from "./codecs.js";
import { ChunkError } from "./errors.js";
import { readFlatPageV1, readFlatPageV2 } from "./flat-page.js";
import { Indexed, valueWriter } from "./value-writers.js";

/**
 * Decodes one column chunk — its dictionary page, if any, and its data pages, v1 or v2, in any
 * encoding and compression — into one Arrow column of `rows` rows.
 * @param bytes - the whole chunk, from its first page to its end
 * @param leaf - the column
 * @param codec - the chunk's compression
 * @param rows - the row group's row count
 * @throws ChunkError when a page's size or value count contradicts the chunk
 */
export function decodeChunk(bytes: Uint8Array, leaf: LeafColumn, codec: CompressionCodec, rows: number): Data {
  const decoder: ColumnDecoder = {
    pathInSchema: [leaf.name],
    type: leaf.element.type!,
    element: leaf.element,
    schemaPath: leaf.schemaPath,
    codec,
    parsers: DEFAULT_PARSERS,
    compressors: decompressors(),
    utf8: false,
  };
  const writer = valueWriter(leaf.type, leaf.element.type!, rows);
  // The bitmap is made at the first null: until then every row read was present.
  let validity: Uint8Array | null = null;
  let nullCount = 0;
  let dictionary: DecodedArray | undefined;
  let row = 0;
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  while (row < rows) {
    if (reader.offset >= bytes.length) throw new ChunkError(`the chunk ends after ${row} of its ${rows} rows`);
    const header = parquetHeader(reader);
    const size = header.compressed_page_size;
    if (!(size >= 0 && reader.offset + size <= bytes.length)) {
      throw new ChunkError(`a page at byte ${reader.offset} claims ${size} bytes, but only ${bytes.length - reader.offset} remain in the chunk`);
    }
    const body = bytes.subarray(reader.offset, reader.offset + size);
    reader.offset += size;
    if (header.type === "DICTIONARY_PAGE") {
      dictionary = readDictionary(body, header, decoder);
      continue;
    }
    const page = readValues(body, header, decoder, leaf.maxDefinition);
    if (page === undefined) continue;
    const { count, definitionLevels, encoding } = page;
    let values: DecodedArray | Indexed = page.values;
    if (encoding.endsWith("_DICTIONARY")) {
      if (dictionary === undefined) throw new ChunkError(`a ${encoding} page comes before any dictionary page`);
      values = writer.takesIndexed ? new Indexed(page.values as ArrayLike<number>, dictionary) : lookup(page.values, dictionary);
    }
    if (row + count > rows) throw new ChunkError(`its pages hold more than the row group's ${rows} rows`);
    if (definitionLevels === undefined || definitionLevels.length === 0) {
      if (values.length < count) throw new ChunkError(`a page of ${count} rows holds only ${values.length} values`);
      writer.writeRun(row, values, 0, count);
      if (validity !== null) setBits(validity, row, count);
    } else {
      if (validity === null) {
        validity = new Uint8Array((rows + 7) >> 3);
        setBits(validity, 0, row);
      }
      nullCount += writeWithLevels(writer, validity, row, count, definitionLevels, leaf.maxDefinition, values);
    }
    row += count;
  }
  return writer.finish(nullCount, nullCount === 0 ? null : validity);
}

/** The values of one data page, or undefined for pages that hold none (index pages). */
function readValues(
  body: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  maxDefinition: number,
): { count: number; definitionLevels: ArrayLike<number> | undefined; values: DecodedArray; encoding: string } | undefined {
  if (header.type === "DATA_PAGE") {
    const daph = header.data_page_header;
    if (daph === undefined) throw new ChunkError("a data page has no data page header");
    const page = decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors);
    const flat = readFlatPageV1(page, daph, decoder.type, maxDefinition);
    if (flat !== undefined) return { count: daph.num_values, definitionLevels: flat.levels, values: flat.values ?? flat.indices!, encoding: daph.encoding };
    const { definitionLevels, dataPage } = readDataPage(page, daph, decoder);
    return { count: daph.num_values, definitionLevels, values: dataPage, encoding: daph.encoding };
  }
  if (header.type === "DATA_PAGE_V2") {
    const daph2 = header.data_page_header_v2;
    if (daph2 === undefined) throw new ChunkError("a v2 data page has no data page header");
    // A page of nulls only may hold no value bytes at all, not even a compressed empty block.
    const decompress = (values: Uint8Array, size: number) => decompressPage(values, size, decoder.codec, decoder.compressors);
    const flat = readFlatPageV2(body, daph2, header.uncompressed_page_size, decoder.type, maxDefinition, decompress);
    if (flat !== undefined) return { count: daph2.num_rows, definitionLevels: flat.levels, values: flat.values ?? flat.indices!, encoding: daph2.encoding };
    const valueBytes = header.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length;
    const plain = valueBytes === 0 ? { ...header, data_page_header_v2: { ...daph2, is_compressed: false } } : header;
    const { definitionLevels, dataPage } = readDataPageV2(body, plain, decoder);
    return { count: daph2.num_rows, definitionLevels, values: dataPage, encoding: daph2.encoding };
  }
  if (header.type === "INDEX_PAGE") return undefined;
  throw new ChunkError(`unknown page type ${String(header.type)}`);
}

function readDictionary(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder): DecodedArray {
  const diph = header.dictionary_page_header;
  if (diph === undefined) throw new ChunkError("a dictionary page has no dictionary page header");
  const page = decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors);
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  return readPlain(reader, decoder.type, diph.num_values, decoder.element.type_length);
}

/** Dictionary indices replaced by the dictionary's values, kept in a typed array when it is one. */
function lookup(indices: DecodedArray, dictionary: DecodedArray): DecodedArray {
  const n = indices.length;
  const size = dictionary.length;
  const out: { [i: number]: unknown; length: number } = ArrayBuffer.isView(dictionary)
    ? new (dictionary.constructor as new (n: number) => DecodedArray & { [i: number]: unknown })(n)
    : new Array(n);
  for (let i = 0; i < n; i++) {
    const index = (indices as ArrayLike<number>)[i];
    if (!(index < size)) throw new ChunkError(`dictionary index ${index} is out of range for a dictionary of ${size} values`);
    out[i] = (dictionary as ArrayLike<unknown>)[index];
  }
  return out as DecodedArray;
}

/** Present values go in runs; returns the page's null count. */
function writeWithLevels(
  writer: ReturnType<typeof valueWriter>,
  validity: Uint8Array,
  at: number,
  count: number,
  levels: ArrayLike<number>,
  max: number,
  values: DecodedArray | Indexed,
): number {
  let next = 0;
  let nulls = 0;
  for (let i = 0; i < count; ) {
    if (levels[i] !== max) {
      nulls++;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < count && levels[end] === max) end++;
    if (next + end - i > values.length) throw new ChunkError(`a page's definition levels promise more values than it holds`);
    writer.writeRun(at + i, values, next, end - i);
    setBits(validity, at + i, end - i);
    next += end - i;
    i = end;
  }
  return nulls;
}

/** Sets bits `from…from+count)`, whole bytes at a time where it can. */
function setBits(bits: Uint8Array, from: number, count: number): void {
  const end = from + count;
  let i = from;
  for (; i < end && (i & 7) !== 0; i++) bits[i >> 3] |= 1 << (i & 7);
  if (end - i >= 8) {
    bits.fill(0xff, i >> 3, end >> 3);
    i = end & ~7;
  }
  for (; i < end; i++) bits[i >> 3] |= 1 << (i & 7);
}
