import type { CompressionCodec, FileMetaData } from "hyparquet";
import type { Data, RecordBatch } from "apache-arrow";
import { makeBatch } from "../../exec/batch.js";
import { take } from "../../kernels/take.js";
import { assembleNested } from "./assemble-nested.js";
import type { InflatedPages } from "./chunk-pages.js";
import { decodeChunk } from "./decode-chunk.js";
import { asScanError, ChunkError, ParquetScanError } from "./errors.js";
import { decodeLeafEntries } from "./nested-leaf.js";
import type { LeafColumn } from "./nested-schema.js";
import type { ByteRange, PageIndex } from "./page-index.js";
import { rowCount, type RowRanges } from "./page-rows.js";
import type { ParquetColumn } from "./schema.js";
import { valueWriter } from "./value-writers.js";

/**
 * What is read of one column chunk: the whole chunk, or (pruned by the page index) its dictionary
 * page and the data pages holding wanted rows; and which of the rows read the batch keeps.
 */
export interface ChunkRead {
  readonly leaf: LeafColumn;
  readonly codec: CompressionCodec;
  /** The byte ranges read, in file order; decoded as one run of pages. */
  readonly pieces: readonly ByteRange[];
  /** The rows the pages read hold. */
  readonly rows: number;
  /** The positions, among those rows, of the rows the batch keeps; undefined for all. */
  readonly keep: Int32Array | undefined;
  /** The data pages read, and the chunk's count of them (known from its page index). */
  readonly pages?: { readonly read: number; readonly total: number };
}

/** The number of rows of each row group, and where each starts in the file's row order. */
export function rowGroupStarts(metadata: FileMetaData): { rows: number[]; starts: number[] } {
  const rows = metadata.row_groups.map((g) => Number(g.num_rows));
  const starts: number[] = [];
  rows.reduce((start, n) => (starts.push(start), start + n), 0);
  return { rows, starts };
}

/**
 * What to read of the chunks of the given columns in one row group, leaf by leaf.
 * @param group - the row group's index
 * @param wanted - the rows wanted, or undefined for all
 * @param indexes - the page indexes of the flat columns that have one, by leaf name: where the
 *   rows wanted are partial, only their pages are read
 */
export function chunkReads(
  metadata: FileMetaData,
  group: number,
  columns: readonly ParquetColumn[],
  wanted: RowRanges | undefined,
  indexes: ReadonlyMap<string, PageIndex>,
): ChunkRead[] {
  const chunks = metadata.row_groups[group].columns;
  const rows = Number(metadata.row_groups[group].num_rows);
  const keepAll = wanted === undefined ? undefined : positions(wanted, [{ firstRow: 0, rows }]);
  return columns.flatMap((column) =>
    column.leaves.map((leaf): ChunkRead => {
      const meta = chunks[leaf.chunkIndex].meta_data!;
      const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const whole = { leaf, codec: meta.codec, pieces: [[start, Number(meta.total_compressed_size)] as const], rows, keep: keepAll };
      const index = indexes.get(leaf.name);
      if (wanted === undefined || column.nested !== undefined || index === undefined) return whole;
      const pages = index.pages.filter((p) => wanted.some(([from, to]) => p.firstRow < to && from < p.firstRow + p.rows));
      // The dictionary page, if any, lies before the first data page.
      const pieces: [number, number][] = index.pages[0].offset > start ? [[start, index.pages[0].offset - start]] : [];
      for (const p of pages) {
        const last = pieces[pieces.length - 1];
        if (last !== undefined && last[0] + last[1] === p.offset) last[1] += p.size;
        else pieces.push([p.offset, p.size]);
      }
      const read = rowCount(pages.map((p) => [p.firstRow, p.firstRow + p.rows] as const));
      return { leaf, codec: meta.codec, pieces, rows: read, keep: positions(wanted, pages), pages: { read: pages.length, total: index.pages.length } };
    }),
  );
}

/**
 * Where the wanted rows lie among the rows of the pages read (the pages concatenated), or
 * undefined when those are exactly the rows wanted.
 */
function positions(wanted: RowRanges, pages: readonly { firstRow: number; rows: number }[]): Int32Array | undefined {
  const out = new Int32Array(rowCount(wanted));
  let n = 0;
  let base = 0;
  for (const page of pages) {
    for (const [from, to] of wanted) {
      for (let r = Math.max(from, page.firstRow); r < Math.min(to, page.firstRow + page.rows); r++) out[n++] = base + r - page.firstRow;
    }
    base += page.rows;
  }
  return n === base && out.every((p, i) => p === i) ? undefined : out;
}

/**
 * Decodes the chunks of one row group into a record batch of its wanted rows.
 * @param file - the file's name, for errors
 * @param group - the row group's index, for errors
 * @param length - the number of rows wanted
 * @param columns - the columns to decode, whose leaves `reads` lists in order
 * @param bytes - each read's bytes, its pieces concatenated, in the order of `reads`
 * @param inHeap - put number columns in the WebAssembly heap (see HeapScanOptions.inHeap)
 * @param inflated - each read's pages decompressed ahead, if any, in the order of `reads`
 * @throws ParquetScanError "corrupt" naming the column, row group, file and byte of a bad chunk
 */
export function decodeRowGroup(
  file: string,
  group: number,
  length: number,
  columns: readonly ParquetColumn[],
  reads: readonly ChunkRead[],
  bytes: readonly Uint8Array[],
  inHeap = false,
  inflated: readonly (InflatedPages | undefined)[] = [],
): RecordBatch {
  let next = 0;
  const data: Data[] = columns.map((column) => {
    const first = next;
    next += column.leaves.length;
    const at = (i: number) => ({ file, group, read: reads[i] });
    const { rows, keep } = reads[first];
    let whole: Data;
    if (column.nested === undefined) {
      whole = located(at(first), () => decodeChunk(bytes[first], reads[first].leaf, reads[first].codec, rows, { inHeap: inHeap && keep === undefined, inflated: inflated[first] }));
    } else {
      const leaves = column.leaves.map((leaf, k) => {
        const takesIndexed = valueWriter(leaf.type, leaf.element.type!, 0).takesIndexed === true;
        return located(at(first + k), () => decodeLeafEntries(bytes[first + k], leaf, reads[first + k].codec, rows, takesIndexed, inflated[first + k]));
      });
      whole = located(at(first), () => assembleNested(column.nested!, leaves, column.leaves));
    }
    return keep === undefined ? whole : take(whole, keep);
  });
  return makeBatch(columns.map((c) => c.field), data, length);
}

/**
 * Runs one step of decoding a chunk, turning what it throws into a ParquetScanError naming the
 * file, row group, column and byte.
 */
function located<T>(place: { file: string; group: number; read: ChunkRead }, run: () => T): T {
  const { file, group, read } = place;
  const start = read.pieces[0]?.[0] ?? 0;
  const where = `column "${read.leaf.name}" (${read.leaf.element.type}) of row group ${group}`;
  try {
    return run();
  } catch (error) {
    if (error instanceof ChunkError) throw new ParquetScanError("corrupt", file, `${where} starting at byte ${start}: ${error.message}`, start);
    throw asScanError(error, file, where, start);
  }
}
