import { DateUnit, TimeUnit } from "apache-arrow";

const NANOS_PER_TIME_UNIT: Record<TimeUnit, bigint> = {
  [TimeUnit.SECOND]: 1_000_000_000n,
  [TimeUnit.MILLISECOND]: 1_000_000n,
  [TimeUnit.MICROSECOND]: 1_000n,
  [TimeUnit.NANOSECOND]: 1n,
};

/** Nanoseconds in one tick of a time, timestamp or duration unit. */
export function nanosPerTimeUnit(unit: TimeUnit): bigint {
  return NANOS_PER_TIME_UNIT[unit];
}

/** Nanoseconds in one tick of a date unit (days for Date32, milliseconds for Date64). */
export function nanosPerDateUnit(unit: DateUnit): bigint {
  return unit === DateUnit.DAY ? 86_400_000_000_000n : 1_000_000n;
}
