import type { SchemaElement } from "hyparquet";
import {
  Binary,
  Bool,
  type DataType,
  DateDay,
  Decimal,
  FixedSizeBinary,
  Float16,
  Float32,
  Float64,
  Int8,
  Int16,
  Int32,
  Int64,
  TimeMicrosecond,
  TimeMillisecond,
  TimeNanosecond,
  Timestamp,
  TimeUnit,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Utf8,
} from "apache-arrow";

/**
 * The Arrow type a Parquet leaf column reads as, from its physical type and its logical (or
 * legacy converted) annotation, following the Parquet spec's LogicalTypes.md and what pyarrow reads.
 * @param element - the leaf's schema element
 * @returns the type, or a string saying why the column cannot be read
 */
export function arrowTypeOf(element: SchemaElement): DataType | string {
  const logical = element.logical_type;
  const converted = element.converted_type;
  if (logical?.type === "DECIMAL" || converted === "DECIMAL") return decimalType(element);
  switch (element.type) {
    case "BOOLEAN":
      return new Bool();
    case "INT32":
      return int32Type(element);
    case "INT64":
      return int64Type(element);
    case "INT96":
      return new Timestamp(TimeUnit.NANOSECOND);
    case "FLOAT":
      return new Float32();
    case "DOUBLE":
      return new Float64();
    case "BYTE_ARRAY":
      return isText(element) ? new Utf8() : new Binary();
    case "FIXED_LEN_BYTE_ARRAY":
      if (logical?.type === "FLOAT16" && element.type_length === 2) return new Float16();
      if (element.type_length === undefined || element.type_length <= 0) return "a FIXED_LEN_BYTE_ARRAY without a length";
      return new FixedSizeBinary(element.type_length);
    default:
      return `unknown physical type ${String(element.type)}`;
  }
}

function isText(element: SchemaElement): boolean {
  const t = element.logical_type?.type;
  return t === "STRING" || t === "ENUM" || t === "JSON" || element.converted_type === "UTF8" || element.converted_type === "ENUM" || element.converted_type === "JSON";
}

function int32Type(element: SchemaElement): DataType | string {
  const logical = element.logical_type;
  if (logical?.type === "INTEGER") return integerType(logical.bitWidth, logical.isSigned);
  if (logical?.type === "DATE" || element.converted_type === "DATE") return new DateDay();
  if (logical?.type === "TIME" || element.converted_type === "TIME_MILLIS") return new TimeMillisecond();
  switch (element.converted_type) {
    case "INT_8":
      return new Int8();
    case "INT_16":
      return new Int16();
    case "UINT_8":
      return new Uint8();
    case "UINT_16":
      return new Uint16();
    case "UINT_32":
      return new Uint32();
    default:
      return new Int32();
  }
}

function int64Type(element: SchemaElement): DataType | string {
  const logical = element.logical_type;
  if (logical?.type === "INTEGER") return integerType(logical.bitWidth, logical.isSigned);
  if (logical?.type === "TIMESTAMP") return new Timestamp(UNITS[logical.unit], logical.isAdjustedToUTC ? "UTC" : null);
  if (logical?.type === "TIME") return logical.unit === "NANOS" ? new TimeNanosecond() : new TimeMicrosecond();
  switch (element.converted_type) {
    case "TIMESTAMP_MILLIS":
      return new Timestamp(TimeUnit.MILLISECOND, "UTC");
    case "TIMESTAMP_MICROS":
      return new Timestamp(TimeUnit.MICROSECOND, "UTC");
    case "TIME_MICROS":
      return new TimeMicrosecond();
    case "UINT_64":
      return new Uint64();
    default:
      return new Int64();
  }
}

const UNITS = { MILLIS: TimeUnit.MILLISECOND, MICROS: TimeUnit.MICROSECOND, NANOS: TimeUnit.NANOSECOND } as const;

function integerType(bitWidth: number, signed: boolean): DataType | string {
  switch (bitWidth) {
    case 8:
      return signed ? new Int8() : new Uint8();
    case 16:
      return signed ? new Int16() : new Uint16();
    case 32:
      return signed ? new Int32() : new Uint32();
    case 64:
      return signed ? new Int64() : new Uint64();
    default:
      return `an INTEGER of ${bitWidth} bits`;
  }
}

/** Decimals of every storage (INT32, INT64, BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY) read as Decimal128. */
function decimalType(element: SchemaElement): DataType | string {
  const logical = element.logical_type;
  const precision = logical?.type === "DECIMAL" ? logical.precision : element.precision;
  const scale = (logical?.type === "DECIMAL" ? logical.scale : element.scale) ?? 0;
  if (precision === undefined || precision < 1) return "a DECIMAL without a precision";
  if (precision > 38) return `a DECIMAL of precision ${precision} (at most 38 fits Decimal128)`;
  return new Decimal(scale, precision, 128);
}
