import { type RecordBatch, Table } from "apache-arrow";
import { type ExecContext } from "../exec/context.js";
import { type SinkIpcOptions, sinkIpcFile } from "../io/sink-ipc.js";
import { type SinkParquetOptions, sinkParquetFile } from "../io/parquet/sink-parquet.js";
import { executePlan, executePlanSync } from "../exec/execute.js";
import { optimizePlan } from "../optimizer/optimize.js";
import { explainPlan } from "../plan/explain.js";
import type { PlanNode } from "../plan/nodes.js";

/** Options of running a lazy query. */
export interface RunOptions extends ExecContext {
  /** Run the plan as written, without the optimizer (for comparison and debugging). */
  readonly optimize?: boolean;
  /**
   * Which engine runs the query: Quiver's own (default); DuckDB through the SQL lowering (needs
   * the optional peer `@duckdb/node-api`); or Spark through Spark Connect (needs the optional peer
   * `@grpc/grpc-js` and `remote`) — with the same answers.
   */
  readonly engine?: "quiver" | "duckdb" | "spark";
  /**
   * How many threads the query may use: Quiver's worker threads, or DuckDB's when `engine` is
   * `"duckdb"`; 1 runs Quiver's engine on the calling thread. Default: the one set with
   * `setDefaultThreads` (1 unless set) for Quiver's engine; DuckDB's own default (every core).
   */
  readonly threads?: number;
  /** The Spark Connect server when `engine` is `"spark"`: `sc://host:port` (Spark's default port is 15002). */
  readonly remote?: string;
}

/** The record batches of a plan, optimized unless asked otherwise. */
export function streamPlan(plan: PlanNode, options: RunOptions = {}): AsyncGenerator<RecordBatch> {
  if (options.engine === "duckdb") return streamTable(collectPlan(plan, options));
  if (options.engine === "spark") return streamSpark(plan, options);
  return executePlan(options.optimize === false ? plan : optimizePlan(plan), options);
}

/** Runs a plan to the end and gathers its batches into one Arrow Table of the plan's schema. */
export async function collectPlan(plan: PlanNode, options: RunOptions = {}): Promise<Table> {
  if (options.engine === "duckdb") {
    return (await import("../sql/duckdb-engine.js")).collectOnDuckDB(plan, options);
  }
  const batches: RecordBatch[] = [];
  for await (const batch of streamPlan(plan, options)) batches.push(batch);
  return batches.length === 0 ? new Table(plan.schema) : new Table(batches);
}

async function* streamSpark(plan: PlanNode, options: RunOptions): AsyncGenerator<RecordBatch> {
  if (options.remote === undefined) throw new TypeError('engine "spark" needs the option remote, the Spark Connect server (e.g. remote: "sc://localhost:15002")');
  const { streamOnSpark } = await import("../sql/spark/spark-engine.js");
  yield* streamOnSpark(plan, { remote: options.remote, signal: options.signal });
}

async function* streamTable(table: Promise<Table>): AsyncGenerator<RecordBatch> {
  yield* (await table).batches;
}

/**
 * Runs a plan over in-memory data synchronously, optimized like any query: the engine behind the
 * eager DataFrame methods.
 */
export function collectPlanSync(plan: PlanNode): Table {
  const batches = executePlanSync(optimizePlan(plan));
  return batches.length === 0 ? new Table(plan.schema) : new Table(batches);
}

/** The plan as text, as the optimizer leaves it unless asked for the plan as written. */
export function explainLazy(plan: PlanNode, optimized: boolean): string {
  return explainPlan(optimized ? optimizePlan(plan) : plan);
}

/** Runs a plan and writes its batches to an Arrow IPC file, atomically (see sinkIpcFile). */
export async function sinkPlan(plan: PlanNode, path: string, options: RunOptions & SinkIpcOptions = {}): Promise<void> {
  await sinkIpcFile(streamPlan(plan, options), plan.schema, path, options);
}

/** Runs a plan into a Parquet file (see sinkParquetFile). */
export async function sinkParquetPlan(plan: PlanNode, path: string, options: RunOptions & SinkParquetOptions = {}): Promise<void> {
  await sinkParquetFile(streamPlan(plan, options), plan.schema, path, options);
}
