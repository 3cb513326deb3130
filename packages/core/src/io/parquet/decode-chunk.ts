import type { CompressionCodec, DecodedArray, PageHeader } from "hyparquet";
import type { ColumnDecoder } from "hyparquet/src/types.js";
import { readDataPage, readDataPageV2 } from "hyparquet/src/datapage.js";
import { type Data, Type } from "apache-arrow";
import { checkPageHeader, columnDecoder, dataPages, decompressed, type InflatedPages } from "./chunk-pages.js";
import { DictionaryWriter } from "./dictionary-writer.js";
import type { LeafColumn } from "./nested-schema.js";
import { ChunkError } from "./errors.js";
import { readFlatPageV1, readFlatPageV2 } from "./flat-page.js";
import { Indexed, valueWriter } from "./value-writers.js";

/** How a chunk is decoded. */
export interface ChunkOptions {
  /** Put a number column in the WebAssembly heap (see HeapScanOptions.inHeap). */
  readonly inHeap?: boolean;
  /** Pages of the chunk decompressed ahead (see inflateAhead). */
  readonly inflated?: InflatedPages;
}

/**
 * Decodes one column chunk of a flat column — its dictionary page, if any, and its data pages,
 * v1 or v2, in any encoding and compression — into one Arrow column of `rows` rows.
 * @param bytes - the whole chunk, from its first page to its end
 * @param leaf - the column
 * @param codec - the chunk's compression
 * @param rows - the row group's row count
 * @param options - put a number column in the WebAssembly heap (see HeapScanOptions.inHeap); the
 *   pages decompressed ahead
 * @throws ChunkError when a page's size or value count contradicts the chunk
 */
export function decodeChunk(bytes: Uint8Array, leaf: LeafColumn, codec: CompressionCodec, rows: number, options: ChunkOptions = {}): Data {
  const { inHeap = false, inflated } = options;
  const decoder = columnDecoder(leaf, codec, inflated === undefined ? undefined : { pages: inflated, chunk: bytes });
  const writer = leaf.type.typeId === Type.Dictionary ? new DictionaryWriter(leaf.type, rows) : valueWriter(leaf.type, leaf.element.type!, rows, inHeap);
  // The bitmap is made at the first null: until then every row read was present.
  let validity: Uint8Array | null = null;
  let nullCount = 0;
  let row = 0;
  // No page is read past the last row: a chunk may hold bytes after its pages.
  for (const { header, body, dictionary } of rows === 0 ? [] : dataPages(bytes, decoder)) {
    checkPageHeader(header, rows - row);
    const { count, definitionLevels, encoding, values: raw } = readValues(body, header, decoder, leaf.maxDefinition);
    const values = encoding.endsWith("_DICTIONARY") ? dictionaryValues(raw, dictionary, encoding, writer.takesIndexed === true) : raw;
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
    if (row === rows) break;
  }
  if (row < rows) throw new ChunkError(`the chunk ends after ${row} of its ${rows} rows`);
  return writer.finish(nullCount, nullCount === 0 ? null : validity);
}

/**
 * A dictionary page's indices as the writer takes them: kept as indices with their dictionary,
 * or looked up.
 * @param takesIndexed - whether the writer copies from the dictionary itself
 */
export function dictionaryValues(indices: DecodedArray, dictionary: DecodedArray | undefined, encoding: string, takesIndexed: boolean): DecodedArray | Indexed {
  if (dictionary === undefined) throw new ChunkError(`a ${encoding} page comes before any dictionary page`);
  return takesIndexed ? new Indexed(indices as ArrayLike<number>, dictionary) : lookup(indices, dictionary);
}

/** The values of one data page. */
function readValues(
  body: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  maxDefinition: number,
): { count: number; definitionLevels: ArrayLike<number> | undefined; values: DecodedArray; encoding: string } {
  const daph = header.data_page_header;
  if (daph !== undefined) {
    const page = decompressed(body, header.uncompressed_page_size, decoder);
    const flat = readFlatPageV1(page, daph, decoder.type, maxDefinition);
    if (flat !== undefined) return { count: daph.num_values, definitionLevels: flat.levels, values: flat.values ?? flat.indices!, encoding: daph.encoding };
    const { definitionLevels, dataPage } = readDataPage(page, daph, decoder);
    return { count: daph.num_values, definitionLevels, values: dataPage, encoding: daph.encoding };
  }
  const daph2 = header.data_page_header_v2!;
  // A page of nulls only may hold no value bytes at all, not even a compressed empty block.
  const decompress = (values: Uint8Array, size: number) => decompressed(values, size, decoder);
  const flat = readFlatPageV2(body, daph2, header.uncompressed_page_size, decoder.type, maxDefinition, decompress);
  if (flat !== undefined) return { count: daph2.num_rows, definitionLevels: flat.levels, values: flat.values ?? flat.indices!, encoding: daph2.encoding };
  const valueBytes = header.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length;
  const plain = valueBytes === 0 ? { ...header, data_page_header_v2: { ...daph2, is_compressed: false } } : header;
  const { definitionLevels, dataPage } = readDataPageV2(body, plain, decoder);
  return { count: daph2.num_rows, definitionLevels, values: dataPage, encoding: daph2.encoding };
}

/** Dictionary indices replaced by the dictionary's values, kept in a typed array when it is one. */
function lookup(indices: DecodedArray, dictionary: DecodedArray): DecodedArray {
  const n = indices.length;
  const size = dictionary.length;
  const keys = indices as ArrayLike<number>;
  for (let i = 0; i < n; i++) {
    if (!(keys[i] < size)) throw new ChunkError(`dictionary index ${keys[i]} is out of range for a dictionary of ${size} values`);
  }
  if ((dictionary instanceof BigInt64Array || dictionary instanceof BigUint64Array) && dictionary.byteOffset % 4 === 0) {
    // Copied as pairs of 32-bit words: reading a BigInt64Array element allocates a bigint.
    const out = new (dictionary.constructor as new (n: number) => BigInt64Array)(n);
    const words = new Int32Array(out.buffer);
    const from = new Int32Array(dictionary.buffer, dictionary.byteOffset, size * 2);
    for (let i = 0, w = 0; i < n; i++, w += 2) {
      const k = keys[i] * 2;
      words[w] = from[k];
      words[w + 1] = from[k + 1];
    }
    return out;
  }
  const out: { [i: number]: unknown; length: number } = ArrayBuffer.isView(dictionary)
    ? new (dictionary.constructor as new (n: number) => DecodedArray & { [i: number]: unknown })(n)
    : new Array(n);
  for (let i = 0; i < n; i++) out[i] = (dictionary as ArrayLike<unknown>)[keys[i]];
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
