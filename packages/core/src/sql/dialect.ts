import { type DataType, DateUnit, TimeUnit, Type } from "apache-arrow";
import { SqlLoweringError } from "./errors.js";

/** The SQL engines a plan can be lowered to. */
export type SqlDialectName = "duckdb" | "spark";

/**
 * What differs between the SQL engines a plan is lowered to; everything else is one lowering.
 * Each method returns SQL text.
 */
export interface SqlDialect {
  readonly name: SqlDialectName;
  /** A quoted identifier. */
  ident(name: string): string;
  /** A quoted string literal. */
  string(value: string): string;
  /** A struct value with named fields, compared field by field in order. */
  struct(fields: readonly (readonly [string, string])[]): string;
  /** One field of a struct value. */
  field(struct: string, name: string): string;
  /** A value that fails the query with a message when it is computed. */
  fail(message: string): string;
  /** The SQL type of an Arrow type. */
  typeName(type: DataType): string;
  /** Integer arithmetic wide enough to hold the exact result of two 64-bit operands. */
  readonly wideInteger: string;
  /** A wide integer as the nearest double (correctly rounded, as the engine converts it). */
  wideToDouble(value: string): string;
  /** A compensated float sum (the closest the engine has to an exact one). */
  floatSum(value: string): string;
  /**
   * The float running sum of the engine, over a window frame: the frame's non-null values added one
   * by one in row order, starting from +0, each addition rounded as IEEE rounds it. Its cost grows
   * with the frame's length (the frame's values are gathered into a list, in row order).
   */
  sequentialSum(value: string, position: string, over: string): string;
  /** A float truncated toward zero, ready for a strict cast to an integer type. */
  truncate(value: string): string;
  /** Whether a float is -0 (compared with `=`, it equals 0). */
  isNegativeZero(value: string): string;
  /** The length of a string in UTF-8 bytes. */
  byteLength(value: string): string;
  /** A string without the leading and trailing characters of a set (given as a string literal). */
  trim(value: string, characters: string): string;
  /**
   * One part of a string split by a literal separator (an empty one: into code points): the
   * index counts from 0, negative from the end; null when there is no such part.
   */
  splitGet(value: string, separator: string, index: number): string;
  /** Whether a whole string matches a regular expression written in the syntax RE2 and Java share. */
  fullMatch(value: string, pattern: string): string;
  /** The ISO weekday of a date or timestamp: 1 for Monday to 7 for Sunday. */
  isoWeekday(value: string): string;
  /** The days from 1970-01-01 to a date, an integer. */
  epochDays(value: string): string;
  /** The microseconds from 1970-01-01 00:00 to a timestamp without a time zone, an integer. */
  epochMicros(value: string): string;
  /** The quotient of two integers, the dividend a multiple of the divisor. */
  exactDivide(dividend: string, divisor: string): string;
  /** A Parquet file as a relation, with its row number as the column `position`. */
  parquetScan(path: string, position: string): string;
}

/** The SQL type names both dialects share; they depart for unsigned integers and timestamps. */
function sharedTypeName(type: DataType, unsigned: (bits: number) => string, timestamp: string): string {
  switch (type.typeId) {
    case Type.Date: if ((type as unknown as { unit: DateUnit }).unit === DateUnit.DAY) return "DATE"; break;
    case Type.Timestamp: {
      const { unit, timezone } = type as unknown as { unit: TimeUnit; timezone?: string | null };
      if (unit === TimeUnit.MICROSECOND && !timezone) return timestamp;
      break;
    }
    case Type.Bool: return "BOOLEAN";
    case Type.Utf8: case Type.LargeUtf8: return "STRING";
    case Type.Float: return (type as unknown as { precision: number }).precision === 2 ? "DOUBLE" : "FLOAT";
    case Type.Int: {
      const { bitWidth, isSigned } = type as unknown as { bitWidth: number; isSigned: boolean };
      if (!isSigned) return unsigned(bitWidth);
      return bitWidth === 8 ? "TINYINT" : bitWidth === 16 ? "SMALLINT" : bitWidth === 32 ? "INT" : "BIGINT";
    }
    case Type.Dictionary: return sharedTypeName((type as unknown as { dictionary: DataType }).dictionary, unsigned, timestamp);
  }
  throw new SqlLoweringError(`type ${String(type)} has no SQL lowering yet`);
}

/** A string literal that may hold NUL characters, which neither engine's literals can: concatenated with `chr(0)`. */
function withNul(value: string, quote: (part: string) => string): string {
  const parts = value.split("\u0000");
  return parts.length === 1 ? quote(value) : `(${parts.map(quote).join(" || chr(0) || ")})`;
}

