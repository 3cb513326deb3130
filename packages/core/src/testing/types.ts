import type { Data, DataType, Table, Vector } from "apache-arrow";

/**
 * A plain JavaScript value that stands for one Arrow slot, after normalisation.
 *
 * Floats and 8–32-bit integers are `number`; 64-bit integers, decimals (unscaled) and every
 * temporal type (in nanoseconds) are `bigint`; strings and dictionary strings are `string`;
 * binaries are `Uint8Array`; a null slot is `null`.
 */
export type Cell = null | number | bigint | boolean | string | Uint8Array;

/** The Arrow types the generators produce, one name per concrete type. */
export type TypeKind =
  | "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64"
  | "float16" | "float32" | "float64" | "bool"
  | "utf8" | "largeUtf8" | "binary" | "largeBinary" | "dictionary"
  | "dateDay" | "dateMillisecond"
  | "timeSecond" | "timeMillisecond" | "timeMicrosecond" | "timeNanosecond"
  | "timestampSecond" | "timestampMillisecond" | "timestampMicrosecond" | "timestampNanosecond"
  | "durationSecond" | "durationMillisecond" | "durationMicrosecond" | "durationNanosecond"
  | "decimal128";

/**
 * Every {@link TypeKind}, in a stable order.
 * @example arbColumn({ kinds: ALL_TYPE_KINDS.filter((kind) => kind.startsWith("int")) })
 */
export const ALL_TYPE_KINDS: readonly TypeKind[] = Object.freeze([
  "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
  "float16", "float32", "float64", "bool",
  "utf8", "largeUtf8", "binary", "largeBinary", "dictionary",
  "dateDay", "dateMillisecond",
  "timeSecond", "timeMillisecond", "timeMicrosecond", "timeNanosecond",
  "timestampSecond", "timestampMillisecond", "timestampMicrosecond", "timestampNanosecond",
  "durationSecond", "durationMillisecond", "durationMicrosecond", "durationNanosecond",
  "decimal128",
] as const);

/** A generated Arrow column together with the plain values it must read as. */
export interface GeneratedColumn {
  /** Which generator made the column. */
  kind: TypeKind;
  /** The column's Arrow type, shared by every chunk. */
  type: DataType;
  /** The chunks of `vector`, at least one (possibly empty), often slices with non-zero offsets. */
  chunks: Data[];
  /** `new Vector(chunks)`. */
  vector: Vector;
  /** The expected plain value of every row, see {@link Cell}. */
  values: Cell[];
}

/** What {@link arbColumn} may generate. */
export interface ColumnOptions {
  /** Kinds to draw from; default {@link ALL_TYPE_KINDS}. */
  kinds?: readonly TypeKind[];
  /** Fewest rows; default 0. */
  minLength?: number;
  /** Most rows; default the larger of 40 and `minLength`. */
  maxLength?: number;
  /**
   * How many rows are null: `"none"`, `"some"` (a per-column rate between rare and almost all),
   * `"all"`, or `"any"` of those (the default).
   */
  nullRate?: "none" | "some" | "all" | "any";
  /**
   * Whether the chunks of a dictionary column share one dictionary (`"shared"`) or may each carry
   * their own (`"any"`, the default). The Arrow IPC *file* format cannot hold a table whose batches
   * have different dictionaries, so tests that write files ask for `"shared"`.
   */
  dictionaries?: "shared" | "any";
}

/** A generated Arrow table together with its plain values, column-major. */
export interface GeneratedTable {
  /** The table, made of record batches with `batchLengths` rows. */
  table: Table;
  /** Column names, unique, in schema order. */
  names: string[];
  /** `columns[j][i]` is the plain value of row `i` of column `j`. */
  columns: Cell[][];
  /** The kind of each column. */
  kinds: TypeKind[];
  /** Rows in each record batch, in order; may contain zeros, and is empty only when there are no rows. */
  batchLengths: number[];
}

/** What {@link arbTable} may generate; the column options apply to every column. */
export interface TableOptions extends ColumnOptions {
  /** Fewest columns; default 1. */
  minColumns?: number;
  /** Most columns; default the larger of 4 and `minColumns`. */
  maxColumns?: number;
  /** When true every column has the same kind; otherwise each column draws its own. */
  sameKind?: boolean;
}
