import type { RecordBatch, Schema } from "apache-arrow";
import type { Expr } from "../expr/index.js";
import { filterNode, rowIndexNode, selectNode, sliceNode, sortNode, tailNode, withColumnsNode } from "../plan/builder.js";
import { uniqueNode } from "../plan/unique.js";
import type { PlanNode } from "../plan/nodes.js";
import { joinNode } from "../plan/join-builder.js";
import { asofJoinNode } from "../plan/asof-builder.js";
import { type AsofJoinOptions, asofSpecOf } from "./asof-options.js";
import { dropNansNode, dropNode, dropNullsNode, renameNode } from "../plan/frame-verbs.js";
import { planToSql, type ToSqlOptions } from "../sql/index.js";
import type { SinkIpcOptions } from "../io/sink-ipc.js";
import type { SinkCsvOptions } from "../io/csv/sink-csv.js";
import type { SinkParquetOptions } from "../io/parquet/sink-parquet.js";
import { exprArg, exprOrNameArgs, integerArg, nameArg, pathArg } from "../validate/arguments.js";
import { type JoinOptions, joinSpecOf } from "./join-options.js";
import { type UniqueOptions, uniqueOptions } from "./unique-options.js";
import { LazyPlan } from "./lazy-plan.js";
import { collectPlan, explainLazy, type RunOptions, sinkParquetPlan, sinkPlan, streamPlan } from "./lazy-run.js";
import { sinkCsvPlan, sinkNdjsonPlan } from "./sink-text.js";
import { explainOptions, runOptions, signalOptions, sinkIpcOptions, sinkParquetOptions } from "./check-options.js";
import { type SortOptions, sortArgs } from "./sort-args.js";
import type { ExprOrName } from "./frame-options.js";
import type { DataFrame } from "./data-frame.js";
import { frameOf } from "./frame-seam.js";
import { GroupBy } from "./group-by.js";

/**
 * A query that has not run yet: each method returns a new LazyFrame with one more step, checked
 * against the schema as soon as it is known (at once in memory; for a file scan when its schema is
 * first read); `collect()`, `stream()` or `explain()` plan, optimize and run it.
 * @example
 * const lf = scanIpc("trips.arrow");
 * await lf.filter(col("fare").gt(0)).groupBy("zone").agg(col("fare").argmin()).collect();
 */
export class LazyFrame {
  /** The plan so far, built or waiting for its sources' schemas (what `concat` and joins combine). */
  readonly lazyPlan: LazyPlan;

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
    return new GroupBy(exprOrNameArgs(keys, "groupBy"), (step) => this.step(step));
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

  /**
   * The last `n` rows: a stream is read to its end, holding no more than those rows.
   * @example lf.tail(3)
   */
  tail(n = 5): LazyFrame {
    const checked = integerArg(n, "tail", "n", 0);
    return this.step((plan) => tailNode(plan, checked));
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
    return frameOf(await collectPlan(await this.lazyPlan.resolve(checked.signal), checked));
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

  /**
   * Joins each row with the right row nearest to it by a sorted key: the last at or before its
   * key ("backward", the default), the first at or after ("forward"), or the nearest ("nearest",
   * an argmin of the distance: ties go to the first row), among the rows with equal `by` values
   * and within `tolerance`; the right columns are null where no row matches. The right side must
   * be sorted by its key (within each `by` group); the left may come in any order and streams.
   * @param other - the right side
   * @param options - the key (`on`, or `leftOn`/`rightOn`), `by`, `strategy`, `tolerance`, `suffix`
   * @throws RangeError when the right side is not sorted by its key
   * @example trades.joinAsof(quotes, { on: "time", by: "symbol", strategy: "backward" })
   */
  joinAsof(other: LazyFrame, options: AsofJoinOptions): LazyFrame {
    const spec = asofSpecOf(options);
    return new LazyFrame(this.lazyPlan.extend((left, right) => asofJoinNode(left, right, spec), [other.lazyPlan]));
  }

  /** Renames columns, keeping their order. @example lf.rename({ fare: "price" }) */
  rename(mapping: Readonly<Record<string, string>>): LazyFrame {
    return this.step((plan) => renameNode(plan, mapping));
  }

  /** Drops columns. @example lf.drop("tip", "zone") */
  drop(...names: string[]): LazyFrame {
    return this.step((plan) => dropNode(plan, names));
  }

  /**
   * One row per distinct value of `subset` (all columns by default), compared as group-by keys
   * are (null equals null, NaN equals NaN, -0 equals 0); the kept rows stay in input order.
   * @param options - `subset`, and `keep`: "first" (default), "last", "any" or "none"
   * @example lf.unique({ subset: "zone", keep: "last" })
   */
  unique(options: UniqueOptions = {}): LazyFrame {
    const { subset, keep } = uniqueOptions(options);
    return this.step((plan) => uniqueNode(plan, subset, keep));
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
