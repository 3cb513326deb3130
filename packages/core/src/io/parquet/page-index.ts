import type { FileMetaData } from "hyparquet";
import { readColumnIndex, readOffsetIndex } from "hyparquet";
import { ChunkError } from "./errors.js";
import type { LeafColumn } from "./nested-schema.js";
import { RAW_PARSERS } from "./raw-parsers.js";
import { type ColumnStats, pageStats } from "./stats.js";

/** One data page of a column chunk, as its offset index places it. */
export interface PageLocation {
  readonly offset: number;
  readonly size: number;
  readonly firstRow: number;
  readonly rows: number;
}

/**
 * A column chunk's page index: where each data page lies and which rows it holds, and each page's
 * statistics when the file has a column index for it.
 */
export interface PageIndex {
  readonly pages: readonly PageLocation[];
  readonly stats: readonly ColumnStats[] | undefined;
}

/** A byte range of the file: [offset, length]. */
export type ByteRange = readonly [offset: number, length: number];

/**
 * Where a chunk's offset index and column index lie, when it has an offset index.
 * @param group - the row group
 */
export function pageIndexRanges(metadata: FileMetaData, group: number, leaf: LeafColumn): { offsets: ByteRange; stats: ByteRange | undefined } | undefined {
  const chunk = metadata.row_groups[group].columns[leaf.chunkIndex];
  if (chunk.offset_index_offset === undefined || !chunk.offset_index_length) return undefined;
  const offsets: ByteRange = [Number(chunk.offset_index_offset), chunk.offset_index_length];
  const stats: ByteRange | undefined = chunk.column_index_offset === undefined || !chunk.column_index_length ? undefined : [Number(chunk.column_index_offset), chunk.column_index_length];
  return { offsets, stats };
}

/**
 * Parses and checks a chunk's page index: pages in order within the chunk, their first rows rising
 * from 0 below the row group's row count, a column index of one entry per page.
 * @param offsets - the offset index's bytes
 * @param stats - the column index's bytes, if any
 * @throws ChunkError when the index contradicts the chunk
 */
export function parsePageIndex(metadata: FileMetaData, group: number, leaf: LeafColumn, offsets: Uint8Array, stats: Uint8Array | undefined): PageIndex {
  const rowGroup = metadata.row_groups[group];
  const meta = rowGroup.columns[leaf.chunkIndex].meta_data!;
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const end = start + Number(meta.total_compressed_size);
  const rows = Number(rowGroup.num_rows);
  const locations = readOffsetIndex({ view: view(offsets), offset: 0 }).page_locations;
  const pages = locations.map((p, i): PageLocation => {
    const firstRow = Number(p.first_row_index);
    const next = i + 1 < locations.length ? Number(locations[i + 1].first_row_index) : rows;
    return { offset: Number(p.offset), size: p.compressed_page_size, firstRow, rows: next - firstRow };
  });
  pages.forEach((p, i) => {
    const previous = pages[i - 1];
    if (!(p.offset >= (previous === undefined ? start : previous.offset + previous.size) && p.size > 0 && p.offset + p.size <= end)) {
      throw new ChunkError(`its offset index places page ${i} at bytes ${p.offset}–${p.offset + p.size}, outside the chunk's bytes ${start}–${end} or over the page before`);
    }
    if (!((i > 0 || p.firstRow === 0) && p.rows > 0)) {
      throw new ChunkError(`its offset index says page ${i} starts at row ${p.firstRow}, not after the rows before it and within the row group's ${rows}`);
    }
  });
  if (stats === undefined) return { pages, stats: undefined };
  const index = readColumnIndex({ view: view(stats), offset: 0 }, leaf.element, RAW_PARSERS);
  if (index.null_pages.length !== pages.length || index.min_values.length !== pages.length || index.max_values.length !== pages.length) {
    throw new ChunkError(`its column index describes ${index.null_pages.length} pages where its offset index has ${pages.length}`);
  }
  return { pages, stats: pages.map((p, i) => pageStats(leaf, index, i, p.rows)) };
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
