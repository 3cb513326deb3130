import type { RecordBatch, Schema, Table } from "apache-arrow";
import type { Expr } from "../expr/index.js";
import { tableSource } from "../io/table-source.js";
import { aggregateNode, filterNode, rowIndexNode, scanNode, selectNode, sliceNode, sortNode, withColumnsNode } from "../plan/builder.js";
import type { PlanNode } from "../plan/nodes.js";
import { joinNode } from "../plan/join-builder.js";
import { dropNansNode, dropNode, dropNullsNode, renameNode } from "../plan/frame-verbs.js";
import { type JoinOptions, joinSpecOf } from "./join-options.js";
import { LazyPlan } from "./lazy-plan.js";
import { planToSql, type ToSqlOptions } from "../sql/index.js";
import type { SinkIpcOptions } from "../io/sink-ipc.js";
import type { SinkCsvOptions } from "../io/csv/sink-csv.js";
import type { SinkParquetOptions } from "../io/parquet/sink-parquet.js";
import { collectPlan, collectPlanSync, explainLazy, type RunOptions, sinkParquetPlan, sinkPlan, streamPlan } from "./lazy-run.js";
import { sinkCsvPlan, sinkNdjsonPlan } from "./sink-text.js";
import type { ArgExtremeOptions } from "../kernels/aggregate/arg-extreme.js";
import { columnIndex } from "../types/column-lookup.js";
import { markAdoptable } from "../memory/index.js";
import { type FrameArgOptions, frameArgExtreme } from "./frame-arg-extreme.js";
import { Series } from "./series.js";
import { describeColumns } from "./describe.js";
import { type TableTextOptions, tableText } from "./display/table-text.js";
import { tableColumns, tableRecords, tableRows } from "./records.js";
import { tableFromColumns } from "../io/from-columns.js";
import { operationName, valueAt } from "./series-ops.js";
import type { ToJsOptions } from "./to-js.js";
import type { OutArray } from "../ndarray/out.js";
import { explainOptions, runOptions, signalOptions, sinkIpcOptions, sinkParquetOptions, toJsOptions } from "./check-options.js";
import { type SortOptions, sortArgs } from "./sort-args.js";
import { exprArg, exprArgs, exprOrNameArgs, integerArg, nameArg, pathArg } from "../validate/arguments.js";

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
    return new FrameGroupBy(this.lazy().groupBy(...keys));
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

/** Flattened reduction: a single index. */
export interface FlatOptions extends FrameArgOptions {
  readonly axis?: null;
  readonly keepdims?: false;
}

/** Reduction along one axis: a Series of indices. */
export interface AxisOptions extends FrameArgOptions {
  readonly axis: number;
  readonly keepdims?: false;
}

/** Reduction keeping dimensions: a one-row or one-column DataFrame. */
export interface KeepdimsOptions extends FrameArgOptions {
  readonly keepdims: true;
}

/** Reduction into `out`, as the NumPy-style functions do: `out` itself comes back. */
export interface OutOptions<O extends OutArray> extends FrameArgOptions {
  readonly out: O;
}

/** An expression, or a column name standing for `col(name)`. */
export type ExprOrName = Expr | string;


/**
 * A query that has not run yet: each method returns a new LazyFrame with one more step, checked
 * against the schema as soon as it is known (at once in memory; for a file scan when its schema is
 * first read); `collect()`, `stream()` or `explain()` plan, optimize and run it.
 * @example
 * const lf = scanIpc("trips.arrow");
 * await lf.filter(col("fare").gt(0)).groupBy("zone").agg(col("fare").argmin()).collect();
 */
export class LazyFrame {
  private readonly lazyPlan: LazyPlan;

  /** @param plan - the logical plan so far, built or waiting for its sources' schemas */
  constructor(plan: PlanNode | LazyPlan) {
    this.lazyPlan = plan instanceof LazyPlan ? plan : LazyPlan.of(plan);
  }

  /**
   * The logical plan, reading the schema of any source not read yet (synchronously: a path or
   * bytes).
   * @throws SchemaNotReadError for a stream, URL, Response or Blob not read yet: `await collectSchema()` first
   */
  get plan(): PlanNode {
    return this.lazyPlan.plan;
  }

  /** The schema the query produces (see {@link LazyFrame.plan} for sources not read yet). */
  get schema(): Schema {
    return this.plan.schema;
  }

  /** Column names the query produces. */
  get columns(): string[] {
    return this.plan.schema.fields.map((f) => f.name);
  }

  /**
   * Reads the schema of every source not read yet and checks the query against it.
   * @returns the schema the query produces
   * @example const schema = await scanIpc(response).collectSchema();
   */
  async collectSchema(options: { signal?: AbortSignal } = {}): Promise<Schema> {
    return (await this.lazyPlan.resolve(signalOptions(options, "collectSchema").signal)).schema;
  }

