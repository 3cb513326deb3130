import type { SchemaElement } from "hyparquet";
import { type Data, type DataType, type Field, Type, Vector } from "apache-arrow";

const UNITS = ["MILLIS", "MILLIS", "MICROS", "NANOS"] as const;

/**
 * The Parquet schema element an Arrow field is written as: the physical type and the logical
 * annotation that reads back as the same Arrow type (durations, which Parquet lacks, as INT64).
 * @throws TypeError naming the column and its type when Parquet has no place for it here
 */
export function schemaElementOf(field: Field): SchemaElement {
  const base = { name: field.name, repetition_type: field.nullable ? "OPTIONAL" : "REQUIRED" } as const;
  const type = field.type as DataType & { bitWidth?: number; isSigned?: boolean; unit?: number; timezone?: string | null; scale?: number; precision?: number; byteWidth?: number };
  switch (type.typeId) {
    case Type.Bool:
      return { ...base, type: "BOOLEAN" };
    case Type.Int: {
      // The width and sign go in the converted type alone: hyparquet-writer's footer would give the
      // INTEGER logical type's bit width as a 32-bit field where the format has a byte, which
      // strict readers (DuckDB, Arrow C++) refuse as corrupt.
      const bits = type.bitWidth!;
      if (bits === 64) return { ...base, type: "INT64", converted_type: type.isSigned ? "INT_64" : "UINT_64" };
      if (bits === 32 && type.isSigned) return { ...base, type: "INT32" };
      return { ...base, type: "INT32", converted_type: `${type.isSigned ? "INT" : "UINT"}_${bits}` as SchemaElement["converted_type"] };
    }
    case Type.Float:
      if (type.precision === 0) return { ...base, type: "FIXED_LEN_BYTE_ARRAY", type_length: 2, logical_type: { type: "FLOAT16" } };
      return { ...base, type: type.precision === 1 ? "FLOAT" : "DOUBLE" };
    case Type.Utf8:
    case Type.LargeUtf8:
      return { ...base, type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } };
    case Type.Dictionary:
      return schemaElementOf({ ...field, name: field.name, nullable: field.nullable, type: (field.type as unknown as { dictionary: DataType }).dictionary } as Field);
    case Type.Binary:
    case Type.LargeBinary:
      return { ...base, type: "BYTE_ARRAY" };
    case Type.FixedSizeBinary:
      return { ...base, type: "FIXED_LEN_BYTE_ARRAY", type_length: type.byteWidth };
    case Type.Date:
      return { ...base, type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } };
    case Type.Timestamp:
      return { ...base, type: "INT64", logical_type: { type: "TIMESTAMP", unit: UNITS[type.unit!], isAdjustedToUTC: type.timezone != null } };
    case Type.Time:
      if (type.unit! <= 1) return { ...base, type: "INT32", converted_type: "TIME_MILLIS", logical_type: { type: "TIME", unit: "MILLIS", isAdjustedToUTC: false } };
      return { ...base, type: "INT64", logical_type: { type: "TIME", unit: UNITS[type.unit!], isAdjustedToUTC: false } };
    case Type.Duration:
      return { ...base, type: "INT64" };
    case Type.Decimal:
      if (type.bitWidth !== 128) break;
      return { ...base, type: "FIXED_LEN_BYTE_ARRAY", type_length: 16, converted_type: "DECIMAL", scale: type.scale, precision: type.precision, logical_type: { type: "DECIMAL", scale: type.scale!, precision: type.precision! } };
  }
  throw new TypeError(`sinkParquet: column "${field.name}" has type ${String(field.type)}, which Parquet output does not support yet`);
}

/**
 * One row group's values of a column, as hyparquet-writer takes them: a typed array when there
 * are no nulls and the storage already is the Parquet one, otherwise an array with `null` for
 * missing values. Fixed-width cells are read from storage, never through `Vector.get` (which
 * turns timestamps into milliseconds).
 * @param chunks - the column's pieces, in row order
 */
