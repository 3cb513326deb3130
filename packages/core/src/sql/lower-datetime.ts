import { type DataType, Type } from "apache-arrow";
import type { SqlDialect } from "./dialect.js";
import { SqlLoweringError } from "./errors.js";

/** Microseconds per unit of `dt.epoch` (nanoseconds are microseconds times 1000). */
const MICROS: Readonly<Record<string, bigint>> = { d: 86_400_000_000n, s: 1_000_000n, ms: 1_000n, us: 1n };

/**
 * A date or time function (`dt.…`) with the engine's meaning, on the proleptic Gregorian
 * calendar: civil fields as Int32, ISO weekdays (Monday 1), `truncate` to the start of its unit
 * (weeks start on Monday) in the input's type, `epoch` rounded toward negative infinity as Int64
 * (computed exactly; a count past Int64 fails the query).
 * @param name - the function
 * @param x - SQL of the date or timestamp
 * @param type - its type (Date32 or a microsecond Timestamp without a time zone)
 * @param unit - the literal unit of `truncate` and `epoch`
 * @param d - the dialect
 * @returns SQL text
 * @throws SqlLoweringError for what is not lowered
 */
export function lowerDateTime(name: string, x: string, type: DataType, unit: string | undefined, d: SqlDialect): string {
  const int = (sql: string) => `CAST(${sql} AS INT)`;
  switch (name) {
    case "dt.year": return int(`year(${x})`);
    case "dt.month": return int(`month(${x})`);
    case "dt.day": return int(`dayofmonth(${x})`);
    case "dt.weekday": return int(d.isoWeekday(x));
    case "dt.ordinal": return int(`dayofyear(${x})`);
    case "dt.hour": return int(`hour(${x})`);
    case "dt.minute": return int(`minute(${x})`);
    case "dt.second": return int(`second(${x})`);
    case "dt.truncate": return `CAST(date_trunc(${d.string(unit!)}, ${x}) AS ${d.typeName(type)})`;
    case "dt.epoch": return epoch(x, type, unit!, d);
  }
  throw new SqlLoweringError(`${name} has no SQL lowering yet`);
}

/** The time since 1970-01-01 in a unit, floored, exactly: in the wide integer type, then narrowed strictly. */
function epoch(x: string, type: DataType, unit: string, d: SqlDialect): string {
  const wide = d.wideInteger;
  const [ticks, perTick] = type.typeId === Type.Date ? [d.epochDays(x), MICROS.d] : [d.epochMicros(x), 1n];
  const micros = `(CAST(${ticks} AS ${wide}) * ${perTick})`;
  if (unit === "ns") return `CAST(${micros} * 1000 AS BIGINT)`;
  const k = MICROS[unit];
  if (k === undefined) throw new SqlLoweringError(`dt.epoch of unit ${JSON.stringify(unit)} has no SQL lowering`);
  if (k === 1n) return `CAST(${micros} AS BIGINT)`;
  // (m - floormod(m, k)) is a multiple of k, so any integer division of it is exact.
  const floorMod = `(((${micros} % ${k}) + ${k}) % ${k})`;
  return `CAST(${d.exactDivide(`(${micros} - ${floorMod})`, String(k))} AS BIGINT)`;
}
