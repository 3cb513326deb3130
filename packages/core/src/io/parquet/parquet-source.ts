import type { FileMetaData } from "hyparquet";
import type { RecordBatch, Schema } from "apache-arrow";
import type { Expr } from "../../expr/index.js";
import type { ExtremeRequest, ScanSource } from "../../plan/nodes.js";
import { columnIndex } from "../../types/column-lookup.js";
import type { RangeSource } from "../sources/types.js";
import { asScanError } from "./errors.js";
import { extremeGroup } from "./extreme-groups.js";
import { checkExtremeClaims } from "./extreme-claims.js";
import { rowCount } from "./page-rows.js";
import { decodeFetched, fetchRowGroup, inflateFetched, pageRows, type ReadRequest } from "./row-group-reads.js";
import { rowGroupStarts } from "./row-group.js";
import { pruneRowGroups, type RowGroupChoice } from "./prune.js";
import type { ParquetColumn, ParquetLayout } from "./schema.js";

/** Row groups whose bytes an asynchronous scan reads ahead of the one it decodes. */
const READ_AHEAD = 2;

/** Options of {@link ParquetSource.batches}. */
export interface ParquetBatchOptions {
  columns?: readonly string[];
  /** Rows the query keeps: row groups whose statistics prove it false everywhere are not read. */
  predicate?: Expr | null;
  signal?: AbortSignal;
  onProgress?: (progress: { rows: number; bytes: number }) => void;
  /** Put number columns in the WebAssembly heap; the caller then owns the batches (see HeapScanOptions.inHeap). */
  inHeap?: boolean;
}

/**
 * A Parquet file as a scan source: one record batch per row group, holding only the projected
 * columns, reading only their column chunks, skipping row groups that statistics rule out.
 */
export class ParquetSource implements ScanSource {
  readonly schema: Schema;
  readonly fileFormat = "parquet";
  /** Each scan decodes its row groups anew: the consumer owns the batches (see HeapScanOptions.inHeap). */
  readonly handsOverBatches = true;
  private readonly rows: readonly number[];
  /** Where each row group starts in the file's row order. */
  readonly starts: readonly number[];

  /**
   * @param range - the file's bytes
   * @param metadata - its footer
   * @param layout - its Arrow schema and columns
   * @param only - the row groups a statistics-driven reduction needs, with why; default all
   */
  constructor(
    private readonly range: RangeSource,
    readonly metadata: FileMetaData,
    readonly layout: ParquetLayout,
    readonly only?: RowGroupChoice,
  ) {
    this.schema = layout.schema;
    const { rows, starts } = rowGroupStarts(metadata);
    this.rows = rows;
    this.starts = starts;
  }

  /** The path, URL or description of the file. */
  get name(): string {
    return this.range.name;
  }

  /** The local file, when the whole of one is read: another engine can then read it too. */
  get path(): string | undefined {
    return this.only === undefined ? this.range.path : undefined;
  }

  /** The number of rows of each row group, from the footer. */
  get rowGroupRows(): readonly number[] {
    return this.rows;
  }

  /**
   * The same file, reading only the given row groups: what a statistics-driven reduction scans.
   * @param choice - the row groups and why the others cannot hold the answer
   */
  restrict(choice: RowGroupChoice): ParquetSource {
    return new ParquetSource(this.range, this.metadata, this.layout, choice);
  }

  /**
   * The one row group holding the first row with each requested extreme, when the footer's
   * statistics prove it, and where that group starts: see {@link extremeGroup}.
   */
  narrowToExtremes(requests: readonly ExtremeRequest[]): { source: ParquetSource; offset: number } | undefined {
    const choice = extremeGroup(this, requests);
    return choice === undefined ? undefined : { source: this.restrict(choice), offset: this.starts[choice.groups[0]] };
  }

  /** Which row groups a scan with this predicate reads, and why the others are skipped. */
  choose(predicate: Expr | null | undefined): RowGroupChoice {
    return pruneRowGroups(this, predicate ?? null);
  }

  /**
   * What explain() prints beside the scan: the row groups read and why the others are not, and,
   * when the file can be read synchronously and has a column index for the predicate's columns,
   * the rows and pages of those columns that the page index leaves to read.
   */
  explain(predicate: Expr | null): string {
    const choice = this.choose(predicate);
    const total = this.rows.length;
    const groups = choice.groups.length === total ? `row_groups=${total}/${total}` : `row_groups=${choice.groups.length}/${total} [${choice.groups.join(", ")}] (pruned: ${choice.why.join("; ")})`;
    const pages = predicate === null ? "" : this.explainPages(choice.groups, predicate);
    const skipped = this.layout.skipped.map((s) => `${JSON.stringify(s.name)} (${s.why})`);
    return `${groups}${pages}${skipped.length === 0 ? "" : ` not_read=[${skipped.join(", ")}]`}`;
  }

