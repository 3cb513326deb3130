import type { ColumnIndex, FileMetaData } from "hyparquet";
import type { MinMaxType } from "hyparquet/src/types.js";
import type { LeafColumn } from "./nested-schema.js";

/** A comparable statistics value: numbers, bigints, booleans, or bytes compared unsigned. */
export type StatValue = number | bigint | boolean | Uint8Array;

/** What a row group's footer says about one column. */
export interface ColumnStats {
  /** Lower and upper bounds of the non-null values (NaN excluded, as the spec asks of writers). */
  readonly min: StatValue | undefined;
  readonly max: StatValue | undefined;
  /** Whether `min` (`max`) is a value that occurs, not merely a bound (truncated strings are not). */
  readonly minExact: boolean;
  readonly maxExact: boolean;
  readonly nullCount: number | undefined;
  readonly rows: number;
}

/**
 * The statistics of a column in a row group, in the column's own order. The deprecated `min`/`max`
 * fields were written with signed byte order, so they are trusted only for signed numbers, whose
 * order they got right; strings, binaries and unsigned integers need `min_value`/`max_value`.
 * @returns the statistics, with `min`/`max` undefined where the footer has none usable
 */
export function columnStats(metadata: FileMetaData, group: number, leaf: LeafColumn): ColumnStats {
  const rowGroup = metadata.row_groups[group];
  const stats = rowGroup.columns[leaf.chunkIndex].meta_data?.statistics;
  const rows = Number(rowGroup.num_rows);
  if (stats === undefined || !comparable(leaf)) return { min: undefined, max: undefined, minExact: false, maxExact: false, nullCount: undefined, rows };
  const legacyOk = signedOrder(leaf);
  const min = usable(stats.min_value ?? (legacyOk ? stats.min : undefined));
  const max = usable(stats.max_value ?? (legacyOk ? stats.max : undefined));
  return {
    min,
    max,
    minExact: min !== undefined && stats.is_min_value_exact !== false && (stats.min_value !== undefined || legacyOk),
    maxExact: max !== undefined && stats.is_max_value_exact !== false && (stats.max_value !== undefined || legacyOk),
    nullCount: stats.null_count === undefined ? undefined : Number(stats.null_count),
    rows,
  };
}

/**
 * The statistics of one page of a column, from its column index: the same domain as
 * {@link columnStats}. Byte-array bounds there may be truncated, so they are never taken as exact.
 * @param index - the chunk's column index
 * @param page - the page's position in it
 * @param rows - the page's row count
 */
export function pageStats(leaf: LeafColumn, index: ColumnIndex, page: number, rows: number): ColumnStats {
  const nullCount = index.null_pages[page] ? rows : index.null_counts?.[page] === undefined ? undefined : Number(index.null_counts[page]);
  if (index.null_pages[page] || !comparable(leaf)) return { min: undefined, max: undefined, minExact: false, maxExact: false, nullCount, rows };
  const exact = leaf.element.type !== "BYTE_ARRAY";
  const min = usable(index.min_values[page] as MinMaxType);
  const max = usable(index.max_values[page] as MinMaxType);
  return { min, max, minExact: exact && min !== undefined, maxExact: exact && max !== undefined, nullCount, rows };
}

/** Whether statistics of the column compare exactly with its values (decimals and INT96 are decoded lossily). */
function comparable(leaf: LeafColumn): boolean {
  const { type, converted_type: converted, logical_type: logical } = leaf.element;
  if (converted === "DECIMAL" || logical?.type === "DECIMAL") return false;
  return type !== "INT96" && type !== "FIXED_LEN_BYTE_ARRAY";
}

/** Whether the column's values order the way signed comparison of the stored value does. */
function signedOrder(leaf: LeafColumn): boolean {
  const { type, converted_type: converted, logical_type: logical } = leaf.element;
  if (converted?.startsWith("UINT_") || (logical?.type === "INTEGER" && !logical.isSigned)) return false;
  return type === "INT32" || type === "INT64" || type === "FLOAT" || type === "DOUBLE" || type === "BOOLEAN";
}

/** A statistic as a comparable value; NaN bounds (written by old writers) are no bound at all. */
function usable(value: MinMaxType | undefined): StatValue | undefined {
  if (value === undefined || value instanceof Date || typeof value === "string") return undefined;
  if (typeof value === "number" && Number.isNaN(value)) return undefined;
  return value;
}

/**
 * Orders two values of one column: numbers and bigints numerically (exactly, across the two),
 * booleans false first, bytes unsigned lexicographically (UTF-8 strings in code point order).
 * @returns negative, zero or positive
 */
export function compareStat(a: StatValue, b: StatValue): number {
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  }
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const x = a as number | bigint;
  const y = b as number | bigint;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A statistics value as text for messages: bytes as a JSON string of their UTF-8. */
export function showStat(value: StatValue): string {
  return value instanceof Uint8Array ? JSON.stringify(new TextDecoder().decode(value)) : String(value);
}
