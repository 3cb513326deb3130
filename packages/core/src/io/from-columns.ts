import {
  Bool, type DataType, Float64, Int64, makeVector, Table, TimestampMillisecond, Utf8, Vector, vectorFromArray,
} from "apache-arrow";
import { describeValue } from "../types/describe-value.js";
import { adoptVector, type ForeignVector } from "../types/foreign/adopt-arrow.js";
import { heapColumn } from "./heap-column.js";

/**
 * Column data accepted from JS: an Arrow Vector (of any Arrow library), a typed array, or a
 * plain array of values.
 */
export type ColumnInput = Vector | ForeignVector | ArrayBufferView | readonly unknown[];

/**
 * Builds an Arrow Table from named columns of equal length.
 * Plain arrays are typed by their values: numbers → Float64, bigints → Int64, booleans → Bool,
 * strings → Utf8, Dates → Timestamp(ms); nulls and undefined are nulls.
 * @throws TypeError naming the column and row of a value that does not fit the column's type
 * @throws TypeError when `columns` is not an object of columns
 * @throws RangeError when columns differ in length
 */
export function tableFromColumns(columns: Readonly<Record<string, ColumnInput>>): Table {
  if (!isPlainRecord(columns)) throw new TypeError(`fromColumns: expected an object of named columns such as { x: [1, 2] }; got ${describeValue(columns)}`);
  const vectors: Record<string, Vector> = {};
  let length: number | undefined;
  for (const [name, input] of Object.entries(columns)) {
    const vector = vectorOf(name, input);
    if (length !== undefined && vector.length !== length) {
      throw new RangeError(`column "${name}" has ${vector.length} values but the columns before it have ${length}`);
    }
    length = vector.length;
    vectors[name] = vector;
  }
  return new Table(vectors);
}

function vectorOf(name: string, input: ColumnInput): Vector {
  if (ArrayBuffer.isView(input)) return makeVector(input as never) as Vector;
  const vector = adoptVector(input);
  if (vector !== undefined) return vector;
  if (!Array.isArray(input)) throw new TypeError(`column "${name}" must be an array, a typed array or an Arrow Vector; got ${describeValue(input)}`);
  const type = inferType(name, input);
  return heapColumn(input, type) ?? (vectorFromArray(input, type) as Vector);
}

const KINDS: Record<string, () => DataType> = {
  number: () => new Float64(),
  bigint: () => new Int64(),
  boolean: () => new Bool(),
  string: () => new Utf8(),
  date: () => new TimestampMillisecond(),
};

function kindOf(value: unknown): string {
  return value instanceof Date ? "date" : typeof value;
}

function inferType(name: string, values: readonly unknown[]): DataType {
  let kind: string | undefined;
  values.forEach((value, row) => {
    if (value === null || value === undefined) return;
    const k = kindOf(value);
    if (!(k in KINDS)) throw new TypeError(`column "${name}" row ${row}: unsupported value of type ${k}`);
    if (kind !== undefined && k !== kind) {
      throw new TypeError(`column "${name}" row ${row}: a ${k} among ${kind} values; a column holds one type`);
    }
    kind = k;
  });
  return KINDS[kind ?? "number"]();
}

/**
 * Whether a value is an object of named entries (a record), not an array, a typed array, null or
 * a primitive.
 * @param value - anything
 * @returns whether it is a record
 */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}
