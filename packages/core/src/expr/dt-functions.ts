/**
 * The date and time functions of an expression, `col("t").dt.…`, over Date and Timestamp columns
 * (without a time zone), computed on the proleptic Gregorian calendar.
 */
import type { MakeCall } from "./str-functions.js";

/** Units `dt.truncate` rounds down to ("week" starts on Monday). */
export type TruncateUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second";

/** Units `dt.epoch` counts in: days, seconds, milli-, micro-, nanoseconds. */
export type EpochUnit = "d" | "s" | "ms" | "us" | "ns";

/** The `dt` namespace of one expression. */
export class DateTimeFunctions<E> {
  /**
   * @param receiver - the date or timestamp expression
   * @param make - builds a call
   */
  constructor(private readonly receiver: E, private readonly make: MakeCall<E>) {}

  /** The year, as Int32. @returns an expression @example col("t").dt.year() */
  year(): E { return this.make("dt.year", undefined, this.receiver); }
  /** The month, 1 to 12. @returns an Int32 expression @example col("t").dt.month() */
  month(): E { return this.make("dt.month", undefined, this.receiver); }
  /** The day of the month, 1 to 31. @returns an Int32 expression @example col("t").dt.day() */
  day(): E { return this.make("dt.day", undefined, this.receiver); }
  /** The ISO weekday: 1 for Monday to 7 for Sunday. @returns an Int32 expression @example col("t").dt.weekday() */
  weekday(): E { return this.make("dt.weekday", undefined, this.receiver); }
  /** The day of the year, 1 to 366. @returns an Int32 expression @example col("t").dt.ordinal() */
  ordinal(): E { return this.make("dt.ordinal", undefined, this.receiver); }
  /** The hour of a timestamp, 0 to 23. @returns an Int32 expression @example col("t").dt.hour() */
  hour(): E { return this.make("dt.hour", undefined, this.receiver); }
  /** The minute of a timestamp, 0 to 59. @returns an Int32 expression @example col("t").dt.minute() */
  minute(): E { return this.make("dt.minute", undefined, this.receiver); }
  /** The second of a timestamp, 0 to 59. @returns an Int32 expression @example col("t").dt.second() */
  second(): E { return this.make("dt.second", undefined, this.receiver); }

  /**
   * Rounds each value down to the start of its unit, keeping the type.
   * @param unit - "year", "month", "week" (Monday), "day", "hour", "minute" or "second"
   * @returns an expression
   * @example col("t").dt.truncate("month")
   */
  truncate(unit: TruncateUnit): E { return this.make("dt.truncate", undefined, this.receiver, unit); }
  /**
   * The time since 1970-01-01 in a unit, rounded toward negative infinity, as Int64.
   * @param unit - "d", "s", "ms", "us" (the default, as Polars) or "ns"
   * @returns an expression
   * @example col("t").dt.epoch("s")
   */
  epoch(unit: EpochUnit = "us"): E { return this.make("dt.epoch", undefined, this.receiver, unit); }
}
