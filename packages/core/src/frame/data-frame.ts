import type { Schema, Table } from "apache-arrow";
import type { Expr } from "../expr/index.js";
import { tableSource } from "../io/table-source.js";
import { scanNode } from "../plan/builder.js";
import type { SinkCsvOptions } from "../io/csv/sink-csv.js";
import type { SinkParquetOptions } from "../io/parquet/sink-parquet.js";
import type { ArgExtremeOptions } from "../kernels/aggregate/arg-extreme.js";
import { columnIndex } from "../types/column-lookup.js";
import { markAdoptable } from "../memory/index.js";
import { tableFromColumns } from "../io/from-columns.js";
import type { OutArray } from "../ndarray/out.js";
import { integerArg, nameArg } from "../validate/arguments.js";
import type { JoinOptions } from "./join-options.js";
import type { AsofJoinOptions } from "./asof-options.js";
import type { UniqueOptions } from "./unique-options.js";
import { collectPlanSync } from "./lazy-run.js";
import { type FrameArgOptions, frameArgExtreme } from "./frame-arg-extreme.js";
import { Series } from "./series.js";
import { describeColumns } from "./describe.js";
import { type TableTextOptions, tableText } from "./display/table-text.js";
import { tableColumns, tableRecords, tableRows } from "./records.js";
import { operationName, valueAt } from "./series-ops.js";
import type { ToJsOptions } from "./to-js.js";
import { toJsOptions } from "./check-options.js";
import type { SortOptions } from "./sort-args.js";
import type { AxisOptions, ExprOrName, FlatOptions, KeepdimsOptions, OutOptions } from "./frame-options.js";
import { FrameGroupBy } from "./group-by.js";
import { registerFrameOf } from "./frame-seam.js";
import { LazyFrame } from "./lazy-frame.js";

/**
 * An eager table of named columns over an Arrow Table.
 * @example
 * const df = fromColumns({ a: [6, 5], b: [3, 2], c: [8, 9] });
 * df.argmin();              // 4
 * df.argmin({ axis: 0 });   // Series [1, 1, 0]
 */
export class DataFrame {
  /** @param table - the Arrow data; never copied */
  constructor(readonly table: Table) {
    // A frame is read by query after query: its foreign chunks may be copied into the heap once.
    markAdoptable(table.batches.flatMap((batch) => batch.data.children));
  }

  /** The Arrow schema. */
  get schema(): Schema {
    return this.table.schema;
  }

  /** Column names, in order. */
  get columns(): string[] {
    return this.table.schema.fields.map((f) => f.name);
  }

  /** Number of rows. */
  get height(): number {
    return this.table.numRows;
  }

  /** Number of columns. */
  get width(): number {
    return this.table.numCols;
  }

  /**
   * One column by name.
   * @throws ColumnNotFoundError listing the columns and the closest name
   * @example df.col("delay").argmin()
   */
  col(name: string): Series {
    const checked = nameArg(name, "col");
    return new Series(checked, this.table.getChildAt(columnIndex(this.schema, checked))!);
  }

  /**
   * The position of the smallest value: flattened (`row * width + col`) by default, per column
   * with `axis: 0`, per row (the column's position) with `axis: 1`. Nulls are skipped, the first
   * NaN wins, ties go to the first position, and an empty slice gives null.
   * @param options - `axis`, `keepdims`, and `out` (an integer typed array to write into, which
   *   makes the call the NumPy-style `argmin(df.toArrow(), options)`); unknown keys are a TypeError
   * @returns a number (or null), a Series of Int64 indices for an axis, a one-row/one-column
   *   DataFrame with `keepdims`, or `out`
   * @example fromColumns({ a: [6, 5], b: [3, 2] }).argmin({ axis: 1 }).toArray() // [1, 1]
   */
  argmin(options?: FlatOptions): number | null;
  argmin(options: AxisOptions): Series;
  argmin(options: KeepdimsOptions): DataFrame;
  argmin<O extends OutArray>(options: OutOptions<O>): O;
  argmin(options: FrameArgOptions = {}): number | null | Series | DataFrame | OutArray {
    return this.reduce(options, {});
  }

  /** Like {@link DataFrame.argmin}, for the largest value. */
  argmax(options?: FlatOptions): number | null;
  argmax(options: AxisOptions): Series;
  argmax(options: KeepdimsOptions): DataFrame;
  argmax<O extends OutArray>(options: OutOptions<O>): O;
  argmax(options: FrameArgOptions = {}): number | null | Series | DataFrame | OutArray {
    return this.reduce(options, { max: true });
  }

