import { type Table, Type, type Vector } from "apache-arrow";
import { type ToJsOptions, toJsValue } from "./to-js.js";

/** The values of a column as JS values (64-bit integers as numbers unless bigints are asked for). */
export function columnValues(name: string, vector: Vector, options: ToJsOptions): unknown[] {
  const values = Array.from(vector as Iterable<unknown>);
  return values.map((v, i) => (v === undefined ? null : toJsValue(v, options, () => `column "${name}" row ${i}`)));
}

/** Each column's values, in schema order. */
function allColumns(table: Table, options: ToJsOptions): unknown[][] {
  return table.schema.fields.map((f, c) => columnValues(f.name, table.getChildAt(c)!, options));
}

/** The rows of a table as objects keyed by column name. */
export function tableRecords(table: Table, options: ToJsOptions): Record<string, unknown>[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = allColumns(table, options);
  return Array.from({ length: table.numRows }, (_, r) => Object.fromEntries(names.map((n, c) => [n, columns[c][r]])));
}

/** The rows of a table as arrays, in column order. */
export function tableRows(table: Table, options: ToJsOptions): unknown[][] {
  const columns = allColumns(table, options);
  return Array.from({ length: table.numRows }, (_, r) => columns.map((column) => column[r]));
}

/**
 * Each column by name: a typed array for a number column without nulls (integers of up to 32 bits,
 * Float32, Float64; 64-bit integers only when bigints are asked for), else an array of JS values.
 */
export function tableColumns(table: Table, options: ToJsOptions): Record<string, ArrayLike<unknown>> {
  return Object.fromEntries(
    table.schema.fields.map((f, c) => {
      const vector = table.getChildAt(c)!;
      return [f.name, isTypedColumn(vector, options) ? (vector.toArray() as ArrayLike<unknown>) : columnValues(f.name, vector, options)];
    }),
  );
}

function isTypedColumn(vector: Vector, options: ToJsOptions): boolean {
  if (vector.nullCount > 0) return false;
  const t = vector.type as unknown as { bitWidth?: number; precision?: number };
  if (vector.type.typeId === Type.Int) return t.bitWidth! <= 32 || options.bigint === true;
  return vector.type.typeId === Type.Float && t.precision !== 0;
}
