/**
 * Column types inferred from a sample of field spans, the Polars way: every integer column is
 * Int64, a mix of integers and decimals (or NaN/inf) is Float64, `true`/`false` is Bool, ISO dates
 * are Date32 and ISO timestamps Timestamp (milliseconds when no value has more than three
 * fractional digits, else microseconds, else nanoseconds; zoned values give time zone "UTC"); a
 * column with no value at all, or values of mixed kinds, is Utf8.
 */
import { Bool, DateDay, type DataType, Float64, Int64, TimestampMicrosecond, TimestampMillisecond, TimestampNanosecond, Utf8 } from "apache-arrow";
import type { ColumnContext } from "./column-context.js";
import { IntResult, parseBoolSpan, parseFloatSpan, parseInt64 } from "./parse-number.js";
import { parseDateSpan, type ParsedTimestamp, parseTimestampSpan } from "./parse-temporal.js";
import { NESTED, QUOTED } from "./spans.js";

const INT = 1;
const FLOAT = 2;
const BOOL = 4;
const DATE = 8;
const NAIVE = 16;
const ZONED = 32;
const ALL = INT | FLOAT | BOOL | DATE | NAIVE | ZONED;

/**
 * The type of the column in `ctx.slot`, from the sample's rows.
 * @param ctx - the sample's spans and null rules (its `bad` is not called)
 * @returns the inferred Arrow type
 */
export function inferColumnType(ctx: ColumnContext): DataType {
  const { spans, slot, bytes } = ctx;
  const { starts, ends, flags, width } = spans;
  const words = new Int32Array(2);
  const parsed: ParsedTimestamp = { days: 0, nanosOfDay: 0, fractionDigits: 0, zoned: false };
  let possible = ALL;
  let seen = false;
  let fraction = 0;
  for (let row = 0, i = slot; row < spans.rows && possible !== 0; row++, i += width) {
    const start = starts[i];
    const end = ends[i];
    const flag = flags[i];
    if (ctx.isNull(bytes, start, end, flag)) continue;
    seen = true;
    if ((flag & NESTED) !== 0) {
      possible = 0;
      break;
    }
    const text = (flag & QUOTED) !== 0 && !ctx.quotedNumbers;
    let here = 0;
    if (!text) {
      if (parseInt64(bytes, start, end, words, 0) === IntResult.Ok) here |= INT;
      if (parseFloatSpan(bytes, start, end) !== undefined) here |= FLOAT;
      if (parseBoolSpan(bytes, start, end) >= 0) here |= BOOL;
    }
    if (text || ctx.quotedNumbers) {
      if (parseDateSpan(bytes, start, end) !== undefined) here |= DATE | NAIVE;
      else if (parseTimestampSpan(bytes, start, end, parsed)) {
        here |= parsed.zoned ? ZONED : NAIVE;
        if (parsed.fractionDigits > fraction) fraction = parsed.fractionDigits;
      }
    }
    possible &= here;
  }
  if (!seen || possible === 0) return new Utf8();
  if (possible & BOOL) return new Bool();
  if (possible & INT) return new Int64();
  if (possible & FLOAT) return new Float64();
  if (possible & DATE) return new DateDay();
  const timezone = possible & NAIVE ? null : "UTC";
  if (fraction <= 3) return new TimestampMillisecond(timezone);
  return fraction <= 6 ? new TimestampMicrosecond(timezone) : new TimestampNanosecond(timezone);
}
