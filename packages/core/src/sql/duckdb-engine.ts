import { type DataType, type Field, type RecordBatch, Table, Type, vectorFromArray } from "apache-arrow";
import { importDuckDB } from "#platform";
import { makeBatch } from "../exec/batch.js";
import type { PlanNode, ScanSource } from "../plan/nodes.js";
import { fromEngineValue } from "./conform.js";
import { duckdb } from "./dialect.js";
import { loadPeer } from "./load-peer.js";
import { POSITION, slot } from "./names.js";
import { planToSql, registeredName } from "./to-sql.js";

/** Options of running a plan on DuckDB. */
export interface DuckDBRunOptions {
  /** DuckDB's worker threads; default DuckDB's own (every core). */
  readonly threads?: number;
  readonly signal?: AbortSignal;
}

type DuckDBApi = typeof import("@duckdb/node-api");
type Connection = Awaited<ReturnType<Awaited<ReturnType<DuckDBApi["DuckDBInstance"]["create"]>>["connect"]>>;

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
  const { sql, registered } = planToSql(plan, { dialect: "duckdb" });
  const connection = await (await instanceFor(api, options.threads)).connect();
  try {
    for (const [n, source] of registered.entries()) await register(connection, source, registeredName(n), options.signal);
    options.signal?.throwIfAborted();
    const reader = await connection.runAndReadAll(sql);
    const columns = reader.getColumnsJS();
    const fields = plan.schema.fields;
    const length = columns[0]?.length ?? 0;
    const data = fields.map((f, c) => vectorFromArray((columns[c] ?? []).map((v) => fromEngineValue(v, f.type)), f.type).data[0]);
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

/** Copies a source into a DuckDB table with its columns and the row-order column. */
async function register(connection: Connection, source: ScanSource, table: string, signal: AbortSignal | undefined): Promise<void> {
  const fields = source.schema.fields;
  const columns = [...fields.map((f, i) => `${duckdb.ident(slot(i))} ${duckdb.typeName(f.type)}`), `${duckdb.ident(POSITION)} BIGINT`];
  await connection.run(`CREATE TEMP TABLE ${table} (${columns.join(", ")})`);
  const appender = await connection.createAppender(table, "main", "temp");
  const append = fields.map((f) => appenderFor(appender, f));
  let position = 0n;
  for await (const batch of source.batches({ signal })) {
    appendBatch(batch, append, () => appender.appendBigInt(position++), () => appender.endRow());
  }
  appender.closeSync();
}

type Appender = Awaited<ReturnType<Connection["createAppender"]>>;

function appendBatch(batch: RecordBatch, append: ((value: unknown) => void)[], appendPosition: () => void, endRow: () => void): void {
  const vectors = append.map((_, c) => batch.getChildAt(c)!);
  for (let r = 0; r < batch.numRows; r++) {
    vectors.forEach((v, c) => append[c](v.get(r)));
    appendPosition();
    endRow();
  }
}

/** How one column's values go into the appender. */
function appenderFor(appender: Appender, field: Field): (value: unknown) => void {
  const put = putterFor(appender, field.type);
  return (value) => (value === null || value === undefined ? appender.appendNull() : put(value));
}

function putterFor(appender: Appender, type: DataType): (value: unknown) => void {
  switch (type.typeId) {
    case Type.Bool: return (v) => appender.appendBoolean(v as boolean);
    case Type.Float: return (v) => appender.appendDouble(v as number);
    case Type.Utf8: case Type.LargeUtf8: return (v) => appender.appendVarchar(v as string);
    case Type.Dictionary: return putterFor(appender, (type as unknown as { dictionary: DataType }).dictionary);
    case Type.Int: {
      const { bitWidth, isSigned } = type as unknown as { bitWidth: number; isSigned: boolean };
      if (bitWidth === 64) return isSigned ? (v) => appender.appendBigInt(BigInt(v as bigint)) : (v) => appender.appendUBigInt(BigInt(v as bigint));
      const put = {
        8: isSigned ? appender.appendTinyInt : appender.appendUTinyInt,
        16: isSigned ? appender.appendSmallInt : appender.appendUSmallInt,
        32: isSigned ? appender.appendInteger : appender.appendUInteger,
      }[bitWidth]!.bind(appender);
      return (v) => put(v as number);
    }
  }
  throw new TypeError(`engine "duckdb" cannot copy a column of type ${String(type)} yet`);
}
