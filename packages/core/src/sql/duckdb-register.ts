import { type DataType, type Field, Type, type Vector } from "apache-arrow";
import type { ScanSource } from "../plan/nodes.js";
import { duckdb } from "./dialect.js";
import { POSITION, slot } from "./names.js";

type DuckDBApi = typeof import("@duckdb/node-api");
type Connection = Awaited<ReturnType<Awaited<ReturnType<DuckDBApi["DuckDBInstance"]["create"]>>["connect"]>>;
type Appender = Awaited<ReturnType<Connection["createAppender"]>>;

/**
 * Copies a source into a temporary DuckDB table with its columns, named `c0`, `c1`, …, and the
 * row-order column `__quiver_pos`, as the lowered SQL reads a registered source.
 * @param api - the DuckDB package
 * @param connection - the query's connection (the table lives as long as it does)
 * @param source - the source
 * @param table - the table's name
 * @param signal - aborts the copy
 * @throws SqlLoweringError for a column type without an SQL type yet
 */
export async function registerSource(api: DuckDBApi, connection: Connection, source: ScanSource, table: string, signal: AbortSignal | undefined): Promise<void> {
  const fields = source.schema.fields;
  const columns = [...fields.map((f, i) => `${duckdb.ident(slot(i))} ${duckdb.typeName(f.type)}`), `${duckdb.ident(POSITION)} BIGINT`];
  await connection.run(`CREATE TEMP TABLE ${table} (${columns.join(", ")})`);
  const appender = await connection.createAppender(table, "main", "temp");
  const append = fields.map((f) => appenderFor(api, appender, f));
  let position = 0n;
  for await (const batch of source.batches({ signal })) {
    const cells = fields.map((f, c) => cellReader(batch.getChildAt(c)!, f.type));
    for (let r = 0; r < batch.numRows; r++) {
      cells.forEach((cell, c) => append[c](cell(r)));
      appender.appendBigInt(position++);
      appender.endRow();
    }
  }
  appender.closeSync();
}

/**
 * How a column's cells are read: dates and timestamps as their stored integers (days,
 * microseconds), since Arrow's `get` gives milliseconds as a float, which rounds microseconds.
 */
function cellReader(vector: Vector, type: DataType): (row: number) => unknown {
  if (type.typeId !== Type.Date && type.typeId !== Type.Timestamp) return (r) => vector.get(r);
  const data = vector.data[0];
  const values = data.values as ArrayLike<number | bigint>;
  return (r) => (vector.isValid(r) ? values[data.offset + r] : null);
}

/** How one column's values go into the appender. */
function appenderFor(api: DuckDBApi, appender: Appender, field: Field): (value: unknown) => void {
  const put = putterFor(api, appender, field.type);
  return (value) => (value === null || value === undefined ? appender.appendNull() : put(value));
}

function putterFor(api: DuckDBApi, appender: Appender, type: DataType): (value: unknown) => void {
  switch (type.typeId) {
    case Type.Bool: return (v) => appender.appendBoolean(v as boolean);
    case Type.Float: return (v) => appender.appendDouble(v as number);
    case Type.Utf8: case Type.LargeUtf8: return (v) => appender.appendVarchar(v as string);
    case Type.Dictionary: return putterFor(api, appender, (type as unknown as { dictionary: DataType }).dictionary);
    // The dialect's type names admit only days and microseconds.
    case Type.Date: return (v) => appender.appendDate(api.dateValue(Number(v)));
    case Type.Timestamp: return (v) => appender.appendTimestamp(api.timestampValue(BigInt(v as bigint)));
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
