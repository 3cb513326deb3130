import {
  BIGINT,
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  type DuckDBMaterializedResult,
  type DuckDBType,
  INTEGER,
} from "@duckdb/node-api";
import { type Answer, type System, timed } from "../system.js";

/** One column to load: its values and, when it has nulls, an Arrow validity bitmap. */
export interface ColumnToLoad {
  readonly name: string;
  readonly values: Float64Array | Int32Array | BigInt64Array;
  readonly validity: Uint8Array | null;
}

let connection: Promise<DuckDBConnection> | null = null;

/** One in-memory database for the whole run, with DuckDB's default thread count (one per core). */
export function duckdb(): Promise<DuckDBConnection> {
  connection ??= DuckDBInstance.create(":memory:").then((instance) => instance.connect());
  return connection;
}

function duckdbType(values: ColumnToLoad["values"]): DuckDBType {
  if (values instanceof Float64Array) return DOUBLE;
  if (values instanceof Int32Array) return INTEGER;
  return BIGINT;
}

/**
 * Creates a table and fills it through the appender, a vector-sized data chunk at a time: the
 * fastest load the Node API offers without a file format DuckDB reads natively.
 */
async function createTable(name: string, columns: readonly ColumnToLoad[]): Promise<void> {
  const con = await duckdb();
  const types = columns.map((c) => duckdbType(c.values));
  await con.run(`CREATE TABLE ${name} (${columns.map((c, i) => `${c.name} ${types[i]}`).join(", ")})`);
  const appender = await con.createAppender(name);
  const chunkRows = 2048;
  const chunk = DuckDBDataChunk.create(types, chunkRows);
  const rows = columns[0].values.length;
  for (let start = 0; start < rows; start += chunkRows) {
    const length = Math.min(chunkRows, rows - start);
    chunk.rowCount = length;
    columns.forEach(({ values, validity }, c) => {
      const vector = chunk.getColumnVector(c);
      for (let i = 0; i < length; i++) {
        const row = start + i;
        const valid = validity === null || ((validity[row >> 3] >> (row & 7)) & 1) === 1;
        vector.setItem(i, valid ? values[row] : null);
      }
      vector.flush();
    });
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

interface Shared {
  readonly name: string;
  readonly ready: Promise<void>;
  users: number;
}

const shared = new WeakMap<object, Shared>();
let tableCount = 0;

/**
 * The table holding `owner`'s data, loaded on first use and shared by every DuckDB variant of a
 * scenario (loading 10 million rows takes longer than all of their queries).
 * @returns its name, and the release that drops it after the last user
 */
export async function sharedTable(owner: object, columns: () => readonly ColumnToLoad[]): Promise<{ name: string; release(): Promise<void> }> {
  let entry = shared.get(owner);
  if (!entry) {
    const name = `bench_${++tableCount}`;
    entry = { name, ready: createTable(name, columns()), users: 0 };
    shared.set(owner, entry);
  }
  entry.users++;
  await entry.ready;
  const held = entry;
  return {
    name: held.name,
    release: async () => {
      if (--held.users > 0) return;
      shared.delete(owner);
      await (await duckdb()).run(`DROP TABLE ${held.name}`);
    },
  };
}

/** The SQL a system runs, and what to release once it is done (a shared table, say). */
export interface PreparedQuery {
  readonly sql: string;
  release?(): Promise<void>;
}

/**
 * A DuckDB system timing `connection.run(sql)`, which returns once DuckDB has materialised the
 * whole result in its own memory. Reading the result into JS values (`answer`) happens after,
 * untimed, since the other systems' timings also stop at a result in the engine's own form.
 * @param prepare - untimed: loads what the query reads and gives the query
 */
export function duckdbQuery<I>(
  variant: string,
  prepare: (input: I) => Promise<PreparedQuery>,
  answer: (result: DuckDBMaterializedResult) => Answer,
): System<I> {
  return {
    name: "duckdb",
    variant,
    prepare: async (input) => {
      const query = await prepare(input);
      const con = await duckdb();
      return timed(() => con.run(query.sql), answer, query.release);
    },
  };
}

/** Column `c` of a materialised result, the values of every chunk in order. */
export function columnValues(result: DuckDBMaterializedResult, c: number): unknown[] {
  const values: unknown[] = [];
  for (let i = 0; i < result.chunkCount; i++) for (const value of result.getChunk(i).getColumnValues(c)) values.push(value);
  return values;
}