  /**
   * Computes columns: all aggregates (one row, e.g. `col("x").argmin()`) or all row-wise.
   * @example lf.select(col("x").argmin(), col("x").min())
   */
  select(...exprs: ExprOrName[]): LazyFrame {
    const checked = exprOrNameArgs(exprs, "select");
    return this.step((plan) => selectNode(plan, checked));
  }

  /** Adds or replaces columns, keeping the rest. @example lf.withColumns(col("a").add(col("b")).alias("c")) */
  withColumns(...exprs: ExprOrName[]): LazyFrame {
    const checked = exprOrNameArgs(exprs, "withColumns");
    return this.step((plan) => withColumnsNode(plan, checked));
  }

  /**
   * Keeps the rows where the predicate is true; positions counted after this (argmin, row
   * indices) are positions in the filtered frame. @example lf.filter(col("fare").gt(0))
   */
  filter(predicate: Expr): LazyFrame {
    const checked = exprArg(predicate, "filter");
    return this.step((plan) => filterNode(plan, checked));
  }

  /**
   * Groups rows by keys; `.agg(...)` then reduces each group. Arg-reductions give positions
   * within the group. @example lf.groupBy("zone").agg(col("fare").argmin())
   */
  groupBy(...keys: ExprOrName[]): GroupBy {
    if (keys.length === 0) throw new TypeError("groupBy needs at least one key; use select() to aggregate the whole frame");
    return new GroupBy(this.lazyPlan, exprOrNameArgs(keys, "groupBy"));
  }

  /**
   * Orders rows by one or more keys (column names or row-wise expressions), stably: rows with
   * equal keys keep their order. Values order as argmin orders them (NaN above every number,
   * strings by UTF-8 bytes); nulls go last unless `nullsLast: false`. Options are one value for
   * every key or one per key.
   * @example lf.sort(["zone", "fare"], { descending: [false, true] })
   */
  sort(by: ExprOrName | readonly ExprOrName[], options: SortOptions = {}): LazyFrame {
    const { keys, directions } = sortArgs(by, options);
    return this.step((plan) => sortNode(plan, keys, directions));
  }

  /** The first `n` rows. */
  head(n = 5): LazyFrame {
    return this.slice(0, integerArg(n, "head", "n", 0));
  }

  /** The first `n` rows (the same as `head`). */
  limit(n: number): LazyFrame {
    return this.slice(0, integerArg(n, "limit", "n", 0));
  }

  /** `length` rows from `offset` (all the rest without a length). */
  slice(offset: number, length: number | null = null): LazyFrame {
    integerArg(offset, "slice", "offset", 0);
    if (length !== null) integerArg(length, "slice", "length", 0);
    return this.step((plan) => sliceNode(plan, offset, length));
  }

  /** Prepends an Int64 column numbering the rows from 0. */
  withRowIndex(name = "index"): LazyFrame {
    const checked = nameArg(name, "withRowIndex");
    return this.step((plan) => rowIndexNode(plan, checked));
  }

  /**
   * The plan as an indented tree; optimized (the default) it shows what was pushed into each scan.
   * @example console.log(lf.explain())
   */
  explain(options: { optimized?: boolean } = {}): string {
    return explainLazy(this.plan, explainOptions(options).optimized ?? true);
  }

  /**
   * The query as one SQL statement that gives the same answer on another engine: rows in the
   * engine's order, the argmin family exact (ties first, NaN, nulls), positions within each
   * group or filtered frame. Parquet files read by path appear as themselves; other sources as
   * tables `quiver_source_N` holding the source's columns and `__quiver_pos`, the row number.
   * @param options - the dialect, `"duckdb"` (default) or `"spark"`
   * @throws SqlLoweringError for a step or function without a lowering yet
   * @example console.log(scanParquet("trips.parquet").select(col("fare").argmin()).toSql({ dialect: "spark" }))
   */
  toSql(options: ToSqlOptions = {}): string {
    return planToSql(this.plan, options).sql;
  }

  /** Runs the query and gathers the result. @param options - signal, onProgress, optimize, engine */
  async collect(options: RunOptions = {}): Promise<DataFrame> {
    const checked = runOptions(options, "collect");
    return new DataFrame(await collectPlan(await this.lazyPlan.resolve(checked.signal), checked));
  }

  /**
   * Runs the query and writes the result to an Arrow IPC file, batch by batch. The file appears
   * only when the query succeeded: a failure or an abort leaves no partial file behind.
   * @example await lf.filter(col("fare").gt(0)).sinkIpc("paid.arrow")
   */
  async sinkIpc(path: string, options: RunOptions & SinkIpcOptions = {}): Promise<void> {
    const checked = sinkIpcOptions(options);
    await sinkPlan(await this.lazyPlan.resolve(checked.signal), pathArg(path, "sinkIpc"), checked);
  }

