import type { Table } from "apache-arrow";
import { tableFromColumns } from "./from-columns.js";

/**
 * Builds an Arrow Table from row objects; columns appear in the order their keys are first seen,
 * and a key missing from a row is a null there.
 * @example tableFromRecords([{ x: 1 }, { x: 2, y: "b" }]) // columns x (Float64), y (Utf8)
 */
export function tableFromRecords(records: readonly Readonly<Record<string, unknown>>[]): Table {
  const columns: Record<string, unknown[]> = {};
  records.forEach((record, row) => {
    for (const key of Object.keys(record)) columns[key] ??= new Array(row).fill(null);
    for (const key of Object.keys(columns)) columns[key].push(record[key] ?? null);
  });
  return tableFromColumns(columns);
}
