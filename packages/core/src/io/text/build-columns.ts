/**
 * Arrow columns built straight from field spans into typed arrays, one builder per type: no row
 * objects, no JavaScript strings (a Utf8 column copies the field bytes as they are).
 */
import { type Data, type DataType, type Int, makeData, type Timestamp, TimeUnit, Type } from "apache-arrow";
import type { ColumnContext } from "./column-context.js";
import { IntResult, parseBoolSpan, parseFloatSpan, parseInt64 } from "./parse-number.js";
import { parseDateSpan, type ParsedTimestamp, parseTimestampSpan } from "./parse-temporal.js";
import { ESCAPED, NESTED, QUOTED } from "./spans.js";
import { ValidityBuilder } from "./validity-builder.js";

type Builder = (type: DataType, ctx: ColumnContext) => Data;

/**
 * Builds one column of a block.
 * @param type - the column's Arrow type (one {@link canBuild} accepts)
 * @param ctx - the block's bytes and spans, the column's slot, null and error rules
 * @returns the column, `ctx.spans.rows` long
 */
export function buildColumn(type: DataType, ctx: ColumnContext): Data {
  return builderFor(type)!(type, ctx);
}

/** Whether the text readers can produce a column of this type. */
export function canBuild(type: DataType): boolean {
  return builderFor(type) !== undefined;
}

function builderFor(type: DataType): Builder | undefined {
  switch (type.typeId) {
    case Type.Int:
      return (type as Int).bitWidth === 64 ? ((type as Int).isSigned ? buildInt64 : undefined) : buildSmallInt;
    case Type.Float:
      return (type as unknown as { precision: number }).precision === 0 ? undefined : buildFloat;
    case Type.Bool:
      return buildBool;
    case Type.Utf8:
      return buildUtf8;
    case Type.Date:
      return (type as unknown as { unit: number }).unit === 0 ? buildDateDay : undefined;
    case Type.Timestamp:
      return buildTimestamp;
    default:
      return undefined;
  }
}

/**
 * Runs `write` on each row's field that is not null, marking the others null; `write` returns
 * false when the field is not of the type, which reports it.
 */
function eachField(
  ctx: ColumnContext,
  expected: string,
  write: (row: number, start: number, end: number) => boolean,
  textual = false,
): ValidityBuilder {
  const { spans, slot, bytes } = ctx;
  const validity = new ValidityBuilder(spans.rows);
  // A JSON string never holds a number or boolean; dates and timestamps are written as strings.
  const quotedAllowed = textual || ctx.quotedNumbers;
  const { starts, ends, flags, width } = spans;
  for (let row = 0, i = slot; row < spans.rows; row++, i += width) {
    const start = starts[i];
    const end = ends[i];
    const flag = flags[i];
    if (ctx.isNull(bytes, start, end, flag)) validity.setNull(row);
    else if (((flag & QUOTED) !== 0 && !quotedAllowed) || (flag & NESTED) !== 0 || !write(row, start, end)) {
      ctx.bad(row, start, end, expected);
      validity.setNull(row);
    }
  }
  return validity;
}

function fixed(type: DataType, ctx: ColumnContext, values: ArrayBufferView, validity: ValidityBuilder): Data {
  return makeData({ type, length: ctx.spans.rows, nullCount: validity.nullCount, nullBitmap: validity.finish(), data: values } as never);
}

function buildInt64(type: DataType, ctx: ColumnContext): Data {
  const values = new BigInt64Array(ctx.spans.rows);
  const words = new Int32Array(values.buffer);
  const validity = eachField(ctx, "a 64-bit integer", (row, s, e) => parseInt64(ctx.bytes, s, e, words, row) === IntResult.Ok);
  return fixed(type, ctx, values, validity);
}

const SMALL_INTS = {
  8: [Int8Array, Uint8Array],
  16: [Int16Array, Uint16Array],
  32: [Int32Array, Uint32Array],
} as const;
const TWO_32 = 4294967296;

function buildSmallInt(type: DataType, ctx: ColumnContext): Data {
  const { bitWidth, isSigned } = type as Int;
  const Array_ = SMALL_INTS[bitWidth as 8 | 16 | 32][isSigned ? 0 : 1];
  const values = new Array_(ctx.spans.rows);
  const min = isSigned ? -(2 ** (bitWidth - 1)) : 0;
  const max = isSigned ? 2 ** (bitWidth - 1) - 1 : 2 ** bitWidth - 1;
  const words = new Int32Array(2);
  const expected = `an integer in [${min}, ${max}] (${type})`;
  const validity = eachField(ctx, expected, (row, s, e) => {
    if (parseInt64(ctx.bytes, s, e, words, 0) !== IntResult.Ok) return false;
    const value = words[1] * TWO_32 + (words[0] >>> 0);
    if (value < min || value > max) return false;
    values[row] = value;
    return true;
  });
  return fixed(type, ctx, values, validity);
}