  /**
   * Runs the query and writes its rows to a CSV file, atomically (as sinkIpc).
   * @example await lf.filter(col("fare").gt(0)).sinkCsv("paid.csv")
   */
  async sinkCsv(path: string, options: RunOptions & SinkCsvOptions = {}): Promise<void> {
    await sinkCsvPlan(await this.lazyPlan.resolve(options.signal), path, options);
  }

  /**
   * Runs the query and writes its rows to an NDJSON file (one JSON object per line), atomically.
   * @example await lf.filter(col("fare").gt(0)).sinkNdjson("paid.ndjson")
   */
  async sinkNdjson(path: string, options: RunOptions = {}): Promise<void> {
    await sinkNdjsonPlan(await this.lazyPlan.resolve(options.signal), path, options);
  }

  /**
   * Runs the query and writes the result to a Parquet file with statistics, a row group at a
   * time, in bounded memory. The file appears only when the query succeeded.
   * @example await scanParquet("trips.parquet").filter(col("fare").gt(0)).sinkParquet("paid.parquet")
   */
  async sinkParquet(path: string, options: RunOptions & SinkParquetOptions = {}): Promise<void> {
    const checked = sinkParquetOptions(options);
    await sinkParquetPlan(await this.lazyPlan.resolve(checked.signal), pathArg(path, "sinkParquet"), checked);
  }

  /** Runs the query as a stream of record batches, pulled one at a time. */
  stream(options: RunOptions = {}): AsyncIterable<RecordBatch> {
    const lazyPlan = this.lazyPlan;
    const checked = runOptions(options, "stream");
    return (async function* () {
      yield* streamPlan(await lazyPlan.resolve(checked.signal), checked);
    })();
  }

  /**
   * Joins another query on equal keys: null keys never match, NaN matches NaN, -0 matches 0.
   * Rows come in the left's order, each with its matches in the right's order (a right join
   * follows the right's order; a full join ends with the right rows that matched nothing). The
   * smaller side, when sizes are known, is held in a hash table; the other streams.
   * @param other - the right side
   * @param options - keys (`on`, or `leftOn`/`rightOn`), `how` (default "inner"), `suffix`
   * @example lf.join(zones, { on: "zone_id", how: "left" })
   */
  join(other: LazyFrame, options: JoinOptions = {}): LazyFrame {
    const spec = joinSpecOf(options);
    return new LazyFrame(this.lazyPlan.extend((left, right) => joinNode(left, right, spec), [other.lazyPlan]));
  }

  /** Renames columns, keeping their order. @example lf.rename({ fare: "price" }) */
  rename(mapping: Readonly<Record<string, string>>): LazyFrame {
    return this.step((plan) => renameNode(plan, mapping));
  }

  /** Drops columns. @example lf.drop("tip", "zone") */
  drop(...names: string[]): LazyFrame {
    return this.step((plan) => dropNode(plan, names));
  }

  /** Keeps the rows with no null in `subset` (all columns by default). */
  dropNulls(subset?: string | readonly string[]): LazyFrame {
    return this.step((plan) => dropNullsNode(plan, typeof subset === "string" ? [subset] : subset));
  }

  /** Keeps the rows with no NaN in `subset` (every float column by default); nulls stay. */
  dropNans(subset?: string | readonly string[]): LazyFrame {
    return this.step((plan) => dropNansNode(plan, typeof subset === "string" ? [subset] : subset));
  }

  /** This query with one more step, checked now or when the sources' schemas are read. */
  private step(step: (plan: PlanNode) => PlanNode): LazyFrame {
    return new LazyFrame(this.lazyPlan.extend(step));
  }
}

/** An eager grouping waiting for its aggregates: `agg` runs at once and gives a DataFrame. */
export class FrameGroupBy {
  /** @internal */
  constructor(private readonly grouping: GroupBy) {}

  /** Reduces each group; the result holds the keys, then one column per aggregate. */
  agg(...aggs: Expr[]): DataFrame {
    return new DataFrame(collectPlanSync(this.grouping.agg(...aggs).plan));
  }
}

/** A grouping waiting for its aggregates. */
export class GroupBy {
  /** @internal */
  constructor(
    private readonly plan: LazyPlan,
    private readonly keys: readonly Expr[],
  ) {}

  /** Reduces each group; the result holds the keys, then one column per aggregate. */
  agg(...aggs: Expr[]): LazyFrame {
    const checked = exprArgs(aggs, "agg");
    return new LazyFrame(this.plan.extend((plan) => aggregateNode(plan, this.keys, checked)));
  }
}
