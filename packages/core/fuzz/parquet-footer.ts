/**
 * What a Parquet input's footer declares, as the judge needs it: how large its column chunks say
 * they decompress to (a compressed page may legitimately expand thousands of times), and whether
 * its statistics agree with the values the pages hold (a statistics-driven reduction trusts the
 * statistics of the row groups it does not read, as every engine that prunes by them does).
 */
import { type FileMetaData, parquetMetadata } from "hyparquet";
import type { Cell } from "../../reference/src/cell.js";
import { compareCells, isNaNCell } from "../../reference/src/cell.js";

/** The most bytes one page may declare, as the reader enforces. */
const MAX_PAGE_BYTES = 2 ** 30;

function metadataOf(bytes: Uint8Array): FileMetaData | undefined {
  try {
    return parquetMetadata(bytes.slice().buffer);
  } catch {
    return undefined;
  }
}

/**
 * The largest uncompressed size a column chunk of the footer declares (at most what one page may
 * claim): memory a valid file may make the reader allocate, whatever its own size.
 * @returns 0 for an input whose footer cannot be read
 */
export function declaredChunkBytes(bytes: Uint8Array): number {
  const metadata = metadataOf(bytes);
  let most = 0;
  for (const group of metadata?.row_groups ?? []) {
    for (const chunk of group.columns) most = Math.max(most, Number(chunk.meta_data?.total_uncompressed_size ?? 0));
  }
  return Math.min(most, MAX_PAGE_BYTES);
}

/**
 * Whether the footer's statistics of a flat column misstate the values its row groups hold: a
 * value outside a group's bounds, or an exact bound that no value reaches.
 * @param bytes - the input
 * @param column - the column's name
 * @param cells - the column's values, decoded from every page
 */
export function statisticsContradict(bytes: Uint8Array, column: string, cells: readonly Cell[]): boolean {
  const metadata = metadataOf(bytes);
  if (metadata === undefined) return false;
  let start = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join(".") === column);
    const stats = chunk?.meta_data?.statistics;
    const values = cells.slice(start, start + rows).filter((c) => c !== null && !isNaNCell(c));
    start += rows;
    if (stats === undefined || values.length === 0) continue;
    const least = values.reduce((a, b) => (compareCells(b, a) < 0 ? b : a));
    const most = values.reduce((a, b) => (compareCells(b, a) > 0 ? b : a));
    if (misstates(least, asCell(stats.min_value ?? stats.min), 1, stats.is_min_value_exact !== false)) return true;
    if (misstates(most, asCell(stats.max_value ?? stats.max), -1, stats.is_max_value_exact !== false)) return true;
  }
  return false;
}

/** Whether a bound is passed by the extreme found (sign 1 for a minimum), or, if exact, not reached. */
function misstates(found: Cell, bound: Cell | undefined, sign: 1 | -1, exact: boolean): boolean {
  if (bound === undefined) return false;
  let order: number;
  try {
    order = sign * compareCells(found, bound);
  } catch {
    return false; // a statistic of another kind than the values (a logical type the reference does not order)
  }
  return order < 0 || (exact && order !== 0);
}

/** A statistic as a cell, or undefined for one the reference does not order (dates, NaN). */
function asCell(value: unknown): Cell | undefined {
  if (typeof value === "number") return Number.isNaN(value) ? undefined : value;
  if (typeof value === "bigint" || typeof value === "boolean" || typeof value === "string" || value instanceof Uint8Array) return value;
  return undefined;
}
