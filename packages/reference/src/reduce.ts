/**
 * The one-dimensional argmin/argmax with frame semantics: every other entry point reduces its
 * slices through `refArgReduce`.
 */
import { type Cell, type CellKind, cellKind, compareCells, describe, isNaNCell } from "./cell.js";
import { ValueError } from "./errors.js";

/** Which reduction to run: `max` turns argmin into argmax, `skipNaN` gives nanargmin/nanargmax. */
export interface RefArgOptions {
  max?: boolean;
  skipNaN?: boolean;
}

/**
 * Finds the position of the smallest (or largest) cell of a slice, skipping nulls.
 *
 * @param cells - the slice, in row order.
 * @param options - `max` for argmax, `skipNaN` for nanargmin/nanargmax.
 * @returns the position of the first extreme cell, or null when no cell is non-null.
 * @example
 * refArgReduce([3, null, 1, null]); // 2
 */
export function refArgReduce(cells: readonly Cell[], options: RefArgOptions = {}): number | null {
  requireOneKind(cells);

  // Nulls are skipped first; the NaN rule only sees what is left.
  const present: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (cells[i] !== null) present.push(i);
  }

  if (!options.skipNaN) {
    // NaN propagates: the first NaN is the answer whatever else the slice holds.
    const firstNaN = present.find((i) => isNaNCell(cells[i]));
    if (firstNaN !== undefined) return firstNaN;
  }

  const candidates = present.filter((i) => !isNaNCell(cells[i]));
  if (candidates.length === 0) {
    // Only reachable with skipNaN when every present cell was NaN.
    if (present.length > 0) throw new ValueError("All-NaN slice encountered");
    return null;
  }

  let best = candidates[0];
  for (const i of candidates.slice(1)) {
    const order = compareCells(cells[i], cells[best]);
    // Strictly better only, so the first of equal cells keeps its place (argmax too).
    if (options.max ? order > 0 : order < 0) best = i;
  }
  return best;
}

/**
 * A column has one type. Checking up front means a stray value is reported even when a NaN
 * would have answered before any comparison reached it.
 */
function requireOneKind(cells: readonly Cell[]): void {
  let first: { kind: CellKind; index: number } | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null) continue;
    const kind = cellKind(c);
    if (first === undefined) {
      first = { kind, index: i };
    } else if (kind !== first.kind) {
      throw new TypeError(
        `cells of one slice must share a type: position ${first.index} is ${first.kind} ` +
          `but position ${i} is ${kind} (${describe(c)})`,
      );
    }
  }
}
