/**
 * The row-axis loop for columns without nulls stored as JS numbers: each row is reduced across
 * all its columns at once, the running extreme held in a local variable rather than in per-row
 * arrays, so the only memory traffic is the columns themselves, read side by side.
 *
 * The loop is compiled once per column count, direction and typed-array classes, with one local
 * per column, so every element access site sees one array class. A row that holds a NaN (rare)
 * is only listed: its winner depends on whether NaN propagates, which an exact second look
 * decides (see `resolveNaNRow`).
 */

/** Writes per row the first column holding the extreme; returns the rows that hold a NaN. */
export type DenseRowLoop = (columns: readonly ArrayLike<number>[], winners: Int32Array) => number[];

/** Above this many columns the generated function would grow unwieldy; callers use the block path. */
const MAX_DENSE_COLUMNS = 64;

const loops = new Map<string, DenseRowLoop | null>();

/**
 * The dense row loop for these column arrays, or null where code cannot be compiled (a
 * Content-Security-Policy) or there are too many columns.
 * @param columns - one typed array per column, indexed from the batch's first row
 * @param max - argmax rather than argmin
 */
export function denseRowLoop(columns: readonly ArrayLike<number>[], max: boolean): DenseRowLoop | null {
  if (columns.length === 0 || columns.length > MAX_DENSE_COLUMNS || !columns.every((c) => ArrayBuffer.isView(c))) return null;
  const key = `${max ? ">" : "<"}${columns.map((c) => (c as object).constructor.name).join(",")}`;
  let loop = loops.get(key);
  if (loop === undefined) {
    loop = compile(columns.length, max);
    loops.set(key, loop);
  }
  return loop;
}

function compile(count: number, max: boolean): DenseRowLoop | null {
  const better = max ? ">" : "<";
  const locals = Array.from({ length: count }, (_, k) => `const v${k} = columns[${k}];`).join("\n");
  const steps = Array.from({ length: count - 1 }, (_, j) => {
    const k = j + 1;
    return `x = v${k}[r]; if (x ${better} b) { b = x; c = ${k}; } else if (x !== x) nan = true;`;
  }).join("\n    ");
  const source = `"use strict";
  ${locals}
  const nanRows = [];
  const end = winners.length;
  for (let r = 0; r < end; r++) {
    let b = v0[r];
    let c = 0;
    let x = 0;
    let nan = b !== b;
    ${steps}
    winners[r] = c;
    if (nan) nanRows.push(r);
  }
  return nanRows;`;
  try {
    return new Function("columns", "winners", source) as DenseRowLoop;
  } catch {
    return null;
  }
}

/**
 * The exact winner of a row holding a NaN: the first NaN's column when NaN propagates; otherwise
 * the first extreme among the other values, or -1 when every value is NaN.
 */
export function resolveNaNRow(columns: readonly ArrayLike<number>[], r: number, max: boolean, skipNaN: boolean): number {
  let best = -1;
  for (let c = 0; c < columns.length; c++) {
    const x = columns[c][r];
    if (x !== x) {
      if (!skipNaN) return c;
      continue;
    }
    if (best < 0 || (max ? x > columns[best][r] : x < columns[best][r])) best = c;
  }
  return best;
}
