import { type DataType, Table, Type } from "apache-arrow";
import { importDuckDB } from "#platform";
import { makeBatch } from "../exec/batch.js";
import type { PlanNode } from "../plan/nodes.js";
import { engineData } from "./conform.js";
import { registerSource } from "./duckdb-register.js";
import { loadPeer } from "./load-peer.js";
import { planToSql, registeredName } from "./to-sql.js";

/** Options of running a plan on DuckDB. */
export interface DuckDBRunOptions {
  /** DuckDB's worker threads; default DuckDB's own (every core). */
  readonly threads?: number;
  readonly signal?: AbortSignal;
}

type DuckDBApi = typeof import("@duckdb/node-api");

/**
 * Runs a plan on DuckDB through its SQL lowering and returns the result as an Arrow Table of the
 * plan's schema: the same answer as the engine, ties, NaN and nulls included. Parquet files read
 * by path are read by DuckDB itself; other sources are copied into DuckDB tables first.
 * @param plan - the plan as written
 * @param options - DuckDB's threads, an abort signal
 * @throws Error naming the package when the optional peer `@duckdb/node-api` is not installed
 */
export async function collectOnDuckDB(plan: PlanNode, options: DuckDBRunOptions = {}): Promise<Table> {
  const api = await loadPeer("duckdb", "@duckdb/node-api", importDuckDB);
  const { sql, registered } = planToSql(plan, { dialect: "duckdb" }, asNumbers);
  const connection = await (await instanceFor(api, options.threads)).connect();
  try {
    for (const [n, source] of registered.entries()) await registerSource(api, connection, source, registeredName(n), options.signal);
    options.signal?.throwIfAborted();
    const reader = await connection.runAndReadAll(sql);
    const columns = reader.getColumnsJS();
    const fields = plan.schema.fields;
    const length = columns[0]?.length ?? 0;
    const data = fields.map((f, c) => engineData(columns[c] ?? [], f.type));
    return new Table([makeBatch(fields, data, length)]);
  } finally {
    connection.closeSync();
  }
}

type Instance = Awaited<ReturnType<DuckDBApi["DuckDBInstance"]["create"]>>;
const instances = new Map<number | undefined, Promise<Instance>>();

/**
 * One in-memory DuckDB per thread setting, made at first use and kept: each query gets its own
 * connection, and its sources are temporary tables of that connection, gone when it closes.
 */
function instanceFor(api: DuckDBApi, threads: number | undefined): Promise<Instance> {
  let instance = instances.get(threads);
  if (instance === undefined) {
    instance = api.DuckDBInstance.create(":memory:", threads === undefined ? {} : { threads: String(threads) });
    instances.set(threads, instance);
  }
  return instance;
}

/**
 * Dates and timestamps leave the query as their day and microsecond counts: the client gives
 * them as JavaScript Dates, which hold milliseconds.
 */
function asNumbers(column: string, type: DataType): string {
  if (type.typeId === Type.Date) return `(${column} - DATE '1970-01-01')`;
  if (type.typeId === Type.Timestamp) return `epoch_us(${column})`;
  return column;
}
