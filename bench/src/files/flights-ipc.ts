/**
 * S6's input: the flights of vega-datasets' flights-3m.parquet, converted once by Polars to an
 * Arrow IPC file (and, for a prefix of the rows, to a Parquet file of the same rows).
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Field, makeData, RecordBatch, Schema, Struct, Table, tableFromIPC, tableToIPC, Type, Utf8, vectorFromArray } from "apache-arrow";
import pl from "nodejs-polars";
import { cachedFile } from "./cache.js";

/**
 * The Parquet file as vega-datasets ships it (3,000,000 rows). The package exports only its
 * script entry, so the data folder is found next to it.
 */
export const FLIGHTS_PARQUET = join(dirname(createRequire(import.meta.url).resolve("vega-datasets")), "..", "data", "flights-3m.parquet");
export const FLIGHTS_ROWS = 3_000_000;

// Bump when the conversion changes, so a stale cached file is not reused.
const FORMAT_VERSION = 1;

/** The first `rows` flights as Polars reads them. */
function flights(rows: number): pl.DataFrame {
  const df = pl.readParquet(FLIGHTS_PARQUET);
  return rows >= df.height ? df : df.head(rows);
}

/**
 * Polars writes strings as Utf8View. Readers differ in how they take that layout (Quiver converts
 * it to Utf8 as it reads), so the file holds plain Utf8: every system reads the same layout and
 * none pays a conversion inside its timing. Batches stay as Polars wrote them (one per Parquet
 * row group).
 */
function withUtf8Strings(table: Table): Table {
  const fields = table.schema.fields.map((f) => (f.typeId === Type.Utf8View ? new Field(f.name, new Utf8(), f.nullable, f.metadata) : f));
  const schema = new Schema(fields, table.schema.metadata);
  const batches = table.batches.map((batch) => {
    const children = fields.map((field, c) => {
      const column = batch.getChildAt(c)!;
      return field.typeId === Type.Utf8 && column.type.typeId === Type.Utf8View
        ? vectorFromArray(column.toArray() as (string | null)[], new Utf8()).data[0]
        : column.data[0];
    });
    return new RecordBatch(schema, makeData({ type: new Struct(fields), length: batch.numRows, children }));
  });
  return new Table(schema, batches);
}

/** The first `rows` flights as an Arrow IPC file, cached in the temp folder. */
export function flightsIpc(rows: number): Promise<string> {
  return cachedFile(`s6-flights-${rows}-v${FORMAT_VERSION}.arrow`, (path) => {
    const ipc = flights(rows).writeIPC();
    writeFileSync(path, tableToIPC(withUtf8Strings(tableFromIPC(ipc)), "file"));
  });
}

/** The first `rows` flights as Parquet: vega-datasets' own file when that is all of them. */
export function flightsParquet(rows: number): Promise<string> {
  if (rows >= FLIGHTS_ROWS) return Promise.resolve(FLIGHTS_PARQUET);
  return cachedFile(`s6-flights-${rows}-v${FORMAT_VERSION}.parquet`, (path) => {
    flights(rows).writeParquet(path);
  });
}
