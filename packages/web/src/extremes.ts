import { col, type LazyFrame } from "@quiver/core";

/** A column's argmin and argmax: row positions, null when the column has no value. */
export interface Extremes {
  readonly column: string;
  readonly argmin: number | null;
  readonly argmax: number | null;
}

/** The column a winning row's position is given in. */
export const POSITION = "#row";

/**
 * The query finding the argmin and argmax of every given column, in one pass over the file.
 * @param lf - the scan
 * @param columns - orderable columns
 */
export function extremesQuery(lf: LazyFrame, columns: readonly string[]): LazyFrame {
  return lf.select(...columns.flatMap((c) => [col(c).argmin().alias(`argmin ${c}`), col(c).argmax().alias(`argmax ${c}`)]));
}

/**
 * Runs {@link extremesQuery}.
 * @param onProgress - told of the bytes read after each batch
 * @returns one entry per column, in order
 */
export async function findExtremes(lf: LazyFrame, columns: readonly string[], onProgress: (bytes: number) => void): Promise<Extremes[]> {
  const result = await extremesQuery(lf, columns).collect({ onProgress: (p) => onProgress(p.bytes) });
  const row = result.row(0);
  return columns.map((column) => ({ column, argmin: row[`argmin ${column}`] as number | null, argmax: row[`argmax ${column}`] as number | null }));
}

/**
 * The whole rows at some positions, read in one pass.
 * @param positions - row positions from the start of the file
 * @returns each row by its position, which it also holds as {@link POSITION}
 */
export async function rowsAt(lf: LazyFrame, positions: readonly number[]): Promise<Map<number, Record<string, unknown>>> {
  const found = await lf.withRowIndex(POSITION).filter(col(POSITION).isIn([...new Set(positions)])).collect();
  return new Map(found.toRecords().map((row) => [Number(row[POSITION]), row]));
}
