import type { FileMetaData } from "hyparquet";
import type { RecordBatch } from "apache-arrow";
import type { Expr } from "../../expr/index.js";
import { columnsOf } from "../../expr/inspect.js";
import { concatBytes } from "../concat-bytes.js";
import type { InflatedPages } from "./chunk-pages.js";
import { inflateAhead } from "./inflate-ahead.js";
import { ChunkError, ParquetScanError } from "./errors.js";
import type { LeafColumn } from "./nested-schema.js";
import { type ByteRange, type PageIndex, pageIndexRanges, parsePageIndex } from "./page-index.js";
import { candidateRows, rowCount, type RowRanges } from "./page-rows.js";
import { type ChunkRead, chunkReads, decodeRowGroup } from "./row-group.js";
import { flatLeaf, type ParquetColumn, type ParquetLayout } from "./schema.js";

/** Byte ranges to read, each with what it is (for errors). */
export type ReadRequest = readonly { readonly range: ByteRange; readonly what: string }[];

/** One row group read: its batch of wanted rows (none when the page index rules every row out). */
export interface RowGroupRead {
  readonly batch: RecordBatch | undefined;
  /** The bytes of the column chunks (or pages) read. */
  readonly bytes: number;
  /** Data pages read and in all, over the chunks whose page index chose them. */
  readonly pages: { readonly read: number; readonly total: number };
}

/** One row group's bytes, read and not yet decoded: what {@link decodeFetched} turns into its batch. */
export interface FetchedRowGroup {
  readonly file: RowGroupFile;
  readonly group: number;
  /** The rows the batch will hold. */
  readonly length: number;
  readonly columns: readonly ParquetColumn[];
  /** The chunks read, and each one's bytes; undefined when the page index rules every row out. */
  readonly reads: readonly ChunkRead[] | undefined;
  readonly chunks: readonly Uint8Array[];
  readonly bytes: number;
  /** Each chunk's pages decompressed ahead, where they were (see {@link inflateFetched}). */
  readonly inflated?: readonly (InflatedPages | undefined)[];
}

/** The file a row group belongs to. */
export interface RowGroupFile {
  readonly name: string;
  readonly metadata: FileMetaData;
  readonly layout: ParquetLayout;
}

/**
 * Reads one row group's bytes, as the reads it needs: yields each set of byte ranges and receives
 * their bytes in order. One plan serves the synchronous and the asynchronous reader; decoding is
 * left to {@link decodeFetched}, so an asynchronous reader can read ahead of the decoding. With a
 * predicate whose columns have a column index, only the pages that may hold matching rows are
 * read (see {@link candidateRows}); rows the index rules out never reach the filter, which still
 * runs on the rest.
 * @param columns - the columns to read
 */
export function* fetchRowGroup(file: RowGroupFile, group: number, columns: readonly ParquetColumn[], predicate: Expr | null): Generator<ReadRequest, FetchedRowGroup, Uint8Array[]> {
  const rows = Number(file.metadata.row_groups[group].num_rows);
  const wanted = predicate === null ? undefined : yield* pageRows(file, group, predicate);
  if (wanted !== undefined && wanted.rows.length === 0) return { file, group, length: 0, columns, reads: undefined, chunks: [], bytes: 0 };
  const partial = wanted !== undefined && rowCount(wanted.rows) < rows ? wanted.rows : undefined;
  const indexes = new Map(wanted?.indexes);
  if (partial !== undefined) {
    const leaves = columns.filter((c) => c.nested === undefined && !indexes.has(c.field.name)).map((c) => c.leaves[0]);
    for (const [leaf, index] of yield* pageIndexes(file, group, leaves, false)) indexes.set(leaf.name, index);
  }
  const reads = chunkReads(file.metadata, group, columns, partial, indexes);
  const pieces = reads.flatMap((r) => r.pieces.map((range) => ({ range, what: `column "${r.leaf.name}" of row group ${group}` })));
  const bytes = yield pieces;
  let next = 0;
  const chunks = reads.map((r) => concatBytes(bytes.slice(next, (next += r.pieces.length))));
  const length = partial === undefined ? rows : rowCount(partial);
  return { file, group, length, columns, reads, chunks, bytes: pieces.reduce((n, p) => n + p.range[1], 0) };
}

