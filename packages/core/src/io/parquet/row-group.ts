import type { CompressionCodec, FileMetaData } from "hyparquet";
import type { Data, RecordBatch } from "apache-arrow";
import { Field } from "apache-arrow";
import { makeBatch } from "../../exec/batch.js";
import { decodeChunk } from "./decode-chunk.js";
import { asScanError, ChunkError, ParquetScanError } from "./errors.js";
import type { LeafColumn } from "./schema.js";

/** The bytes of one column chunk of one row group. */
export interface ChunkRange {
  readonly leaf: LeafColumn;
  readonly start: number;
  readonly length: number;
  readonly codec: CompressionCodec;
}

/** The number of rows of each row group, and where each starts in the file's row order. */
export function rowGroupStarts(metadata: FileMetaData): { rows: number[]; starts: number[] } {
  const rows = metadata.row_groups.map((g) => Number(g.num_rows));
  const starts: number[] = [];
  rows.reduce((start, n) => (starts.push(start), start + n), 0);
  return { rows, starts };
}

/**
 * Where the chunks of the given columns lie in one row group: what a projection reads, and all.
 * @param group - the row group's index
 */
export function chunkRanges(metadata: FileMetaData, group: number, leaves: readonly LeafColumn[]): ChunkRange[] {
  const columns = metadata.row_groups[group].columns;
  return leaves.map((leaf) => {
    const meta = columns[leaf.chunkIndex].meta_data!;
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    return { leaf, start, length: Number(meta.total_compressed_size), codec: meta.codec };
  });
}

/**
 * Decodes the chunks of one row group into a record batch of its rows.
 * @param file - the file's name, for errors
 * @param group - the row group's index, for errors
 * @param rows - its row count
 * @param bytes - each range's bytes, in the order of `ranges`
 * @throws ParquetScanError "corrupt" naming the column, row group, file and byte of a bad chunk
 */
export function decodeRowGroup(file: string, group: number, rows: number, ranges: readonly ChunkRange[], bytes: readonly Uint8Array[]): RecordBatch {
  const columns: Data[] = ranges.map((range, i) => {
    const where = `column "${range.leaf.name}" (${range.leaf.element.type}) of row group ${group}`;
    try {
      return decodeChunk(bytes[i], range.leaf, range.codec, rows);
    } catch (error) {
      if (error instanceof ChunkError) throw new ParquetScanError("corrupt", file, `${where} starting at byte ${range.start}: ${error.message}`, range.start);
      throw asScanError(error, file, where, range.start);
    }
  });
  const fields = ranges.map((r) => new Field(r.leaf.name, r.leaf.type, r.leaf.maxDefinition > 0));
  return makeBatch(fields, columns, rows);
}
