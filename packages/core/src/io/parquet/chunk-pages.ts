import type { CompressionCodec, Compressors, DecodedArray, PageHeader } from "hyparquet";
import type { ColumnDecoder } from "hyparquet/src/types.js";
import { parquetHeader } from "hyparquet/src/column.js";
import { decompressPage } from "hyparquet/src/datapage.js";
import { DEFAULT_PARSERS } from "hyparquet/src/convert.js";
import { readPlain } from "hyparquet/src/plain.js";
import { decompressors } from "./codecs.js";
import { ChunkError } from "./errors.js";
import type { LeafColumn } from "./nested-schema.js";

/** One data page of a column chunk, as stored, with the chunk's dictionary if one came before it. */
export interface ChunkPage {
  readonly header: PageHeader;
  readonly body: Uint8Array;
  readonly dictionary: DecodedArray | undefined;
}

/**
 * Pages of a column chunk decompressed before it is decoded, by where their compressed bytes start
 * in the chunk (see `inflateAhead`): the decoder takes a page from here instead of decompressing it.
 */
export type InflatedPages = ReadonlyMap<number, Uint8Array>;

/**
 * What hyparquet's page decoders need to know of a leaf column.
 * @param codec - its chunk's compression
 * @param inflated - pages of the chunk decompressed ahead, with the chunk's bytes they are keyed in
 */
export function columnDecoder(leaf: LeafColumn, codec: CompressionCodec, inflated?: { pages: InflatedPages; chunk: Uint8Array }): ColumnDecoder {
  return {
    pathInSchema: leaf.schemaPath.slice(1).map((t) => t.element.name),
    type: leaf.element.type!,
    element: leaf.element,
    schemaPath: leaf.schemaPath,
    codec,
    parsers: DEFAULT_PARSERS,
    compressors: inflated === undefined ? decompressors() : takingInflated(codec, inflated.pages, inflated.chunk),
    utf8: false,
  };
}

/** The decompressors, the chunk's codec first looking for the page among those decompressed ahead. */
function takingInflated(codec: CompressionCodec, pages: InflatedPages, chunk: Uint8Array): Compressors {
  const all = decompressors();
  const decompress = all[codec];
  if (decompress === undefined) return all;
  return {
    ...all,
    [codec]: (input: Uint8Array, size: number) => {
      const page = input.buffer === chunk.buffer ? pages.get(input.byteOffset - chunk.byteOffset) : undefined;
      return page !== undefined && page.length === size ? page : decompress(input, size);
    },
  };
}

/**
 * The data pages of a column chunk, in order, until its bytes end: each page's size is checked
 * against the bytes left, and a dictionary page is decoded and handed on with the pages after it.
 * @param bytes - the whole chunk, from its first page to its end
 * @throws ChunkError when a page claims more bytes than remain
 */
export function* dataPages(bytes: Uint8Array, decoder: ColumnDecoder): Generator<ChunkPage> {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let dictionary: DecodedArray | undefined;
  while (reader.offset < bytes.length) {
    const header = parquetHeader(reader);
    const size = header.compressed_page_size;
    if (!(size >= 0 && reader.offset + size <= bytes.length)) {
      throw new ChunkError(`a page at byte ${reader.offset} claims ${size} bytes, but only ${bytes.length - reader.offset} remain in the chunk`);
    }
    const body = bytes.subarray(reader.offset, reader.offset + size);
    reader.offset += size;
    if (header.type === "DICTIONARY_PAGE") {
      checkPageSize(header);
      dictionary = readDictionary(body, header, decoder);
    }
    else if (header.type !== "INDEX_PAGE") yield { header, body, dictionary };
  }
}

/** Most bytes a page may claim to decompress to: a larger claim is corruption, not data. */
export const MAX_PAGE_BYTES = 2 ** 30;

/**
 * Checks a data page's claims before anything is allocated for them: no more values than
 * `limit`, no page larger than {@link MAX_PAGE_BYTES}, v2 level lengths within the page.
 * @param limit - the most values (level entries) the page may hold
 */
export function checkPageHeader(header: PageHeader, limit: number): void {
  if (header.type !== "DATA_PAGE" && header.type !== "DATA_PAGE_V2") throw new ChunkError(`unknown page type ${String(header.type)}`);
  checkPageSize(header);
  const count = header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values;
  if (!(Number.isInteger(count) && count! >= 0 && count! <= limit)) {
    throw new ChunkError(`a page claims ${count} values where at most ${limit} can remain`);
  }
  const v2 = header.data_page_header_v2;
  if (header.type === "DATA_PAGE_V2" && v2 === undefined) throw new ChunkError("a v2 data page has no data page header");
  if (header.type === "DATA_PAGE" && header.data_page_header === undefined) throw new ChunkError("a data page has no data page header");
  if (v2 === undefined) return;
  const levels = v2.definition_levels_byte_length + v2.repetition_levels_byte_length;
  if (!(Number.isInteger(v2.num_rows) && v2.num_rows >= 0 && v2.num_rows <= v2.num_values)) throw new ChunkError(`a v2 page claims ${v2.num_rows} rows in ${v2.num_values} values`);
  if (!(Number.isInteger(v2.num_nulls) && v2.num_nulls >= 0 && v2.num_nulls <= v2.num_values)) {
    throw new ChunkError(`a v2 page claims ${v2.num_values} values of which ${v2.num_nulls} null`);
  }
  if (!(Number.isInteger(levels) && v2.definition_levels_byte_length >= 0 && v2.repetition_levels_byte_length >= 0 && levels <= header.compressed_page_size && levels <= header.uncompressed_page_size)) {
    throw new ChunkError(`a v2 page's levels claim ${v2.definition_levels_byte_length} + ${v2.repetition_levels_byte_length} bytes of its ${header.compressed_page_size}`);
  }
}

/** A page, data or dictionary, may not claim more than {@link MAX_PAGE_BYTES} uncompressed. */
function checkPageSize(header: PageHeader): void {
  if (!(header.uncompressed_page_size >= 0 && header.uncompressed_page_size <= MAX_PAGE_BYTES)) {
    throw new ChunkError(`a ${header.type === "DICTIONARY_PAGE" ? "dictionary " : ""}page claims ${header.uncompressed_page_size} bytes uncompressed, more than the ${MAX_PAGE_BYTES} one page may hold`);
  }
}

/** A page's body decompressed to the size its header gives. */
export function decompressed(body: Uint8Array, size: number, decoder: ColumnDecoder): Uint8Array {
  return decompressPage(body, size, decoder.codec, decoder.compressors);
}

function readDictionary(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder): DecodedArray {
  const diph = header.dictionary_page_header;
  if (diph === undefined) throw new ChunkError("a dictionary page has no dictionary page header");
  const page = decompressed(body, header.uncompressed_page_size, decoder);
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  return readPlain(reader, decoder.type, diph.num_values, decoder.element.type_length);
}
