import {
  BIGINT,
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  type DuckDBType,
  INTEGER,
} from "@duckdb/node-api";

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
