/**
 * An in-process Spark Connect server for the protocol test: it implements `ExecutePlan` (temporary
 * views from local relations, and SQL relations) and `ReleaseSession` over real gRPC, answering
 * SQL by handing it to DuckDB after rewriting the few Spark spellings the lowered queries use
 * (backquoted names, backslash-escaped strings, `named_struct`, `raise_error`). Results stream back
 * as Spark sends them: each ArrowBatch holds a whole Arrow IPC stream (schema and one batch), at
 * least one even for an empty result, then ResultComplete.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import * as grpc from "@grpc/grpc-js";
import { Bool, type DataType, Float64, Int16, Int32, Int64, Int8, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { executePlanMethod, type ExecutePlanRequestMessage, type ExecutePlanResponseMessage, releaseSessionMethod } from "../src/sql/spark/service.js";

type Connection = Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>["connect"]>>;

/** What the server saw, for the test to check. */
export interface FakeSparkLog {
  readonly queries: string[];
  readonly views: string[];
  readonly released: string[];
  cancelled: number;
  /** Calls under way now. */
  active: number;
}

export interface FakeSpark {
  readonly remote: string;
  readonly log: FakeSparkLog;
  /** Rows per ArrowBatch response. */
  rowsPerBatch: number;
  /** When set, a SQL relation waits this long before answering (for cancellation). */
  delayMs: number;
  stop(): Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startFakeSpark(): Promise<FakeSpark> {
  const instance = await DuckDBInstance.create(":memory:");
  const sessions = new Map<string, Connection>();
  const log: FakeSparkLog = { queries: [], views: [], released: [], cancelled: 0, active: 0 };
  const server = new grpc.Server();
  const fake = { rowsPerBatch: 2, delayMs: 0 };

  const session = async (id: string) => {
    let c = sessions.get(id);
    if (c === undefined) sessions.set(id, (c = await instance.connect()));
    return c;
  };

  // Spark's responses carry fields the client's subset of the protocol leaves out (here an empty
  // `metrics`, field 4): the client must skip them.
  const executePlan = { ...executePlanMethod, responseSerialize: (m: ExecutePlanResponseMessage) => Buffer.concat([executePlanMethod.responseSerialize(m), Buffer.from([0x22, 0x00])]) };
  server.addService({ ExecutePlan: executePlan, ReleaseSession: releaseSessionMethod } as grpc.ServiceDefinition, {
    ExecutePlan: async (call: grpc.ServerWritableStream<ExecutePlanRequestMessage, ExecutePlanResponseMessage>) => {
      log.active++;
      let cancelled = false;
      let finished = false;
      call.on("cancelled", () => {
        cancelled = true;
        // Counted only while the execution is under way: a cancel after the status was sent changes nothing.
        if (!finished) log.cancelled++;
      });
      const request = call.request;
      const head = { sessionId: request.sessionId!, operationId: request.operationId ?? "", serverSideSessionId: "fake" };
      try {
        const connection = await session(request.sessionId!);
        const view = request.plan?.command?.createDataframeView;
        const sql = request.plan?.root?.sql?.query;
        if (view != null) {
          log.views.push(view.name!);
          await createView(connection, view.name!, tableFromIPC(view.input!.localRelation!.data!));
        } else if (sql != null) {
          log.queries.push(sql);
          for (let waited = 0; waited < fake.delayMs && !cancelled; waited += 10) await new Promise((r) => setTimeout(r, 10));
          if (cancelled) return;
          const table = await runQuery(connection, toDuckDbSql(sql));
          for (const part of slices(table, fake.rowsPerBatch)) {
            call.write({ ...head, responseId: crypto.randomUUID(), arrowBatch: { rowCount: part.numRows, data: tableToIPC(part, "stream") } });
          }
        } else {
          throw new Error("[UNSUPPORTED_PLAN] the fake server runs SQL relations and temporary views only");
        }
        call.write({ ...head, responseId: crypto.randomUUID(), resultComplete: {} });
        finished = true;
        call.end();
      } catch (error) {
        // Spark answers a failed query with status INTERNAL and its message as the details.
        finished = true;
        call.emit("error", { code: grpc.status.INTERNAL, details: (error as Error).message });
      } finally {
        log.active--;
      }
    },
    ReleaseSession: (call: grpc.ServerUnaryCall<{ sessionId?: string | null }, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const id = call.request.sessionId!;
      log.released.push(id);
      sessions.get(id)?.closeSync();
      sessions.delete(id);
      callback(null, { sessionId: id, serverSideSessionId: "fake" });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, p) => (error ? reject(error) : resolve(p))),
  );
  return Object.assign(fake, {
    remote: `sc://127.0.0.1:${port}`,
    log,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  });
}

/** A result table cut into parts of `rows` rows; one empty part for an empty result. */
function slices(table: Table, rows: number): Table[] {
  if (table.numRows === 0) return [table];
  const parts: Table[] = [];
  for (let start = 0; start < table.numRows; start += rows) parts.push(table.slice(start, start + rows));
  return parts;
}

const DUCKDB_TYPES: [string, DataType][] = [["BIGINT", new Int64()], ["INTEGER", new Int32()], ["SMALLINT", new Int16()], ["TINYINT", new Int8()], ["DOUBLE", new Float64()], ["VARCHAR", new Utf8()], ["BOOLEAN", new Bool()]];
const duckdbType = (type: DataType) => DUCKDB_TYPES.find(([, t]) => String(t) === String(type))?.[0] ?? "VARCHAR";

async function createView(connection: Connection, name: string, table: Table): Promise<void> {
  const columns = table.schema.fields.map((f) => `"${f.name}" ${duckdbType(f.type)}`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns.join(", ")})`);
  const appender = await connection.createAppender(name, "main", "temp");
  for (let r = 0; r < table.numRows; r++) {
    table.schema.fields.forEach((_, c) => {
      const v = table.getChildAt(c)!.get(r);
      if (v === null) appender.appendNull();
      else if (typeof v === "bigint") appender.appendBigInt(v);
      else if (typeof v === "boolean") appender.appendBoolean(v);
      else if (typeof v === "string") appender.appendVarchar(v);
      else if (duckdbType(table.schema.fields[c].type) === "DOUBLE") appender.appendDouble(v);
      else appender.appendInteger(v);
    });
    appender.endRow();
  }
  appender.closeSync();
}

async function runQuery(connection: Connection, sql: string): Promise<Table> {
  const reader = await connection.runAndReadAll(sql);
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => DUCKDB_TYPES.find(([n]) => n === String(t))?.[1] ?? new Utf8());
  const columns = reader.getColumnsJS();
  return new Table(Object.fromEntries(names.map((n, c) => [n, vectorFromArray((columns[c] ?? []).map((v) => (v === null ? null : types[c] instanceof Int64 ? BigInt(v as bigint) : v)), types[c])])));
}

/**
 * Spark SQL as DuckDB reads it, for the lowered queries' spellings: string literals re-escaped,
 * backquoted names double-quoted, `named_struct('a', x, …)` as `{'a': x, …}`, `raise_error` as `error`.
 */
export function toDuckDbSql(spark: string): string {
  let out = "";
  let i = 0;
  while (i < spark.length) {
    const ch = spark[i];
    if (ch === "'") {
      let text = "";
      for (i++; spark[i] !== "'"; i++) text += spark[i] === "\\" ? spark[++i] : spark[i];
      out += `'${text.replaceAll("'", "''")}'`;
      i++;
    } else if (ch === "`") {
      const end = spark.indexOf("`", i + 1);
      out += `"${spark.slice(i + 1, end).replaceAll('"', '""')}"`;
      i = end + 1;
    } else if (spark.startsWith("named_struct(", i)) {
      const [args, end] = splitArgs(spark, i + "named_struct(".length);
      const pairs = [];
      for (let a = 0; a < args.length; a += 2) pairs.push(`${toDuckDbSql(args[a])}: ${toDuckDbSql(args[a + 1])}`);
      out += `{${pairs.join(", ")}}`;
      i = end;
    } else if (spark.startsWith("raise_error(", i)) {
      out += "error(";
      i += "raise_error(".length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The top-level comma-separated arguments from `start` to the closing parenthesis, and the index past it. */
function splitArgs(sql: string, start: number): [string[], number] {
  const args: string[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === "`") {
      for (i++; sql[i] !== ch; i++) if (sql[i] === "\\") i++;
    } else if (ch === "(") depth++;
    else if (ch === ")" && depth-- === 0) {
      args.push(sql.slice(from, i).trim());
      return [args, i + 1];
    } else if (ch === "," && depth === 0) {
      args.push(sql.slice(from, i).trim());
      from = i + 1;
    }
  }
  throw new Error(`unbalanced parentheses in ${sql.slice(start)}`);
}
