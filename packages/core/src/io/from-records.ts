import type { Table } from "apache-arrow";
import { describeValue } from "../types/describe-value.js";
import { isPlainRecord, tableFromColumns } from "./from-columns.js";

/**
 * Builds an Arrow Table from row objects; columns appear in the order their keys are first seen,
 * and a key missing from a row is a null there.
 * @throws TypeError when `records` is not an array or a row is not an object
 * @example tableFromRecords([{ x: 1 }, { x: 2, y: "b" }]) // columns x (Float64), y (Utf8)
 */
export function tableFromRecords(records: readonly Readonly<Record<string, unknown>>[]): Table {
  if (!Array.isArray(records)) throw new TypeError(`fromRecords: expected an array of row objects; got ${describeValue(records)}`);
  const columns: Record<string, unknown[]> = {};
  records.forEach((record, row) => {
    if (!isPlainRecord(record)) throw new TypeError(`fromRecords: row ${row} must be an object of column values; got ${describeValue(record)}`);
    for (const key of Object.keys(record)) columns[key] ??= new Array(row).fill(null);
    for (const key of Object.keys(columns)) columns[key].push(record[key] ?? null);
  });
  return tableFromColumns(columns);
}
