/**
 * Half-precision floats, stored by Arrow as Uint16 bit patterns, decoded through one table of all
 * 65,536 patterns (built on first use).
 */
let table: Float64Array | undefined;

/** The value of every half-precision bit pattern, indexed by the pattern. */
export function float16Table(): Float64Array {
  if (table === undefined) {
    table = new Float64Array(65536);
    for (let bits = 0; bits < 65536; bits++) table[bits] = decodeFloat16(bits);
  }
  return table;
}

/** Decodes one IEEE 754 half-precision bit pattern. */
export function decodeFloat16(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** Decodes a chunk of half-precision patterns into numbers. */
export function decodeFloat16Array(patterns: Uint16Array, length: number): Float64Array {
  const lookup = float16Table();
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = lookup[patterns[i]];
  return out;
}