/**
 * A row group's bytes with the pages of its ZSTD chunks decompressed, on libuv's thread pool where
 * the native decoder is: an asynchronous scan does this for the row groups it reads ahead.
 */
export async function inflateFetched(fetched: FetchedRowGroup): Promise<FetchedRowGroup> {
  const { reads, chunks } = fetched;
  if (reads === undefined) return fetched;
  return { ...fetched, inflated: await Promise.all(reads.map((read, i) => inflateAhead(chunks[i], read.codec))) };
}

/**
 * Decodes a row group's bytes into its batch.
 * @param inHeap - put number columns in the WebAssembly heap (see HeapScanOptions.inHeap)
 */
export function decodeFetched(fetched: FetchedRowGroup, inHeap = false): RowGroupRead {
  const { file, group, length, columns, reads, chunks, bytes } = fetched;
  if (reads === undefined) return { batch: undefined, bytes, pages: { read: 0, total: 0 } };
  const batch = decodeRowGroup(file.name, group, length, columns, reads, chunks, inHeap, fetched.inflated);
  const pages = reads.reduce((n, r) => ({ read: n.read + (r.pages?.read ?? 0), total: n.total + (r.pages?.total ?? 0) }), { read: 0, total: 0 });
  return { batch, bytes, pages };
}

/**
 * The rows of a row group the predicate may hold, from the column indexes of its columns, with the
 * page indexes read; undefined when none of its columns has one.
 */
export function* pageRows(
  file: RowGroupFile,
  group: number,
  predicate: Expr,
): Generator<ReadRequest, { rows: RowRanges; indexes: Map<string, PageIndex> } | undefined, Uint8Array[]> {
  const leaves = [...columnsOf(predicate)].map((name) => flatLeaf(file.layout, name)).filter((l) => l !== undefined);
  const found = yield* pageIndexes(file, group, leaves, true);
  const withStats = new Map([...found].filter(([, index]) => index.stats !== undefined).map(([leaf, index]) => [leaf.name, { leaf, index }]));
  if (withStats.size === 0) return undefined;
  const rows = candidateRows(predicate, withStats, Number(file.metadata.row_groups[group].num_rows));
  return { rows, indexes: new Map([...found].map(([leaf, index]) => [leaf.name, index])) };
}

/**
 * The page indexes of the given leaves that have one.
 * @param withStats - read their column indexes (page statistics) too
 * @throws ParquetScanError "corrupt" naming the column and row group when an index contradicts its chunk
 */
function* pageIndexes(file: RowGroupFile, group: number, leaves: readonly LeafColumn[], withStats: boolean): Generator<ReadRequest, Map<LeafColumn, PageIndex>, Uint8Array[]> {
  const located = leaves.map((leaf) => ({ leaf, ranges: pageIndexRanges(file.metadata, group, leaf) })).filter((l) => l.ranges !== undefined);
  const request = located.flatMap(({ leaf, ranges }) => {
    const what = `the page index of column "${leaf.name}" of row group ${group}`;
    return [{ range: ranges!.offsets, what }, ...(withStats && ranges!.stats !== undefined ? [{ range: ranges!.stats, what }] : [])];
  });
  if (request.length === 0) return new Map();
  const bytes = yield request;
  let next = 0;
  return new Map(
    located.map(({ leaf, ranges }) => {
      const offsets = bytes[next++];
      const stats = withStats && ranges!.stats !== undefined ? bytes[next++] : undefined;
      try {
        return [leaf, parsePageIndex(file.metadata, group, leaf, offsets, stats)];
      } catch (error) {
        const detail = error instanceof ChunkError ? error.message : `cannot decode it: ${(error as Error).message}`;
        throw new ParquetScanError("corrupt", file.name, `the page index of column "${leaf.name}" of row group ${group}: ${detail}`, ranges!.offsets[0], { cause: error });
      }
    }),
  );
}
