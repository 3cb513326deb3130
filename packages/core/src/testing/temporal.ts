import fc from "fast-check";
import {
  DateDay, DateMillisecond, DurationMicrosecond, DurationMillisecond, DurationNanosecond, DurationSecond,
  TimeMicrosecond, TimeMillisecond, TimeNanosecond, TimeSecond,
  TimestampMicrosecond, TimestampMillisecond, TimestampNanosecond, TimestampSecond, type DataType,
} from "apache-arrow";
import { fixedEncoder } from "./encode";
import { boundedInts, wideInts } from "./integers";
import type { Rng } from "./random";
import { defineSpec, type KindSpec } from "./spec";
import type { TypeKind } from "./types";

/** Nanoseconds per unit, indexed like arrow's TimeUnit (SECOND, MILLISECOND, MICROSECOND, NANOSECOND). */
export const NANOS_PER_UNIT: readonly bigint[] = [1_000_000_000n, 1_000_000n, 1_000n, 1n];

/** Nanoseconds per day. */
export const NANOS_PER_DAY = 86_400_000_000_000n;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const TIMEZONES = [null, "UTC", "+05:30", "America/New_York", "Asia/Tokyo"];

// 0001-01-01 and 9999-12-31 as days since the epoch, and the day before the epoch.
const days = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(-719_162, 2_932_896, -1) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000 }) },
  { weight: 3, arbitrary: boundedInts(INT32_MIN, INT32_MAX) },
);

function int32Garbage(rng: Rng): number {
  return rng.chance(0.5) ? rng.pick([INT32_MIN, -1]) : rng.uint32() | 0;
}

function int64Garbage(rng: Rng): bigint {
  return rng.chance(0.5) ? rng.pick([-(2n ** 63n), -1n]) : BigInt.asIntN(64, rng.bits64());
}

const dateDaySpec = defineSpec<number>({
  kind: "dateDay",
  type: () => new DateDay(),
  value: days,
  garbage: int32Garbage,
  cell: (raw) => BigInt(raw) * NANOS_PER_DAY,
  encoder: (type) => fixedEncoder(type, { storage: Int32Array, width: 1 }),
});

// Arrow requires date64 values to be whole days, in milliseconds.
const dateMillisecondSpec = defineSpec<bigint>({
  kind: "dateMillisecond",
  type: () => new DateMillisecond(),
  value: days.map((d) => BigInt(d) * 86_400_000n),
  garbage: int64Garbage,
  cell: (raw) => raw * 1_000_000n,
  encoder: (type) => fixedEncoder(type, { storage: BigInt64Array, width: 1 }),
});

/** Times of day in [0, 1 day); 32-bit for seconds and milliseconds, 64-bit otherwise. */
function timeSpec(kind: TypeKind, make: () => DataType, unit: number): KindSpec<unknown> {
  const perDay = NANOS_PER_DAY / NANOS_PER_UNIT[unit];
  if (unit <= 1) {
    return defineSpec<number>({
      kind,
      type: make,
      value: boundedInts(0, Number(perDay) - 1),
      garbage: int32Garbage,
      cell: (raw) => BigInt(raw) * NANOS_PER_UNIT[unit],
      encoder: (type) => fixedEncoder(type, { storage: Int32Array, width: 1 }),
    });
  }
  const value = fc.oneof(
    fc.constantFrom(0n, 1n, perDay - 1n),
    fc.bigInt({ min: 0n, max: 3n }),
    fc.bigInt({ min: 0n, max: perDay - 1n }),
  );
  return defineSpec<bigint>({
    kind,
    type: make,
    value,
    garbage: int64Garbage,
    cell: (raw) => raw * NANOS_PER_UNIT[unit],
    encoder: (type) => fixedEncoder(type, { storage: BigInt64Array, width: 1 }),
  });
}

/** Signed 64-bit counts of a unit: the Int64 edge cases plus plausible instants around the epoch. */
function int64UnitSpec(kind: TypeKind, make: (rng: Rng) => DataType, unit: number): KindSpec<unknown> {
  const perSecond = 1_000_000_000n / NANOS_PER_UNIT[unit];
  const plausible = fc.bigInt({ min: -5_000_000_000n * perSecond, max: 5_000_000_000n * perSecond });
  return defineSpec<bigint>({
    kind,
    type: make,
    value: fc.oneof({ weight: 2, arbitrary: wideInts(true) }, { weight: 1, arbitrary: plausible }),
    garbage: int64Garbage,
    cell: (raw) => raw * NANOS_PER_UNIT[unit],
    encoder: (type) => fixedEncoder(type, { storage: BigInt64Array, width: 1 }),
  });
}

/** Specs of the date, time, timestamp and duration kinds; timestamps get a random time zone. */
export const TEMPORAL_SPECS: Partial<Record<TypeKind, KindSpec<unknown>>> = {
  dateDay: dateDaySpec,
  dateMillisecond: dateMillisecondSpec,
  timeSecond: timeSpec("timeSecond", () => new TimeSecond(), 0),
  timeMillisecond: timeSpec("timeMillisecond", () => new TimeMillisecond(), 1),
  timeMicrosecond: timeSpec("timeMicrosecond", () => new TimeMicrosecond(), 2),
  timeNanosecond: timeSpec("timeNanosecond", () => new TimeNanosecond(), 3),
  timestampSecond: int64UnitSpec("timestampSecond", (rng) => new TimestampSecond(rng.pick(TIMEZONES)), 0),
  timestampMillisecond: int64UnitSpec("timestampMillisecond", (rng) => new TimestampMillisecond(rng.pick(TIMEZONES)), 1),
  timestampMicrosecond: int64UnitSpec("timestampMicrosecond", (rng) => new TimestampMicrosecond(rng.pick(TIMEZONES)), 2),
  timestampNanosecond: int64UnitSpec("timestampNanosecond", (rng) => new TimestampNanosecond(rng.pick(TIMEZONES)), 3),
  durationSecond: int64UnitSpec("durationSecond", () => new DurationSecond(), 0),
  durationMillisecond: int64UnitSpec("durationMillisecond", () => new DurationMillisecond(), 1),
  durationMicrosecond: int64UnitSpec("durationMicrosecond", () => new DurationMicrosecond(), 2),
  durationNanosecond: int64UnitSpec("durationNanosecond", () => new DurationNanosecond(), 3),
};
