import type { CompressionCodec, DecodedArray, PageHeader } from "hyparquet";
import type { ColumnDecoder } from "hyparquet/src/types.js";
import { concatBytes } from "../concat-bytes.js";
import { checkPageHeader, columnDecoder, dataPages, decompressed, type InflatedPages } from "./chunk-pages.js";
import { dictionaryValues } from "./decode-chunk.js";
import { ChunkError } from "./errors.js";
import { readPresentValues } from "./flat-page.js";
import { decodeHybrid } from "./hybrid.js";
import type { LeafColumn } from "./nested-schema.js";
import type { Indexed } from "./value-writers.js";

/**
 * A leaf of a nested column, decoded: one repetition and one definition level per entry, and the
 * present values (those whose definition is the leaf's maximum) page by page.
 */
export interface LeafEntries {
  readonly repetition: Uint8Array;
  readonly definition: Uint8Array;
  /** Each page's present values, with the index of its first entry. */
  readonly pages: readonly { readonly start: number; readonly values: DecodedArray | Indexed }[];
}

/** Most level entries one page may claim: more is corruption, not data. */
const MAX_PAGE_ENTRIES = 2 ** 28;

/**
 * Decodes the chunk of one leaf of a nested column: its levels (by the checked hybrid decoder)
 * and its values, v1 or v2 pages in any encoding and compression.
 * @param rows - the row group's row count, which the entries starting a row must match
 * @param takesIndexed - keep dictionary indices with their dictionary rather than looking them up
 * @param inflated - pages of the chunk decompressed ahead (see inflateAhead)
 * @throws ChunkError when the pages do not add up
 */
export function decodeLeafEntries(bytes: Uint8Array, leaf: LeafColumn, codec: CompressionCodec, rows: number, takesIndexed: boolean, inflated?: InflatedPages): LeafEntries {
  const decoder = columnDecoder(leaf, codec, inflated === undefined ? undefined : { pages: inflated, chunk: bytes });
  const repetitions: Uint8Array[] = [];
  const definitions: Uint8Array[] = [];
  const pages: { start: number; values: DecodedArray | Indexed }[] = [];
  let entries = 0;
  let rowsSeen = 0;
  for (const { header, body, dictionary } of dataPages(bytes, decoder)) {
    checkPageHeader(header, MAX_PAGE_ENTRIES);
    const page = readLevelsPage(body, header, decoder, leaf);
    const raw = readPresentValues(page.values, page.encoding, decoder, page.present);
    const values = page.encoding.endsWith("_DICTIONARY") ? dictionaryValues(raw, dictionary, page.encoding, takesIndexed) : raw;
    if (values.length < page.present) throw new ChunkError(`a page's definition levels promise ${page.present} values, but it holds ${values.length}`);
    for (let i = 0; i < page.repetition.length; i++) if (page.repetition[i] === 0) rowsSeen++;
    if (page.repetition.length > 0 && page.repetition[0] !== 0 && entries === 0) throw new ChunkError("the first entry of the chunk continues a row");
    pages.push({ start: entries, values });
    repetitions.push(page.repetition);
    definitions.push(page.definition);
    entries += page.repetition.length;
  }
  if (rowsSeen !== rows) throw new ChunkError(`its levels hold ${rowsSeen} rows where the row group has ${rows}`);
  return { repetition: concatBytes(repetitions), definition: concatBytes(definitions), pages };
}

/** One page's levels, its count of present values, and the bytes of those values (decompressed). */
interface LevelsPage {
  readonly repetition: Uint8Array;
  readonly definition: Uint8Array;
  readonly present: number;
  readonly values: Uint8Array;
  readonly encoding: NonNullable<PageHeader["data_page_header"]>["encoding"];
}

function readLevelsPage(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder, leaf: LeafColumn): LevelsPage {
  const v1 = header.data_page_header;
  if (v1 !== undefined) {
    const page = decompressed(body, header.uncompressed_page_size, decoder);
    const count = v1.num_values;
    let at = 0;
    const prefixed = (max: number): Uint8Array => {
      const levels = new Uint8Array(count);
      if (max === 0) return levels;
      if (at + 4 > page.length) throw new ChunkError("a data page ends before its levels");
      const length = new DataView(page.buffer, page.byteOffset + at, 4).getUint32(0, true);
      if (at + 4 + length > page.length) throw new ChunkError(`levels of ${length} bytes in a page of ${page.length}`);
      decodeHybrid(page, at + 4, at + 4 + length, bitWidth(max), levels);
      at += 4 + length;
      return levels;
    };
    const repetition = prefixed(leaf.maxRepetition);
    const definition = prefixed(leaf.maxDefinition);
    return { repetition, definition, present: present(definition, leaf.maxDefinition), values: page.subarray(at), encoding: v1.encoding };
  }
  const v2 = header.data_page_header_v2!;
  const count = v2.num_values;
  const repetitionEnd = v2.repetition_levels_byte_length;
  const levelsEnd = repetitionEnd + v2.definition_levels_byte_length;
  const repetition = new Uint8Array(count);
  const definition = new Uint8Array(count);
  if (leaf.maxRepetition > 0) decodeHybrid(body, 0, repetitionEnd, bitWidth(leaf.maxRepetition), repetition);
  if (leaf.maxDefinition > 0) decodeHybrid(body, repetitionEnd, levelsEnd, bitWidth(leaf.maxDefinition), definition);
  const valueSize = header.uncompressed_page_size - levelsEnd;
  let values = body.subarray(levelsEnd);
  if (v2.is_compressed !== false && valueSize > 0) values = decompressed(values, valueSize, decoder);
  return { repetition, definition, present: present(definition, leaf.maxDefinition), values, encoding: v2.encoding };
}

/** How many entries hold a value: those defined up to the leaf. */
function present(definition: Uint8Array, max: number): number {
  let n = 0;
  for (let i = 0; i < definition.length; i++) if (definition[i] === max) n++;
  return n;
}

function bitWidth(max: number): number {
  return 32 - Math.clz32(max);
}
