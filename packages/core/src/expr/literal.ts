/**
 * Literal values: which JavaScript values `lit` accepts and the Arrow type each one gets. The type
 * depends on the value alone, so a literal's type is known before any schema is.
 */
import { Bool, type DataType, DateMillisecond, Float64, Int32, Int64, Null, Uint64, Utf8 } from "apache-arrow";

/** A literal as a node stores it: a Date is stored as its epoch milliseconds (Arrow's Date64). */
export type LiteralValue = null | number | bigint | boolean | string;

/** What `lit` accepts, and what builder methods wrap with `lit` when given a plain value. */
export type LiteralInput = LiteralValue | Date;

/** A literal's stored value and type. */
export interface LiteralParts {
  /** The value; a Date becomes its epoch milliseconds. */
  readonly value: LiteralValue;
  /** The Arrow type of the value. */
  readonly type: DataType;
  /**
   * Whether the type may adapt to the other operand: number and bigint literals do, as in Polars,
   * so `col("f32").mul(2)` stays Float32 and `col("i8").add(1)` stays Int8.
   */
  readonly dynamic: boolean;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * The stored value and Arrow type of a literal. Numbers that are integers in the Int32 range are
 * Int32, other safe integers Int64, any other number (fractions, -0, NaN, ±Infinity, huge values)
 * Float64; bigints are Int64, or UInt64 above the Int64 range; a Date is Arrow's Date64
 * (`DateMillisecond`), the type Arrow gives JavaScript Dates.
 * @param value - the JavaScript value
 * @returns its value, type and whether the type may adapt
 * @throws TypeError for values of other types, RangeError for an invalid Date or a bigint
 *   outside the 64-bit range
 * @example literalParts(1.5).type // Float64
 */
export function literalParts(value: LiteralInput): LiteralParts {
  if (value === null) return { value, type: new Null(), dynamic: false };
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RangeError("lit cannot hold an invalid Date");
    return { value: ms, type: new DateMillisecond(), dynamic: false };
  }
  switch (typeof value) {
    case "number":
      return { value, type: numberType(value), dynamic: true };
    case "bigint":
      if (value < INT64_MIN || value > UINT64_MAX) throw new RangeError(`lit(${value}n) does not fit in Int64 or UInt64`);
      return { value, type: value > INT64_MAX ? new Uint64() : new Int64(), dynamic: true };
    case "boolean":
      return { value, type: new Bool(), dynamic: false };
    case "string":
      return { value, type: new Utf8(), dynamic: false };
  }
  const shown = typeof value === "object" ? Object.prototype.toString.call(value) : typeof value;
  throw new TypeError(`lit cannot hold a value of type ${shown}; it takes a number, bigint, boolean, string, null or Date`);
}

function numberType(value: number): DataType {
  if (!Number.isInteger(value) || Object.is(value, -0)) return new Float64();
  if (value >= -(2 ** 31) && value < 2 ** 31) return new Int32();
  return Number.isSafeInteger(value) ? new Int64() : new Float64();
}