/** DuckDB (and MotherDuck). */
export const duckdb: SqlDialect = {
  name: "duckdb",
  ident: (name) => `"${name.replaceAll('"', '""')}"`,
  string: (value) => withNul(value, (part) => `'${part.replaceAll("'", "''")}'`),
  struct: (fields) => `{${fields.map(([name, sql]) => `${duckdb.string(name)}: ${sql}`).join(", ")}}`,
  field: (struct, name) => `struct_extract(${struct}, ${duckdb.string(name)})`,
  fail: (message) => `error(${duckdb.string(message)})`,
  typeName: (type) => sharedTypeName(type, (bits) => ({ 8: "UTINYINT", 16: "USMALLINT", 32: "UINTEGER", 64: "UBIGINT" })[bits]!, "TIMESTAMP"),
  wideInteger: "HUGEINT",
  // DuckDB's HUGEINT to DOUBLE cast adds two rounded halves (off by one unit in the last place for
  // about one value in eight near 2^64); reading the decimal text back rounds once.
  wideToDouble: (value) => `CAST(CAST(${value} AS VARCHAR) AS DOUBLE)`,
  floatSum: (value) => `fsum(${value})`,
  sequentialSum: (value, position, over) =>
    `list_reduce(list_prepend(CAST(0 AS DOUBLE), list(${value} ORDER BY ${position}) FILTER (WHERE ${value} IS NOT NULL) ${over}), lambda a, b: a + b)`,
  truncate: (value) => `trunc(${value})`,
  isNegativeZero: (value) => `(${value} = 0 AND signbit(${value}))`,
  byteLength: (value) => `strlen(${value})`,
  trim: (value, characters) => `trim(${value}, ${characters})`,
  fullMatch: (value, pattern) => `regexp_full_match(${value}, ${duckdb.string(pattern)})`,
  isoWeekday: (value) => `isodow(${value})`,
  epochDays: (value) => `(${value} - DATE '1970-01-01')`,
  epochMicros: (value) => `epoch_us(${value})`,
  exactDivide: (dividend, divisor) => `(${dividend} // ${divisor})`,
  splitGet: (value, separator, index) => `string_split(${value}, ${duckdb.string(separator)})[${index >= 0 ? index + 1 : index}]`,
  parquetScan: (path, position) => `(SELECT *, file_row_number AS ${duckdb.ident(position)} FROM read_parquet(${duckdb.string(path)}, file_row_number = true))`,
};

/** Spark SQL, as sent through Spark Connect. */
export const spark: SqlDialect = {
  name: "spark",
  ident: (name) => `\`${name.replaceAll("`", "``")}\``,
  string: (value) => withNul(value, (part) => `'${part.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`),
  struct: (fields) => `named_struct(${fields.map(([name, sql]) => `${spark.string(name)}, ${sql}`).join(", ")})`,
  field: (struct, name) => `${struct}.${spark.ident(name)}`,
  fail: (message) => `raise_error(${spark.string(message)})`,
  typeName: (type) => sharedTypeName(type, (bits) => ({ 8: "SMALLINT", 16: "INT", 32: "BIGINT", 64: "DECIMAL(20, 0)" })[bits]!, "TIMESTAMP_NTZ"),
  wideInteger: "DECIMAL(38, 0)",
  wideToDouble: (value) => `CAST(${value} AS DOUBLE)`,
  floatSum: (value) => `sum(${value})`,
  // collect_list gives no order: the values are sorted by position (collect_list skips the nulls).
  sequentialSum: (value, position, over) =>
    `aggregate(array_sort(collect_list(CASE WHEN ${value} IS NOT NULL THEN named_struct('p', ${position}, 'v', ${value}) END) ${over}), CAST(0 AS DOUBLE), (a, e) -> a + e.v)`,
  // A cast to an integer truncates; in ANSI mode (Spark 4's default) an overflow or NaN fails.
  truncate: (value) => value,
  isNegativeZero: (value) => `(${value} = 0 AND CAST(${value} AS STRING) = '-0.0')`,
  byteLength: (value) => `octet_length(${value})`,
  trim: (value, characters) => `trim(BOTH ${characters} FROM ${value})`,
  // \z: Java's $ also matches before a final line terminator.
  fullMatch: (value, pattern) => `(${value} RLIKE ${spark.string(`^(?:${pattern})\\z`)})`,
  isoWeekday: (value) => `(weekday(${value}) + 1)`,
  epochDays: (value) => `unix_date(${value})`,
  epochMicros: (value) => `timestampdiff(MICROSECOND, TIMESTAMP_NTZ '1970-01-01 00:00:00', ${value})`,
  exactDivide: (dividend, divisor) => `(${dividend} div ${divisor})`,
  // split takes a Java regular expression: the separator is quoted as Pattern.quote quotes it.
  splitGet: (value, separator, index) =>
    `try_element_at(split(${value}, ${spark.string(`\\Q${separator.replaceAll("\\E", "\\E\\\\E\\Q")}\\E`)}, -1), ${index >= 0 ? index + 1 : index})`,
  parquetScan: (path, position) => `(SELECT *, _metadata.row_index AS ${spark.ident(position)} FROM parquet.${spark.ident(path)})`,
};

/**
 * The dialect of a name.
 * @throws TypeError for other names
 */
export function dialectOf(name: SqlDialectName): SqlDialect {
  if (name === "duckdb") return duckdb;
  if (name === "spark") return spark;
  throw new TypeError(`unknown SQL dialect ${JSON.stringify(name)}; expected "duckdb" or "spark"`);
}