  /** Like {@link DataFrame.argmin}, skipping NaN; an all-NaN slice throws ValueError. */
  nanargmin(options?: FlatOptions): number | null;
  nanargmin(options: AxisOptions): Series;
  nanargmin(options: KeepdimsOptions): DataFrame;
  nanargmin<O extends OutArray>(options: OutOptions<O>): O;
  nanargmin(options: FrameArgOptions = {}): number | null | Series | DataFrame | OutArray {
    return this.reduce(options, { skipNaN: true });
  }

  /** Like {@link DataFrame.argmax}, skipping NaN; an all-NaN slice throws ValueError. */
  nanargmax(options?: FlatOptions): number | null;
  nanargmax(options: AxisOptions): Series;
  nanargmax(options: KeepdimsOptions): DataFrame;
  nanargmax<O extends OutArray>(options: OutOptions<O>): O;
  nanargmax(options: FrameArgOptions = {}): number | null | Series | DataFrame | OutArray {
    return this.reduce(options, { max: true, skipNaN: true });
  }

  /**
   * One row as an object of JS values (64-bit integers as numbers unless `{ bigint: true }`).
   * @example df.row(df.col("delay").argmin()!)
   */
  row(index: number, options: ToJsOptions = {}): Record<string, unknown> {
    const checked = toJsOptions(options, "row");
    integerArg(index, "row", "index", -Infinity);
    return Object.fromEntries(this.columns.map((name, c) => [name, valueAt(name, this.table.getChildAt(c)!, index, checked)]));
  }

  /**
   * Keeps the rows where the predicate is true; runs through the same plan and operators as
   * `lazy().filter(...)`. @example df.filter(col("fare").gt(0))
   */
  filter(predicate: Expr): DataFrame {
    return this.run(this.lazy().filter(predicate));
  }

  /** Computes columns: all aggregates (one row) or all row-wise. See {@link LazyFrame.select}. */
  select(...exprs: ExprOrName[]): DataFrame {
    return this.run(this.lazy().select(...exprs));
  }

  /** Adds or replaces columns, keeping the rest. See {@link LazyFrame.withColumns}. */
  withColumns(...exprs: ExprOrName[]): DataFrame {
    return this.run(this.lazy().withColumns(...exprs));
  }

  /**
   * Groups rows by keys; `.agg(...)` reduces each group at once.
   * @example df.groupBy("zone").agg(col("fare").argmin())
   */
  groupBy(...keys: ExprOrName[]): FrameGroupBy {
    return new FrameGroupBy(this.lazy().groupBy(...keys), (query) => this.run(query));
  }

  /** Orders rows by keys, stably. See {@link LazyFrame.sort}. */
  sort(by: ExprOrName | readonly ExprOrName[], options: SortOptions = {}): DataFrame {
    return this.run(this.lazy().sort(by, options));
  }

  /** The first `n` rows (all when fewer). */
  head(n = 5): DataFrame {
    return this.run(this.lazy().head(Math.max(0, integerArg(n, "head", "n", -Infinity))));
  }

  /** The last `n` rows (all when fewer). */
  tail(n = 5): DataFrame {
    return this.slice(Math.max(0, this.height - Math.max(0, n)));
  }

  /** The first `n` rows (the same as `head`). */
  limit(n: number): DataFrame {
    return this.run(this.lazy().limit(n));
  }

  /** `length` rows from `offset` (all the rest without a length). */
  slice(offset: number, length: number | null = null): DataFrame {
    return this.run(this.lazy().slice(offset, length));
  }

  /** Prepends an Int64 column numbering the rows from 0. */
  withRowIndex(name = "index"): DataFrame {
    return this.run(this.lazy().withRowIndex(name));
  }

  /** Renames columns, keeping their order. See {@link LazyFrame.rename}. */
  rename(mapping: Readonly<Record<string, string>>): DataFrame {
    return this.run(this.lazy().rename(mapping));
  }

  /** Drops columns. See {@link LazyFrame.drop}. */
  drop(...names: string[]): DataFrame {
    return this.run(this.lazy().drop(...names));
  }

  /** One row per distinct value of `subset` (all columns by default). See {@link LazyFrame.unique}. */
  unique(options: UniqueOptions = {}): DataFrame {
    return this.run(this.lazy().unique(options));
  }

  /** Keeps the rows with no null in `subset` (all columns by default). */
  dropNulls(subset?: string | readonly string[]): DataFrame {
    return this.run(this.lazy().dropNulls(subset));
  }

