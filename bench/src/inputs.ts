import { Data, Float64, makeData, makeVector, Table, Vector } from "apache-arrow";
import type { ColumnInput, GroupInput, MatrixInput } from "./system.js";

type Values = Float64Array | Int32Array | BigInt64Array;

/** A column in one chunk, no nulls. */
export function denseColumn(values: Values): ColumnInput {
  return column(values, makeVector(values), null);
}

/** A Float64 column whose null slots are given by `validity` (their values are left as they are). */
export function nullableColumn(values: Float64Array, validity: { bitmap: Uint8Array; nullCount: number }): ColumnInput {
  const data = makeData({ type: new Float64(), length: values.length, nullCount: validity.nullCount, nullBitmap: validity.bitmap, data: values });
  return column(values, new Vector([data]), validity.bitmap);
}

/** The same values split into `batches` chunks of (nearly) equal length, each a view of `values`. */
export function batchedColumn(values: Values, batches: number): ColumnInput {
  const chunks: Data[] = [];
  const size = Math.ceil(values.length / batches);
  for (let start = 0; start < values.length; start += size) {
    chunks.push(makeVector(values.subarray(start, Math.min(values.length, start + size))).data[0]);
  }
  return column(values, new Vector(chunks), null);
}

function column(values: Values, vector: Vector, validity: Uint8Array | null): ColumnInput {
  // new Table({ x }) keeps one record batch per chunk of the vector.
  return { n: values.length, vector, table: new Table({ x: vector }), values, validity };
}

/** Columns "c0", "c1", … as one Arrow table over the same arrays. */
export function matrix(columns: readonly Float64Array[]): MatrixInput {
  const vectors = Object.fromEntries(columns.map((values, c) => [`c${c}`, makeVector(values)]));
  return { rows: columns[0].length, columns, table: new Table(vectors) };
}

/** A key column "k" and a value column "v" as one Arrow table over the same arrays. */
export function keyedValues(keys: Int32Array, values: Float64Array): GroupInput {
  return { keys, values, table: new Table({ k: makeVector(keys), v: makeVector(values) }) };
}
