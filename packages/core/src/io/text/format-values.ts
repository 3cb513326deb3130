/**
 * Values written as text, column by column, reading the typed arrays directly: the writing half of
 * the CSV and NDJSON formats. Every text written here reads back to the same value and type.
 */
import { type Data, type Timestamp, TimeUnit, Type, Vector } from "apache-arrow";
import { isValidAt, validityOf } from "../../kernels/validity.js";
import { civilFromDays } from "../../types/civil-date.js";

/** How one column's values are written; null for a null slot. */
export type CellWriter = (row: number) => string | null;

/** How the target format spells what it has to. */
export interface TextSpelling {
  /** A string value as the format writes it (quoted and escaped as needed). */
  string(value: string): string;
  /** Non-finite floats: CSV writes `NaN`, `inf`, `-inf`; NDJSON `NaN`, `Infinity`, `-Infinity`. */
  readonly nan: string;
  readonly infinity: string;
  readonly negativeInfinity: string;
}

const UNITS_PER_SECOND = { [TimeUnit.SECOND]: 1n, [TimeUnit.MILLISECOND]: 1000n, [TimeUnit.MICROSECOND]: 1_000_000n, [TimeUnit.NANOSECOND]: 1_000_000_000n };
const FRACTION_DIGITS = { [TimeUnit.SECOND]: 0, [TimeUnit.MILLISECOND]: 3, [TimeUnit.MICROSECOND]: 6, [TimeUnit.NANOSECOND]: 9 };

/**
 * The writer of one column chunk.
 * @param data - the chunk
 * @param spelling - how the format writes strings and non-finite floats
 */
export function cellWriter(data: Data, spelling: TextSpelling): CellWriter {
  const validity = validityOf(data);
  const { offset } = data;
  const write = valueWriter(data, spelling);
  if (validity === null) return write;
  return (row) => (isValidAt(validity, offset, row) ? write(row) : null);
}

/**
 * Arrow JS slices fixed-width values and value offsets with the chunk, so they are indexed by row;
 * bitmaps (validity, Bool values) are not, so they are indexed by `offset + row`.
 */
function valueWriter(data: Data, spelling: TextSpelling): CellWriter {
  const { offset } = data;
  const values = data.values as ArrayLike<number | bigint> & { [i: number]: number | bigint };
  switch (data.type.typeId) {
    case Type.Int: {
      const ints = (data.type as unknown as { bitWidth: number }).bitWidth === 64 ? wideView(data) : values;
      return (row) => String(ints[row]);
    }
    case Type.Float:
      if ((data.type as unknown as { precision: number }).precision === 0) return fallback(data, spelling);
      return (row) => floatText(values[row] as number, spelling);
    case Type.Bool:
      return (row) => (((values[(offset + row) >> 3] as number) >> ((offset + row) & 7)) & 1 ? "true" : "false");
    case Type.Utf8: {
      const offsets = data.valueOffsets as Int32Array;
      const bytes = data.values as Uint8Array;
      const decoder = new TextDecoder();
      return (row) => spelling.string(decoder.decode(bytes.subarray(offsets[row], offsets[row + 1])));
    }
    case Type.Date:
      if ((data.type as unknown as { unit: number }).unit === 0) return (row) => spelling.string(dateText(values[row] as number));
      return dateMillis(wideView(data), spelling);
    case Type.Timestamp: {
      const { unit, timezone } = data.type as Timestamp;
      const zone = timezone ? "Z" : "";
      const wide = wideView(data);
      return (row) => spelling.string(timestampText(BigInt(wide[row]), unit) + zone);
    }
    default:
      return fallback(data, spelling);
  }
}

/**
 * The values of a 64-bit column as 64-bit integers, whether Arrow holds them so or as pairs of
 * 32-bit words (stride 2).
 */
function wideView(data: Data): BigInt64Array | BigUint64Array {
  const values = data.values as ArrayBufferView;
  const signed = (data.type as unknown as { isSigned?: boolean }).isSigned !== false;
  const View = signed ? BigInt64Array : BigUint64Array;
  return values instanceof View ? values : new View(values.buffer as ArrayBuffer, values.byteOffset, values.byteLength / 8);
}

function dateMillis(wide: BigInt64Array | BigUint64Array, spelling: TextSpelling): CellWriter {
  return (row) => {
    const ms = BigInt(wide[row]);
    const days = ms / 86_400_000n - (ms % 86_400_000n < 0n ? 1n : 0n);
    return spelling.string(dateText(Number(days)));
  };
}

/** Other types (dictionaries, decimals, times, nested) as Arrow's own text of each value. */
function fallback(data: Data, spelling: TextSpelling): CellWriter {
  const vector = new Vector([data]);
  return (row) => {
    const value = vector.get(row) as unknown;
    return typeof value === "number" ? floatText(value, spelling) : spelling.string(String(value));
  };
}

/**
 * A float as text that reads back as the same float, and as a float: integral values keep a
 * `.0` (`1.0`, `-0.0`) so a column of them is not read back as integers.
 */
export function floatText(value: number, spelling: TextSpelling): string {
  if (Number.isNaN(value)) return spelling.nan;
  if (value === Infinity) return spelling.infinity;
  if (value === -Infinity) return spelling.negativeInfinity;
  if (Object.is(value, -0)) return "-0.0";
  const text = String(value);
  return Number.isInteger(value) && !text.includes("e") ? `${text}.0` : text;
}

/** `YYYY-MM-DD` of days since 1970-01-01 (a sign and six digits outside years 0–9999). */
export function dateText(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${yearText(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function yearText(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? "-" : "+"}${pad(Math.abs(year), 6)}`;
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, "0");
}

/** `YYYY-MM-DDTHH:MM:SS` with as many fractional digits as the unit has. */
export function timestampText(value: bigint, unit: TimeUnit): string {
  const perSecond = UNITS_PER_SECOND[unit];
  const perDay = 86_400n * perSecond;
  let days = value / perDay;
  let within = value % perDay;
  if (within < 0n) {
    within += perDay;
    days -= 1n;
  }
  const seconds = Number(within / perSecond);
  const fraction = within % perSecond;
  const digits = FRACTION_DIGITS[unit];
  const time = `${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}`;
  return `${dateText(Number(days))}T${time}${digits === 0 ? "" : `.${String(fraction).padStart(digits, "0")}`}`;
}
