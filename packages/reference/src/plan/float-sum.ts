/**
 * The sum of doubles, computed exactly and rounded once to the nearest double (ties to even).
 * It is the one float sum that does not depend on how rows were split into chunks, batches or
 * groups, which "every path gives the same answer" demands. Specials follow IEEE: any NaN, or
 * +Infinity together with -Infinity, gives NaN; otherwise an infinity wins; a zero sum is -0 only
 * when every value was -0.
 */

/** Every finite double is an integer count of this unit, 2^-1074 (the smallest subnormal). */
const UNIT_EXPONENT = 1074;

/**
 * Adds doubles exactly and rounds once.
 * @param values - the numbers (no nulls)
 * @returns the correctly rounded sum; 0 for no values
 * @example exactFloatSum([1e308, 1e308, -1e308]) // 1e308
 */
export function exactFloatSum(values: readonly number[]): number {
  if (values.some(Number.isNaN)) return NaN;
  const positive = values.includes(Infinity);
  const negative = values.includes(-Infinity);
  if (positive && negative) return NaN;
  if (positive || negative) return positive ? Infinity : -Infinity;
  const total = values.reduce((sum, v) => sum + toUnits(v), 0n);
  if (total === 0n) return values.length > 0 && values.every((v) => Object.is(v, -0)) ? -0 : 0;
  return fromUnits(total);
}

/** A finite double as an exact count of 2^-1074, read from its bits. */
function toUnits(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const magnitude = exponent === 0 ? fraction : (fraction | (1n << 52n)) << BigInt(exponent - 1);
  return bits >> 63n === 1n ? -magnitude : magnitude;
}

/** The double nearest to `units` · 2^-1074, ties to even; beyond the range ±Infinity. */
function fromUnits(units: bigint): number {
  const sign = units < 0n ? -1 : 1;
  let magnitude = units < 0n ? -units : units;
  const length = magnitude.toString(2).length;
  if (length <= 53) return sign * Number(magnitude) * 2 ** -UNIT_EXPONENT; // exact
  const dropped = length - 53;
  const rest = magnitude & ((1n << BigInt(dropped)) - 1n);
  const half = 1n << BigInt(dropped - 1);
  magnitude >>= BigInt(dropped);
  if (rest > half || (rest === half && (magnitude & 1n) === 1n)) magnitude += 1n;
  // 2 ** (dropped - 1074) is exact (or Infinity far beyond the range), so only overflow rounds.
  return sign * Number(magnitude) * 2 ** (dropped - UNIT_EXPONENT);
}
