import type { DataPageHeader, DecodedArray, ParquetType } from "hyparquet";
import type { DataPageHeaderV2 } from "hyparquet/src/types.js";
import { readRleBitPackedHybrid } from "hyparquet/src/encoding.js";
import { readPlain } from "hyparquet/src/plain.js";

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
  if (!isFastEncoding(header.encoding, type) || maxDefinition > 1) return undefined;
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  const count = header.num_values;
  let levels: Uint8Array | undefined;
  if (maxDefinition > 0) {
    levels = new Uint8Array(count);
    readRleBitPackedHybrid(reader, 1, levels);
  }
  return readValues(reader, page.length, header.encoding, type, count, levels);
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
  if (!isFastEncoding(header.encoding, type) || maxDefinition > 1 || header.repetition_levels_byte_length !== 0) return undefined;
  const count = header.num_values;
  const levelBytes = header.definition_levels_byte_length;
  let levels: Uint8Array | undefined;
  if (maxDefinition > 0) {
    levels = new Uint8Array(count);
    readRleBitPackedHybrid({ view: new DataView(body.buffer, body.byteOffset, levelBytes), offset: 0 }, 1, levels, levelBytes);
  }
  const valueSize = uncompressedSize - levelBytes;
  let values = body.subarray(levelBytes);
  if (header.is_compressed !== false && valueSize > 0) values = decompress(values, valueSize);
  const reader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
  return readValues(reader, values.length, header.encoding, type, count, levels);
}

function isFastEncoding(encoding: string, type: ParquetType): boolean {
  if (encoding === "PLAIN") return FIXED.has(type);
  return (encoding === "RLE_DICTIONARY" || encoding === "PLAIN_DICTIONARY") && type !== "BOOLEAN";
}

function readValues(
  reader: { view: DataView; offset: number },
  end: number,
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
  if (encoding === "PLAIN") return { levels: allPresent, values: readPlain(reader, type, present, undefined), indices: undefined };
  const indices = new Int32Array(present);
  const bitWidth = present > 0 ? reader.view.getUint8(reader.offset++) : 0;
  if (bitWidth > 0) readRleBitPackedHybrid(reader, bitWidth, indices, end - reader.offset);
  return { levels: allPresent, values: undefined, indices };
}
