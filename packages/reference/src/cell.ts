/**
 * Plain cell values and the one total order the oracle uses to compare them.
 */

/** A plain value as tests see it. null = Arrow null. */
export type Cell = null | number | bigint | boolean | string | Uint8Array;

/** The families of cells that can be ordered against each other. */
export type CellKind = "numeric" | "boolean" | "string" | "binary";

/**
 * Names the comparable family of a non-null cell, rejecting anything that is not a Cell.
 *
 * @param c - a value that should be a non-null Cell.
 * @returns its kind; number and bigint share "numeric" because Int64 columns meet doubles.
 * @example
 * cellKind(2n); // "numeric"
 */
export function cellKind(c: unknown): CellKind {
  if (typeof c === "number" || typeof c === "bigint") return "numeric";
  if (typeof c === "boolean") return "boolean";
  if (typeof c === "string") return "string";
  if (c instanceof Uint8Array) return "binary";
  throw new TypeError(
    `${describe(c)} is not a cell: expected null, number, bigint, boolean, string or Uint8Array`,
  );
}

/**
 * Tells whether a cell is a floating-point NaN.
 *
 * @param c - any cell.
 * @returns true only for the number NaN.
 * @example
 * isNaNCell(NaN); // true
 */
export function isNaNCell(c: Cell): boolean {
  return typeof c === "number" && Number.isNaN(c);
}

/**
 * Orders two non-null, non-NaN cells of compatible kinds.
 *
 * @param a - the left cell.
 * @param b - the right cell.
 * @returns a negative number if a < b, 0 if they are equal, a positive number if a > b.
 * @example
 * compareCells(2 ** 53, 2n ** 53n + 1n); // -1
 */
export function compareCells(a: Cell, b: Cell): number {
  if (a === null || b === null || isNaNCell(a) || isNaNCell(b)) {
    // null and NaN are handled by the reductions before any comparison; ordering them here
    // would hide a bug in the caller.
    throw new TypeError(`cannot order ${describe(a)} and ${describe(b)}: null and NaN have no order`);
  }
  const kindA = cellKind(a);
  const kindB = cellKind(b);
  if (kindA !== kindB) {
    throw new TypeError(`cannot compare ${describe(a)} (${kindA}) with ${describe(b)} (${kindB})`);
  }
  if (typeof a === "number" && typeof b === "number") return sign(a < b, a > b);
  if (typeof a === "bigint" && typeof b === "bigint") return sign(a < b, a > b);
  if (typeof a === "number" && typeof b === "bigint") return compareNumberBigint(a, b);
  if (typeof a === "bigint" && typeof b === "number") return -compareNumberBigint(b, a);
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  if (typeof a === "string" && typeof b === "string") return compareBytes(utf8(a), utf8(b));
  return compareBytes(a as Uint8Array, b as Uint8Array);
}

function sign(less: boolean, greater: boolean): number {
  return less ? -1 : greater ? 1 : 0;
}

/** Exact: only the integer part of the double becomes a bigint, and that conversion is exact. */
function compareNumberBigint(n: number, b: bigint): number {
  if (n === Infinity) return 1;
  if (n === -Infinity) return -1;
  const floor = Math.floor(n);
  const whole = BigInt(floor);
  if (whole < b) return -1; // n < floor + 1 <= b
  if (whole > b) return 1; // n >= floor > b
  return n === floor ? 0 : 1; // same integer part: a fraction makes n the larger
}

/**
 * Strings are ordered by their UTF-8 bytes, the way Arrow stores them. A lone surrogate has no
 * UTF-8 form; TextEncoder turns it into U+FFFD, which is also what Arrow would store.
 */
function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length; // a proper prefix sorts first
}

/**
 * Renders any value for an error message.
 *
 * @param v - the value to show.
 * @returns a short readable form, e.g. `"a"`, `3n`, `Uint8Array(2)`.
 * @example
 * describe("x"); // '"x"'
 */
export function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (v instanceof Uint8Array) return `Uint8Array(${v.length})`;
  if (Array.isArray(v)) return `array(${v.length})`;
  if (typeof v === "object" && v !== null) return `object ${Object.prototype.toString.call(v)}`;
  return String(v);
}
