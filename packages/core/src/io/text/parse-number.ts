/**
 * Numbers parsed straight from UTF-8 bytes, with no string made on the common path. Results are
 * exactly those of `Number(text)` (floats) and `BigInt(text)` (integers) on the same text.
 */

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const LOWER_E = 101;
const UPPER_E = 69;

/** Powers of ten that are exact doubles: a ≤ 15-digit mantissa times or over one is correctly rounded. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);
const TWO_32 = 4294967296;

/** What {@link parseInt64} found. */
export const enum IntResult {
  Ok,
  /** Not an integer literal. */
  NotInteger,
  /** An integer literal beyond the Int64 range. */
  OutOfRange,
}

/** Latin-1 text of an ASCII span (callers check the span is ASCII where it matters). */
export function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/**
 * Parses `[+-]digits` as a 64-bit integer into `words[2 * index]` (low) and `[2 * index + 1]`
 * (high), the layout of a BigInt64Array viewed as Int32Array.
 * @returns whether the span was an integer in range
 */
export function parseInt64(bytes: Uint8Array, start: number, end: number, words: Int32Array, index: number): IntResult {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative || bytes[i] === PLUS) i++;
  if (i === end) return IntResult.NotInteger;
  const digitsStart = i;
  let value = 0;
  for (; i < end; i++) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) return IntResult.NotInteger;
    value = value * 10 + d;
  }
  if (end - digitsStart <= 15) {
    const signed = negative ? -value : value;
    const high = Math.floor(signed / TWO_32);
    words[2 * index] = signed - high * TWO_32;
    words[2 * index + 1] = high;
    return IntResult.Ok;
  }
  const big = BigInt(asciiText(bytes, start, end));
  if (big !== BigInt.asIntN(64, big)) return IntResult.OutOfRange;
  words[2 * index] = Number(big & 0xffffffffn);
  words[2 * index + 1] = Number(big >> 32n);
  return IntResult.Ok;
}

/**
 * Whether the span is an integer literal `[+-]digits` (of any size).
 */
export function isIntegerSpan(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (bytes[i] === MINUS || bytes[i] === PLUS) i++;
  if (i === end) return false;
  for (; i < end; i++) if (bytes[i] < ZERO || bytes[i] > NINE) return false;
  return true;
}

/**
 * Parses a decimal float literal (`-1.5`, `.5`, `1e-7`, `2.`) or `NaN`/`inf`/`infinity` (any case,
 * signed). Hexadecimal, underscores, spaces and the empty span are not numbers.
 * @returns the value, or undefined when the span is not a float literal
 */
export function parseFloatSpan(bytes: Uint8Array, start: number, end: number): number | undefined {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative || bytes[i] === PLUS) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  for (; i < end; i++) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) break;
    any = true;
    if (digits > 0 || d > 0) digits++;
    mantissa = mantissa * 10 + d;
  }
  if (i < end && bytes[i] === DOT) {
    for (i++; i < end; i++) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      any = true;
      if (digits > 0 || d > 0) digits++;
      mantissa = mantissa * 10 + d;
      scale--;
    }
  }
  if (!any) return namedFloat(bytes, start, end);
  if (i < end && (bytes[i] === LOWER_E || bytes[i] === UPPER_E)) {
    let j = i + 1;
    const negativeExponent = bytes[j] === MINUS;
    if (negativeExponent || bytes[j] === PLUS) j++;
    if (j === end) return undefined;
    let exponent = 0;
    for (; j < end; j++) {
      const d = bytes[j] - ZERO;
      if (d < 0 || d > 9) return undefined;
      if (exponent < 100000) exponent = exponent * 10 + d;
    }
    scale += negativeExponent ? -exponent : exponent;
    i = end;
  }
  if (i !== end) return undefined;
  // Clinger's fast path: both operands exact, so the one rounding is the correct one.
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    const magnitude = scale < 0 ? mantissa / EXACT_POWERS[-scale] : mantissa * EXACT_POWERS[scale];
    return negative ? -magnitude : magnitude;
  }
  return Number(asciiText(bytes, start, end));
}

/** NaN, inf and infinity in any case, with an optional sign; undefined for anything else. */
function namedFloat(bytes: Uint8Array, start: number, end: number): number | undefined {
  if (end - start > 9) return undefined;
  const text = asciiText(bytes, start, end).toLowerCase();
  const body = text[0] === "-" || text[0] === "+" ? text.slice(1) : text;
  if (body === "nan") return NaN;
  if (body === "inf" || body === "infinity") return text[0] === "-" ? -Infinity : Infinity;
  return undefined;
}

/**
 * `true` or `false` in any case.
 * @returns 1 for true, 0 for false, -1 for anything else
 */
export function parseBoolSpan(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n !== 4 && n !== 5) return -1;
  let word = "";
  for (let i = start; i < end; i++) word += String.fromCharCode(bytes[i] | 0x20);
  return word === "true" ? 1 : word === "false" ? 0 : -1;
}
