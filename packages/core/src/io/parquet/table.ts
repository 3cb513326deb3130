import { Schema, Table } from "apache-arrow";
import { columnIndex } from "../../types/column-lookup.js";
import type { ParquetSource } from "./parquet-source.js";

/**
 * A whole file (or some of its columns) read synchronously into one Arrow Table, a batch per row
 * group.
 * @param columns - the columns to read, in this order; default all
 */
export function tableFromBatches(source: ParquetSource, columns?: readonly string[]): Table {
  const schema = columns === undefined ? source.schema : new Schema(columns.map((c) => source.schema.fields[columnIndex(source.schema, c)]));
  const batches = [...source.batchesSync(columns === undefined ? {} : { columns })];
  return batches.length === 0 ? new Table(schema) : new Table(batches);
}
