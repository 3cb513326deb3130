/**
 * The date and time functions (`dt.*`) over Date and Timestamp columns without a time zone, and
 * the Duration of `sub` between two of them. Values are read as exact nanoseconds since the epoch
 * (bigint), split into a day count and the nanoseconds of that day by flooring division, so
 * instants before 1970 fall on the right day.
 */
import { type DataType, Type } from "apache-arrow";
import { nanosPerDateUnit, nanosPerTimeUnit } from "../../types/time-unit.js";
import { isValidRow } from "./bitmaps.js";
import { civilFromDays, daysFromCivil } from "../../types/civil-date.js";
import type { VariadicKernel } from "./horizontal.js";
import { outputRows, resultOf, strideOf } from "./operand.js";
import { ValueColumn } from "./value-column.js";

const NANOS_PER_DAY = 86_400_000_000_000n;
const NANOS: Record<string, bigint> = { d: NANOS_PER_DAY, s: 1_000_000_000n, ms: 1_000_000n, us: 1_000n, ns: 1n };
const TRUNCATE_NANOS: Record<string, bigint> = { hour: 3_600_000_000_000n, minute: 60_000_000_000n, second: 1_000_000_000n };

/** Nanoseconds per stored tick of a Date, Timestamp or Duration type. */
export function nanosPerTick(type: DataType): bigint {
  const unit = (type as unknown as { unit: number }).unit;
  return type.typeId === Type.Date ? nanosPerDateUnit(unit) : nanosPerTimeUnit(unit);
}

/** Flooring division of bigints. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b > a ? q - 1n : q;
}

/** A kernel mapping each non-null instant (in nanoseconds) to one output value. */
function perInstant(inputType: DataType, type: DataType, fn: (nanos: bigint) => number | bigint): VariadicKernel {
  const tick = nanosPerTick(inputType);
  return (operands, rows) => {
    const x = operands[0];
    const n = outputRows([x], rows);
    const values = x.data.values as ArrayLike<number | bigint>;
    const out = new ValueColumn(type, n);
    for (let i = 0; i < n; i++) if (isValidRow(x.data, i)) out.set(i, fn(BigInt(values[i]) * tick));
    return resultOf([x], out.finish());
  };
}

/** The civil fields of an instant. */
function fields(nanos: bigint): { days: number; year: number; month: number; day: number; ofDay: bigint } {
  const days = floorDiv(nanos, NANOS_PER_DAY);
  return { days: Number(days), ofDay: nanos - days * NANOS_PER_DAY, ...civilFromDays(Number(days)) };
}

/** An instant in nanoseconds as a value of the input type (ticks, as number or bigint). */
function toTicks(type: DataType, nanos: bigint): number | bigint {
  const ticks = floorDiv(nanos, nanosPerTick(type));
  return (type as unknown as { ArrayType: unknown }).ArrayType === BigInt64Array ? ticks : Number(ticks);
}

/** The start of the unit holding an instant, in nanoseconds. */
function truncateNanos(nanos: bigint, unit: string): bigint {
  const f = fields(nanos);
  const day = (d: number) => BigInt(d) * NANOS_PER_DAY;
  switch (unit) {
    case "year": return day(daysFromCivil(f.year, 1, 1));
    case "month": return day(daysFromCivil(f.year, f.month, 1));
    case "week": return day(f.days - ((((f.days + 3) % 7) + 7) % 7));
    case "day": return day(f.days);
    default: {
      const step = TRUNCATE_NANOS[unit];
      if (step === undefined) throw new RangeError(`dt.truncate takes "year", "month", "week", "day", "hour", "minute" or "second", got ${JSON.stringify(unit)}`);
      return floorDiv(nanos, step) * step;
    }
  }
}

/**
 * The kernel of a date or time function.
 * @param name - the function ("dt.…")
 * @param setting - its literal unit, for truncate and epoch
 * @param inputType - the Date or Timestamp type
 * @param type - the output type
 * @returns the kernel
 * @throws RangeError for an unknown unit
 */
export function dateKernel(name: string, setting: string | undefined, inputType: DataType, type: DataType): VariadicKernel {
  switch (name) {
    case "dt.year": return perInstant(inputType, type, (t) => fields(t).year);
    case "dt.month": return perInstant(inputType, type, (t) => fields(t).month);
    case "dt.day": return perInstant(inputType, type, (t) => fields(t).day);
    case "dt.weekday": return perInstant(inputType, type, (t) => ((((fields(t).days + 3) % 7) + 7) % 7) + 1);
    case "dt.ordinal": return perInstant(inputType, type, (t) => { const f = fields(t); return f.days - daysFromCivil(f.year, 1, 1) + 1; });
    case "dt.hour": return perInstant(inputType, type, (t) => Number(fields(t).ofDay / 3_600_000_000_000n));
    case "dt.minute": return perInstant(inputType, type, (t) => Number((fields(t).ofDay / 60_000_000_000n) % 60n));
    case "dt.second": return perInstant(inputType, type, (t) => Number((fields(t).ofDay / 1_000_000_000n) % 60n));
    case "dt.truncate":
      truncateNanos(0n, setting!);
      return perInstant(inputType, type, (t) => toTicks(type, truncateNanos(t, setting!)));
    case "dt.epoch": {
      const unit = NANOS[setting!];
      if (unit === undefined) throw new RangeError(`dt.epoch takes "d", "s", "ms", "us" or "ns", got ${JSON.stringify(setting)}`);
      return perInstant(inputType, type, (t) => floorDiv(t, unit));
    }
    default:
      throw new TypeError(`${name} is not a date function`);
  }
}

/**
 * `sub` of two dates or timestamps: the Duration between them, in the output type's unit.
 * @param types - the two sides' types
 * @param type - the Duration type
 * @returns the kernel
 */
export function durationKernel(types: readonly DataType[], type: DataType): VariadicKernel {
  const [ta, tb] = types.map((t) => (t.typeId === Type.Null ? 1n : nanosPerTick(t)));
  const unit = nanosPerTick(type);
  return (operands, rows) => {
    const [a, b] = operands;
    const n = outputRows(operands, rows);
    const out = new ValueColumn(type, n);
    const va = a.data.values as ArrayLike<number | bigint>;
    const vb = b.data.values as ArrayLike<number | bigint>;
    for (let i = 0; i < n; i++) {
      const ia = i * strideOf(a);
      const ib = i * strideOf(b);
      if (isValidRow(a.data, ia) && isValidRow(b.data, ib)) out.set(i, (BigInt(va[ia]) * ta - BigInt(vb[ib]) * tb) / unit);
    }
    return resultOf(operands, out.finish());
  };
}

