/**
 * ISO-8601 dates and timestamps parsed straight from bytes: `YYYY-MM-DD` and
 * `YYYY-MM-DD[T ]HH:MM[:SS[.fraction]][Z|±HH:MM|±HHMM]`. Years have four digits, or a sign and
 * four or more (`+012345`, `-000001`), as JavaScript's `toISOString` writes them (up to 15, which
 * holds every 64-bit timestamp of every unit).
 */
import { daysFromCivil, isCivilDate } from "../../types/civil-date.js";

const ZERO = 48;
const DASH = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;

/** A timestamp as parsed: whole days since the epoch, nanoseconds into the day, and its form. */
export interface ParsedTimestamp {
  days: number;
  /** Nanoseconds after midnight UTC (negative or beyond a day when an offset moved it). */
  nanosOfDay: number;
  /** Digits after the decimal point (0 when none). */
  fractionDigits: number;
  /** Whether the text carried `Z` or an offset. */
  zoned: boolean;
}

/** `count` digits at `at` as a number, or -1 when one of them is not a digit. */
function digitsAt(bytes: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Parses the date part; returns its days since the epoch and where it ended, or undefined.
 * `result[0]` = days, `result[1]` = end offset.
 */
function parseDatePart(bytes: Uint8Array, start: number, end: number, result: Float64Array): boolean {
  let i = start;
  let sign = 1;
  if (bytes[i] === DASH || bytes[i] === PLUS) {
    sign = bytes[i] === DASH ? -1 : 1;
    i++;
  }
  const yearStart = i;
  while (i < end && bytes[i] >= ZERO && bytes[i] <= ZERO + 9) i++;
  const yearDigits = i - yearStart;
  if (yearDigits < 4 || yearDigits > 15 || (yearDigits > 4 && i - start === yearDigits)) return false;
  if (i + 6 > end || bytes[i] !== DASH || bytes[i + 3] !== DASH) return false;
  const year = sign * digitsAt(bytes, yearStart, yearDigits);
  const month = digitsAt(bytes, i + 1, 2);
  const day = digitsAt(bytes, i + 4, 2);
  if (!isCivilDate(year, month, day)) return false;
  result[0] = daysFromCivil(year, month, day);
  result[1] = i + 6;
  return true;
}

const scratch = new Float64Array(2);

/**
 * Parses `YYYY-MM-DD`.
 * @returns days since 1970-01-01, or undefined when the span is not exactly a valid date
 */
export function parseDateSpan(bytes: Uint8Array, start: number, end: number): number | undefined {
  if (end - start < 10 || !parseDatePart(bytes, start, end, scratch) || scratch[1] !== end) return undefined;
  return scratch[0];
}

/**
 * Parses an ISO-8601 timestamp (a date alone is not one).
 * @param out - receives the parsed parts
 * @returns whether the span is a valid timestamp
 */
export function parseTimestampSpan(bytes: Uint8Array, start: number, end: number, out: ParsedTimestamp): boolean {
  if (end - start < 16 || !parseDatePart(bytes, start, end, scratch)) return false;
  let i = scratch[1];
  const separator = bytes[i];
  if (separator !== 84 && separator !== 32) return false; // "T" or " "
  const hours = digitsAt(bytes, i + 1, 2);
  if (i + 6 > end || bytes[i + 3] !== COLON) return false;
  const minutes = digitsAt(bytes, i + 4, 2);
  i += 6;
  let seconds = 0;
  let fraction = 0;
  let fractionDigits = 0;
  if (i < end && bytes[i] === COLON) {
    seconds = digitsAt(bytes, i + 1, 2);
    if (i + 3 > end) return false;
    i += 3;
    if (i < end && bytes[i] === DOT) {
      const from = ++i;
      while (i < end && bytes[i] >= ZERO && bytes[i] <= ZERO + 9) i++;
      fractionDigits = i - from;
      if (fractionDigits === 0 || fractionDigits > 9) return false;
      fraction = digitsAt(bytes, from, fractionDigits) * 10 ** (9 - fractionDigits);
    }
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return false;
  let offsetMinutes = 0;
  let zoned = false;
  if (i < end) {
    zoned = true;
    if (bytes[i] === 90 && i + 1 === end) i++; // "Z"
    else if (bytes[i] === PLUS || bytes[i] === DASH) {
      const sign = bytes[i] === DASH ? -1 : 1;
      const oh = digitsAt(bytes, i + 1, 2);
      const colon = bytes[i + 3] === COLON ? 1 : 0;
      const om = digitsAt(bytes, i + 3 + colon, 2);
      if (oh < 0 || oh > 23 || om < 0 || om > 59 || i + 5 + colon !== end) return false;
      offsetMinutes = sign * (oh * 60 + om);
      i = end;
    } else return false;
  }
  out.days = scratch[0];
  out.nanosOfDay = ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1e9 + fraction;
  out.fractionDigits = fractionDigits;
  out.zoned = zoned;
  return true;
}
