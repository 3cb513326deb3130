/**
 * Plain JS scalars as kernels hand them between chunks, and their total order.
 *
 * Partial arg-reductions carry the winning value as a scalar so chunks, record batches and
 * columns of different physical types merge by one rule: numbers and bigints compare exactly by
 * mathematical value, booleans false < true, strings by code point (= UTF-8 byte order), bytes
 * lexicographically. NaN and null never reach `compareScalars`: callers deal with them first.
 */
export type Scalar = number | bigint | boolean | string | Uint8Array;

/** True for a NaN number; false for everything else, bigints included. */
export function isNaNScalar(value: Scalar | null): boolean {
  return typeof value === "number" && value !== value;
}

/**
 * Orders two non-null, non-NaN scalars.
 * @returns a negative number if `a < b`, 0 if equal (so -0 equals 0), a positive number if `a > b`
 * @example compareScalars(2n ** 53n + 1n, 2 ** 53) // 1
 */
export function compareScalars(a: Scalar, b: Scalar): number {
  if (typeof a === "number") {
    if (typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
    if (typeof b === "bigint") return compareNumberBigint(a, b);
  } else if (typeof a === "bigint") {
    if (typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
    if (typeof b === "number") return -compareNumberBigint(b, a);
  } else if (typeof a === "string" && typeof b === "string") {
    return compareCodePoints(a, b);
  } else if (typeof a === "boolean" && typeof b === "boolean") {
    return Number(a) - Number(b);
  } else if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return compareBytes(a, b);
  }
  throw new TypeError(`cannot compare a ${describe(a)} with a ${describe(b)}`);
}

/** Orders a finite or infinite number against a bigint by exact value, never rounding the bigint. */
export function compareNumberBigint(a: number, b: bigint): number {
  if (a === Infinity) return 1;
  if (a === -Infinity) return -1;
  const floor = Math.floor(a);
  const floorBig = BigInt(floor);
  if (floorBig < b) return -1;
  if (floorBig > b) return 1;
  return floor === a ? 0 : 1;
}

/**
 * Orders two strings by Unicode code point, which is the order of their UTF-8 bytes. UTF-16 code
 * units order the same except that surrogates (U+D800–DFFF) must rank above U+E000–FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codeUnitRank(x) - codeUnitRank(y);
  }
  return a.length - b.length;
}

function codeUnitRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** Orders two byte strings lexicographically; a proper prefix comes first. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function describe(value: Scalar): string {
  return value instanceof Uint8Array ? "binary value" : typeof value;
}
