import type { CompressionCodec, FileMetaData } from "hyparquet";
import type { Data, RecordBatch } from "apache-arrow";
import { makeBatch } from "../../exec/batch.js";
import { assembleNested } from "./assemble-nested.js";
import { decodeChunk } from "./decode-chunk.js";
import { asScanError, ChunkError, ParquetScanError } from "./errors.js";
import { decodeLeafEntries } from "./nested-leaf.js";
import type { LeafColumn } from "./nested-schema.js";
import type { ParquetColumn } from "./schema.js";
import { valueWriter } from "./value-writers.js";

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
 * Where the chunks of the given columns lie in one row group, leaf by leaf: what a projection
 * reads, and all.
 * @param group - the row group's index
 */
export function chunkRanges(metadata: FileMetaData, group: number, columns: readonly ParquetColumn[]): ChunkRange[] {
  const chunks = metadata.row_groups[group].columns;
  return columns.flatMap((c) => c.leaves).map((leaf) => {
    const meta = chunks[leaf.chunkIndex].meta_data!;
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    return { leaf, start, length: Number(meta.total_compressed_size), codec: meta.codec };
  });
}

/**
 * Decodes the chunks of one row group into a record batch of its rows.
 * @param file - the file's name, for errors
 * @param group - the row group's index, for errors
 * @param rows - its row count
 * @param columns - the columns to decode, whose leaves `ranges` lists in order
 * @param bytes - each range's bytes, in the order of `ranges`
 * @throws ParquetScanError "corrupt" naming the column, row group, file and byte of a bad chunk
 */
export function decodeRowGroup(
  file: string,
  group: number,
  rows: number,
  columns: readonly ParquetColumn[],
  ranges: readonly ChunkRange[],
  bytes: readonly Uint8Array[],
): RecordBatch {
  let next = 0;
  const data: Data[] = columns.map((column) => {
    const first = next;
    next += column.leaves.length;
    const at = (i: number) => ({ file, group, range: ranges[i] });
    if (column.nested === undefined) return located(at(first), () => decodeChunk(bytes[first], ranges[first].leaf, ranges[first].codec, rows));
    const leaves = column.leaves.map((leaf, k) => {
      const takesIndexed = valueWriter(leaf.type, leaf.element.type!, 0).takesIndexed === true;
      return located(at(first + k), () => decodeLeafEntries(bytes[first + k], leaf, ranges[first + k].codec, rows, takesIndexed));
    });
    return located(at(first), () => assembleNested(column.nested!, leaves, column.leaves));
  });
  return makeBatch(columns.map((c) => c.field), data, rows);
}

/**
 * Runs one step of decoding a chunk, turning what it throws into a ParquetScanError naming the
 * file, row group, column and byte.
 */
function located<T>(place: { file: string; group: number; range: ChunkRange }, run: () => T): T {
  const { file, group, range } = place;
  const where = `column "${range.leaf.name}" (${range.leaf.element.type}) of row group ${group}`;
  try {
    return run();
  } catch (error) {
    if (error instanceof ChunkError) throw new ParquetScanError("corrupt", file, `${where} starting at byte ${range.start}: ${error.message}`, range.start);
    throw asScanError(error, file, where, range.start);
  }
}