function buildFloat(type: DataType, ctx: ColumnContext): Data {
  const precision = (type as unknown as { precision: number }).precision;
  const values = precision === 1 ? new Float32Array(ctx.spans.rows) : new Float64Array(ctx.spans.rows);
  const validity = eachField(ctx, "a number", (row, s, e) => {
    const value = parseFloatSpan(ctx.bytes, s, e);
    if (value === undefined) return false;
    values[row] = value;
    return true;
  });
  return fixed(type, ctx, values, validity);
}

function buildBool(type: DataType, ctx: ColumnContext): Data {
  const values = new Uint8Array(Math.ceil(ctx.spans.rows / 8));
  const validity = eachField(ctx, "true or false", (row, s, e) => {
    const value = parseBoolSpan(ctx.bytes, s, e);
    if (value === 1) values[row >> 3] |= 1 << (row & 7);
    return value >= 0;
  });
  return fixed(type, ctx, values, validity);
}

function buildDateDay(type: DataType, ctx: ColumnContext): Data {
  const values = new Int32Array(ctx.spans.rows);
  const validity = eachField(ctx, "a date YYYY-MM-DD", (row, s, e) => {
    const days = parseDateSpan(ctx.bytes, s, e);
    if (days === undefined || days !== (days | 0)) return false;
    values[row] = days;
    return true;
  }, true);
  return fixed(type, ctx, values, validity);
}

const UNITS_PER_DAY = { [TimeUnit.SECOND]: 86_400, [TimeUnit.MILLISECOND]: 86_400_000, [TimeUnit.MICROSECOND]: 86_400_000_000, [TimeUnit.NANOSECOND]: 86_400_000_000_000 };
const NANOS_PER = { [TimeUnit.SECOND]: 1e9, [TimeUnit.MILLISECOND]: 1e6, [TimeUnit.MICROSECOND]: 1e3, [TimeUnit.NANOSECOND]: 1 };

function buildTimestamp(type: DataType, ctx: ColumnContext): Data {
  const unit = (type as Timestamp).unit;
  const perDay = UNITS_PER_DAY[unit];
  const nanosPer = NANOS_PER[unit];
  const values = new BigInt64Array(ctx.spans.rows);
  const words = new Int32Array(values.buffer);
  const parsed: ParsedTimestamp = { days: 0, nanosOfDay: 0, fractionDigits: 0, zoned: false };
  const validity = eachField(ctx, "an ISO-8601 timestamp", (row, s, e) => {
    if (!parseTimestampSpan(ctx.bytes, s, e, parsed)) {
      const days = parseDateSpan(ctx.bytes, s, e);
      if (days === undefined) return false;
      parsed.days = days;
      parsed.nanosOfDay = 0;
    }
    writeUnits(words, row, parsed.days, Math.floor(parsed.nanosOfDay / nanosPer), perDay);
    return true;
  }, true);
  return fixed(type, ctx, values, validity);
}

/** Writes `days * perDay + within` exactly as a 64-bit integer, through BigInt only beyond 2^53. */
function writeUnits(words: Int32Array, row: number, days: number, within: number, perDay: number): void {
  const value = days * perDay + within;
  if (Math.abs(value) < 2 ** 53 && Math.abs(days * perDay) < 2 ** 53) {
    const high = Math.floor(value / TWO_32);
    words[2 * row] = value - high * TWO_32;
    words[2 * row + 1] = high;
    return;
  }
  const big = BigInt.asIntN(64, BigInt(days) * BigInt(perDay) + BigInt(within));
  words[2 * row] = Number(big & 0xffffffffn);
  words[2 * row + 1] = Number(big >> 32n);
}

function buildUtf8(type: DataType, ctx: ColumnContext): Data {
  const { spans, slot, bytes } = ctx;
  const { starts, ends, flags, width } = spans;
  const rows = spans.rows;
  const offsets = new Int32Array(rows + 1);
  let total = 0;
  for (let row = 0, i = slot; row < rows; row++, i += width) {
    if (!ctx.isNullText(bytes, starts[i], ends[i], flags[i])) total += ends[i] - starts[i];
  }
  const data = new Uint8Array(total);
  const validity = new ValidityBuilder(rows);
  let at = 0;
  for (let row = 0, i = slot; row < rows; row++, i += width) {
    const start = starts[i];
    const end = ends[i];
    const flag = flags[i];
    if (ctx.isNullText(bytes, start, end, flag)) validity.setNull(row);
    else if ((flag & ESCAPED) !== 0) at += ctx.unescape(bytes, start, end, data, at);
    else if (end - start < 16) for (let j = start; j < end; j++) data[at++] = bytes[j];
    else {
      data.set(bytes.subarray(start, end), at);
      at += end - start;
    }
    offsets[row + 1] = at;
  }
  const bitmap = validity.finish();
  return makeData({ type, length: rows, nullCount: validity.nullCount, nullBitmap: bitmap, valueOffsets: offsets, data: data.subarray(0, at) } as never);
}
