/**
 * The row-axis fast path for columns stored as JS numbers: per-row winners are updated one column
 * at a time, so each pass reads one column and the winner arrays sequentially.
 *
 * The caller walks the rows in blocks small enough for the winner arrays to stay in cache while
 * every column folds into them, so each column's values are the only data streamed from memory.
 *
 * Values are multiplied by `sign` (1 for argmin, -1 for argmax), so one loop serves both
 * directions: `best[r]` holds sign × the row's extreme, starting at +Infinity, and `column[r]`
 * starts at -1. A value that is not better than `best[r]` needs a second look only when it equals
 * it (a row's first value may be the infinity itself) or is NaN; both are rare, so the common path
 * costs one comparison. A propagating NaN sets `best[r]` to -Infinity, which no later value beats,
 * and marks the row so a later NaN does not take over.
 */
import { isValidAt } from "./validity.js";

/** Per-row state shared by the loops. */
export interface RowWinnerArrays {
  readonly best: Float64Array;
  readonly column: Int32Array;
  readonly isNaN: Uint8Array;
  readonly sawNaN: Uint8Array;
}

/** Folds rows [start, end) of column `c` into the per-row winners. */
export function foldColumn(
  values: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  c: number,
  w: RowWinnerArrays,
  sign: number,
  skipNaN: boolean,
  start: number,
  end: number,
): void {
  const { best, column } = w;
  for (let r = start; r < end; r++) {
    if (!isValidAt(bitmap, offset, r)) continue;
    const x = sign * values[r];
    if (x < best[r]) {
      best[r] = x;
      column[r] = c;
    } else if (x === best[r]) {
      if (column[r] < 0) column[r] = c;
    } else if (x !== x) {
      foldNaN(w, r, c, skipNaN);
    }
  }
}

function foldNaN(w: RowWinnerArrays, r: number, c: number, skipNaN: boolean): void {
  if (skipNaN) w.sawNaN[r] = 1;
  else if (!w.isNaN[r]) {
    w.isNaN[r] = 1;
    w.column[r] = c;
    w.best[r] = -Infinity;
  }
}