  private explainPages(groups: readonly number[], predicate: Expr): string {
    if (this.range.readSync === undefined) return "";
    let indexed = false;
    let kept = 0;
    let rows = 0;
    let pagesKept = 0;
    let pages = 0;
    for (const group of groups) {
      const found = this.runSync(pageRows(this, group, predicate));
      rows += this.rows[group];
      kept += found === undefined ? this.rows[group] : rowCount(found.rows);
      if (found === undefined) continue;
      indexed = true;
      for (const index of found.indexes.values()) {
        pages += index.pages.length;
        pagesKept += index.pages.filter((p) => found.rows.some(([from, to]) => p.firstRow < to && from < p.firstRow + p.rows)).length;
      }
    }
    return indexed ? ` page_index: rows=${kept}/${rows} pages=${pagesKept}/${pages}` : "";
  }

  /**
   * The batches, one per row group read. The bytes of the next row groups are read (and their
   * ZSTD pages decompressed, off this thread where Node can) while the current one is decoded and
   * the consumer works on its batch, so the file's reads overlap the query's work; at most
   * {@link READ_AHEAD} row groups wait, undecoded.
   */
  async *batches(options: ParquetBatchOptions = {}): AsyncGenerator<RecordBatch> {
    const columns = this.columnsOf(options.columns);
    const groups = this.choose(options.predicate).groups;
    const fetch = (group: number) => this.run(fetchRowGroup(this, group, columns, options.predicate ?? null), options.signal).then(inflateFetched);
    const ahead = groups.slice(0, READ_AHEAD).map(fetch);
    let rows = 0;
    let bytes = 0;
    try {
      for (let i = 0; i < groups.length; i++) {
        options.signal?.throwIfAborted();
        const fetched = await ahead.shift()!;
        if (i + READ_AHEAD < groups.length) ahead.push(fetch(groups[i + READ_AHEAD]));
        const read = decodeFetched(fetched, options.inHeap === true);
        bytes += read.bytes;
        if (read.batch === undefined) continue;
        this.checkClaims(read.batch);
        rows += read.batch.numRows;
        options.onProgress?.({ rows, bytes });
        yield read.batch;
      }
    } finally {
      // A scan stopped early drops the reads ahead; their failures are of no interest.
      for (const pending of ahead) pending.catch(() => undefined);
    }
  }

  /** The batches read synchronously, for a file read by path or held in memory. */
  *batchesSync(options: { columns?: readonly string[]; predicate?: Expr | null } = {}): Generator<RecordBatch> {
    if (this.range.readSync === undefined) throw new TypeError(`${this.name} can only be read asynchronously: run the query with collect() or stream()`);
    const columns = this.columnsOf(options.columns);
    for (const group of this.choose(options.predicate).groups) {
      const { batch } = decodeFetched(this.runSync(fetchRowGroup(this, group, columns, options.predicate ?? null))!);
      if (batch === undefined) continue;
      this.checkClaims(batch);
      yield batch;
    }
  }

  /** A row group read for a statistics-driven reduction must agree with its statistics. */
  private checkClaims(batch: RecordBatch): void {
    if (this.only?.claims !== undefined) checkExtremeClaims(this.name, batch, this.only.claims);
  }

  /** Serves a read plan's requests from the file, its reads in parallel. */
  private async run<T>(steps: Generator<ReadRequest, T, Uint8Array[]>, signal?: AbortSignal): Promise<T> {
    let step = steps.next();
    while (!step.done) {
      const bytes = await Promise.all(step.value.map(({ range: [offset, length], what }) => this.range.read(offset, length, signal).catch((error: unknown) => {
        throw asScanError(error, this.name, what, offset);
      })));
      step = steps.next(bytes);
    }
    return step.value;
  }

  /** The same, synchronously; undefined when the file can only be read asynchronously. */
  private runSync<T>(steps: Generator<ReadRequest, T, Uint8Array[]>): T | undefined {
    const readSync = this.range.readSync?.bind(this.range);
    if (readSync === undefined) return undefined;
    let step = steps.next();
    while (!step.done) {
      const bytes = step.value.map(({ range: [offset, length], what }) => {
        try {
          return readSync(offset, length);
        } catch (error) {
          throw asScanError(error, this.name, what, offset);
        }
      });
      step = steps.next(bytes);
    }
    return step.value;
  }

  /** The columns to read, in the order asked. @throws ColumnNotFoundError naming the closest column */
  private columnsOf(names: readonly string[] | undefined): readonly ParquetColumn[] {
    if (names === undefined) return this.layout.columns;
    return names.map((c) => this.layout.columns[columnIndex(this.schema, c)]);
  }
}