  /** Keeps the rows with no NaN in `subset` (every float column by default); nulls stay. */
  dropNans(subset?: string | readonly string[]): DataFrame {
    return this.run(this.lazy().dropNans(subset));
  }

  /**
   * Joins another frame on equal keys, through the same plan as {@link LazyFrame.join}.
   * @example orders.join(customers, { leftOn: "customer", rightOn: "id", how: "left" })
   */
  join(other: DataFrame, options: JoinOptions = {}): DataFrame {
    return this.run(this.lazy().join(other.lazy(), options));
  }

  /**
   * Joins each row with the right row nearest to it by a sorted key, through the same plan as
   * {@link LazyFrame.joinAsof}.
   * @example trades.joinAsof(quotes, { on: "time", by: "symbol", strategy: "nearest" })
   */
  joinAsof(other: DataFrame, options: AsofJoinOptions): DataFrame {
    return this.run(this.lazy().joinAsof(other.lazy(), options));
  }

  /**
   * A lazy query over this frame's data, run by the same engine as file scans.
   * @example await df.lazy().filter(col("x").gt(0)).select(col("x").argmin()).collect()
   */
  lazy(): LazyFrame {
    return new LazyFrame(scanNode(tableSource(this.table)));
  }

  /** Writes the rows to a CSV file, atomically. @example await df.sinkCsv("out.csv") */
  sinkCsv(path: string, options: SinkCsvOptions = {}): Promise<void> {
    return this.lazy().sinkCsv(path, options);
  }

  /** Writes the rows to an NDJSON file, atomically. @example await df.sinkNdjson("out.ndjson") */
  sinkNdjson(path: string): Promise<void> {
    return this.lazy().sinkNdjson(path);
  }

  /**
   * Writes this frame to a Parquet file with statistics, one row group per `rowGroupSize` rows;
   * the file appears only once fully written.
   * @example await df.sinkParquet("trips.parquet", { compression: "zstd", rowGroupSize: 100_000 })
   */
  async sinkParquet(path: string, options: SinkParquetOptions = {}): Promise<void> {
    await this.lazy().sinkParquet(path, options);
  }

  /** The underlying Arrow Table. */
  toArrow(): Table {
    return this.table;
  }

  /**
   * The rows as objects keyed by column name; 64-bit integers as numbers unless `{ bigint: true }`.
   * @throws RangeError when a 64-bit integer does not fit a number exactly
   * @example fromColumns({ x: [3, 1] }).toRecords() // [{ x: 3 }, { x: 1 }]
   */
  toRecords(options: ToJsOptions = {}): Record<string, unknown>[] {
    return tableRecords(this.table, options);
  }

  /** The rows as arrays of JS values, in column order. @example df.rows() // [[3, "a"], [1, "b"]] */
  rows(options: ToJsOptions = {}): unknown[][] {
    return tableRows(this.table, options);
  }

  /**
   * Each column by name: a typed array for a number column without nulls (64-bit integers only
   * with `{ bigint: true }`), else an array of JS values.
   * @example fromColumns({ x: [3, 1] }).toColumns().x // Float64Array [3, 1]
   */
  toColumns(options: ToJsOptions = {}): Record<string, ArrayLike<unknown>> {
    return tableColumns(this.table, options);
  }

  /**
   * Summary statistics per column: count, null_count, mean, std, min, quartiles, max, and the
   * positions of the min and max (see describe.ts for the rules).
   * @example console.log(df.describe())
   */
  describe(): DataFrame {
    return new DataFrame(tableFromColumns(describeColumns(this.table)));
  }

  /**
   * The frame as a boxed text table like Polars prints: shape, names, types, and the first and
   * last rows with "…" between when there are many (likewise for columns).
   * @param options - how many rows (default 10) and columns (default 8) to show
   */
  toString(options: TableTextOptions = {}): string {
    return tableText(this.table, options);
  }

  /** What `console.log(df)` prints in Node: the table of {@link DataFrame.toString}. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  private run(query: LazyFrame): DataFrame {
    return new DataFrame(collectPlanSync(query.plan));
  }

  private reduce(options: FrameArgOptions, reduction: ArgExtremeOptions): number | null | Series | DataFrame | OutArray {
    const result = frameArgExtreme(this.table, options, reduction);
    if (result.kind === "scalar") return result.index;
    if (result.kind === "out") return result.out;
    if (result.kind === "table") return new DataFrame(result.table);
    return new Series(operationName(reduction), result.indices);
  }
}

registerFrameOf((table) => new DataFrame(table));
