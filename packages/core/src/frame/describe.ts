import { Float64, type Table, Type, Utf8, type Vector, vectorFromArray } from "apache-arrow";
import { argExtremeOfVector } from "../kernels/aggregate/arg-extreme.js";
import { isOrderable } from "../expr/dtypes.js";
import { formatCell } from "./display/format-cell.js";
import { columnValues } from "./records.js";

/** The statistics `describe` gives, one row each, in this order. */
export const STATISTICS = ["count", "null_count", "mean", "std", "min", "25%", "50%", "75%", "max", "argmin", "argmax"] as const;

/**
 * Summary statistics of every column: a "statistic" column naming each row, then one column per
 * input column — Float64 for number columns, text for the others (which get counts, min, max and
 * their positions only). `mean` and `std` (sample, n − 1) propagate NaN; `min`/`max` are the
 * values at `argmin`/`argmax` (NaN propagates, ties go to the first row); quartiles are the
 * nearest-rank values of the sorted non-null values (NaN sorting last), as Polars' describe.
 * @param table - the data
 * @returns the columns of the summary frame
 */
export function describeColumns(table: Table): Record<string, Vector> {
  const out: Record<string, Vector> = { statistic: vectorFromArray([...STATISTICS], new Utf8()) };
  table.schema.fields.forEach((f, c) => {
    const vector = table.getChildAt(c)!;
    out[f.name] = isNumeric(vector) ? vectorFromArray(numberStats(f.name, vector), new Float64()) : vectorFromArray(textStats(vector), new Utf8());
  });
  return out;
}

function isNumeric(vector: Vector): boolean {
  return vector.type.typeId === Type.Int || vector.type.typeId === Type.Float;
}

function numberStats(name: string, vector: Vector): (number | null)[] {
  const values = columnValues(name, vector, { bigint: true }).filter((v) => v !== null).map(Number);
  const n = values.length;
  const mean = n === 0 ? null : values.reduce((a, b) => a + b, 0) / n;
  const std = n < 2 ? null : Math.sqrt(values.reduce((a, v) => a + (v - mean!) ** 2, 0) / (n - 1));
  const argmin = argExtremeOfVector(vector, {});
  const argmax = argExtremeOfVector(vector, { max: true });
  const sorted = [...values].sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b));
  const quartile = (q: number) => (n === 0 ? null : sorted[Math.round(q * (n - 1))]);
  const at = (row: number | null) => (row === null ? null : Number(vector.get(row)));
  return [n, vector.nullCount, mean, std, at(argmin), quartile(0.25), quartile(0.5), quartile(0.75), at(argmax), argmin, argmax];
}

function textStats(vector: Vector): (string | null)[] {
  const orderable = isOrderable(vector.type);
  const argmin = orderable ? argExtremeOfVector(vector, {}) : null;
  const argmax = orderable ? argExtremeOfVector(vector, { max: true }) : null;
  const text = (row: number | null) => (row === null ? null : vector.type.typeId === Type.Utf8 ? String(vector.get(row)) : formatCell(vector, row));
  const position = (row: number | null) => (row === null ? null : String(row));
  return [String(vector.length - vector.nullCount), String(vector.nullCount), null, null, text(argmin), null, null, null, text(argmax), position(argmin), position(argmax)];
}