export function writerValues(field: Field, chunks: readonly Data[]): unknown[] | ArrayLike<unknown> {
  const type = field.type as DataType & { unit?: number; bitWidth?: number; precision?: number };
  const dense = denseValues(type, chunks);
  if (dense !== undefined) return dense;
  const cell = cellReader(type);
  const out: unknown[] = new Array(chunks.reduce((n, c) => n + c.length, 0));
  let row = 0;
  for (const data of chunks) {
    for (let i = 0; i < data.length; i++, row++) out[row] = data.getValid(i) ? cell(data, i) : null;
  }
  return out;
}

/** Int32, Int64, Float32 and Float64 columns without nulls: their values, copied once. */
function denseValues(type: DataType & { bitWidth?: number; precision?: number }, chunks: readonly Data[]): ArrayLike<unknown> | undefined {
  const plain = (type.typeId === Type.Int && (type.bitWidth === 32 || type.bitWidth === 64) && (type as { isSigned?: boolean }).isSigned) || (type.typeId === Type.Float && type.precision !== 0);
  if (!plain || chunks.some((c) => c.nullCount > 0)) return undefined;
  const Values = chunks[0]?.values.constructor as new (n: number) => Int32Array | BigInt64Array | Float32Array | Float64Array;
  if (Values === undefined) return [];
  const out = new Values(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c.values.subarray(0, c.length) as never, at);
    at += c.length;
  }
  return out;
}

type Cell = (data: Data, index: number) => unknown;

/** How one valid cell becomes what the writer takes for the column's Parquet type. */
function cellReader(type: DataType & { unit?: number; bitWidth?: number; precision?: number; byteWidth?: number }): Cell {
  const stored: Cell = (data, i) => data.values[i];
  switch (type.typeId) {
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Binary:
    case Type.LargeBinary:
      return rawBytes;
    case Type.FixedSizeBinary:
      return (data, i) => (data.values as Uint8Array).subarray(i * type.byteWidth!, (i + 1) * type.byteWidth!);
    case Type.Dictionary:
      return (data, i) => {
        const value = new Vector([data]).get(i);
        return typeof value === "string" ? new TextEncoder().encode(value) : value;
      };
    case Type.Bool:
      return (data, i) => ((data.values[(data.offset + i) >> 3] >> ((data.offset + i) & 7)) & 1) === 1;
    case Type.Float:
      return type.precision === 0 ? (data, i) => new Vector([data]).get(i) : stored;
    case Type.Date:
      // DateMillisecond counts milliseconds; Parquet's DATE counts days.
      return (type as { unit?: number }).unit === 0 ? stored : (data, i) => Math.floor(Number(data.values[i]) / 86400000);
    case Type.Timestamp:
    case Type.Time:
      // Seconds have no Parquet unit: they are written as milliseconds.
      if (type.unit !== 0) return stored;
      return type.typeId === Type.Time ? (data, i) => Number(data.values[i]) * 1000 : (data, i) => inMillis(BigInt(data.values[i]));
    case Type.Decimal:
      return decimalAt;
    default:
      return stored;
  }
}

const INT64_LIMIT = 2n ** 63n;

/** A timestamp in seconds as milliseconds, the coarsest unit Parquet has. */
function inMillis(seconds: bigint): bigint {
  const millis = seconds * 1000n;
  if (millis >= INT64_LIMIT || millis < -INT64_LIMIT) {
    throw new RangeError(`sinkParquet: the timestamp ${seconds} s does not fit Parquet's 64-bit milliseconds (Parquet has no seconds unit)`);
  }
  return millis;
}

/** The bytes of a string or binary cell, viewed in place. */
function rawBytes(data: Data, i: number): Uint8Array {
  const offsets = data.valueOffsets as Int32Array;
  const start = Number(offsets[i]);
  const end = Number(offsets[i + 1]);
  return (data.values as Uint8Array).subarray(start, end);
}

/** A Decimal128 cell's unscaled value. */
function decimalAt(data: Data, i: number): bigint {
  const words = data.values as Uint32Array;
  const base = i * 4;
  let value = 0n;
  for (let w = 3; w >= 0; w--) value = (value << 32n) | BigInt(words[base + w]);
  return BigInt.asIntN(128, value);
}
