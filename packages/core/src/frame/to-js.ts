import { Vector } from "apache-arrow";

/** How Arrow values become JS values. */
export interface ToJsOptions {
  /** Give 64-bit integers as bigint instead of number. */
  readonly bigint?: boolean;
}

/**
 * Converts one value read from a vector to the JS value a user gets: 64-bit integers become
 * numbers unless bigints are asked for, and never silently lose precision; a List's value
 * becomes an array of its elements' values.
 * @param where - names the column and row for the error message
 * @throws RangeError when a 64-bit integer is beyond 2^53 and bigints were not asked for
 */
export function toJsValue(value: unknown, options: ToJsOptions, where: () => string): unknown {
  if (value instanceof Vector) {
    return Array.from({ length: value.length }, (_, i) => (value.isValid(i) ? toJsValue(value.get(i), options, () => `${where()} element ${i}`) : null));
  }
  if (typeof value !== "bigint" || options.bigint) return value;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${where()}: ${value} does not fit a JS number exactly; pass { bigint: true } to get bigints`);
  }
  return n;
}
