// Casts between strings and numbers or Bool, and the date and time functions, on DuckDB: random
// columns of number-like text (signs, white space JavaScript's trim removes, exponents, NaN and
// Infinity in any case, overflowing integers, text that is no number) and of dates and
// timestamps (before 1970, leap days, far years, a microsecond before the epoch), each cast or
// function run by the engine and, through the SQL lowering, by DuckDB on several threads: the
// same cells, or a failure on a value on both sides.
import { type Expr, col, fromArrow, type LazyFrame } from "@quiver/core";
import { Bool, DateDay, Float64, Int32, Int64, makeData, makeVector, type DataType, Table, TimestampMicrosecond, Utf8, vectorFromArray } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareOnDuckDb } from "./duckdb-compare.js";

const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 4));

const space = fc.constantFrom("", "", "", " ", "\t", "\n", "\u00a0", "\u3000", "\ufeff");
const sign = fc.constantFrom("", "", "-", "+");
const integerText = fc.tuple(space, sign, fc.constantFrom("", "", "0", "00"), fc.bigInt(0n, 2n ** 70n), space).map(([a, s, z, n, b]) => `${a}${s}${z}${n}${b}`);
const floatText = fc.tuple(space, fc.double(), fc.constantFrom("plain", "exponent", "fixed"), space).map(([a, x, form, b]) => {
  const text = form === "exponent" && Number.isFinite(x) ? x.toExponential() : form === "fixed" && Math.abs(x) < 1e20 ? x.toFixed(3) : String(x);
  return `${a}${text}${b}`;
});
const specialText = fc.tuple(sign, fc.constantFrom("nan", "NaN", "inf", "INF", "Infinity", "infinity", "iNfInItY", "5.", ".5", "1e400", "-1e-400", "2.5E+3")).map(([s, t]) => s + t);
const boolText = fc.tuple(space, fc.constantFrom("true", "false", "TRUE", "False", "tRuE"), space).map(([a, t, b]) => a + t + b);
const garbage = fc.constantFrom("", "abc", "1.5.2", "0x10", "1_000", "1e", "e5", ".", "+", "--1", "1 2", "\u0661\u0662", "5\u0085", "ｔrue", "truee", "nana", "infinit");

const TEXT = { int32: integerText, int64: integerText, float64: fc.oneof(floatText, specialText, integerText), bool: boolText } as const;
const TARGETS: Record<keyof typeof TEXT, DataType> = { int32: new Int32(), int64: new Int64(), float64: new Float64(), bool: new Bool() };

/** A column of text meant for one target, with nulls and, rarely, text of no number. */
const textColumn = (target: keyof typeof TEXT) =>
  fc.array(fc.oneof({ weight: 12, arbitrary: TEXT[target] }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: garbage }), { maxLength: 12 });

const DAY_EDGES = [0, -1, 1, -719528, 11016, -25508, 10956, 10957, 2932896, -3000000];
const MICRO_EDGES = [0n, -1n, 1n, 86_399_999_999n, -86_400_000_000n, 951_782_400_000_000n, -62_135_596_800_000_001n, 253_402_300_799_999_999n];
const days = fc.oneof(fc.constantFrom(...DAY_EDGES), fc.integer({ min: -36_500_000, max: 36_500_000 }), fc.integer({ min: -40_000, max: 40_000 }));
const micros = fc.oneof(fc.constantFrom(...MICRO_EDGES), fc.bigInt(-(2n ** 62n), 2n ** 62n), fc.bigInt(-(10n ** 16n), 10n ** 16n));

/** A Date32 or microsecond Timestamp column, with nulls. */
function timeColumn(values: readonly (number | bigint | null)[], type: DataType) {
  const nulls = values.some((v) => v === null);
  const bitmap = Uint8Array.from({ length: (values.length + 7) >> 3 }, (_, byte) =>
    values.slice(byte * 8, byte * 8 + 8).reduce<number>((bits, v, i) => (v === null ? bits : bits | (1 << i)), 0));
  const data = type.typeId === new DateDay().typeId ? Int32Array.from(values, (v) => Number(v ?? 0)) : BigInt64Array.from(values, (v) => BigInt(v ?? 0n));
  return makeVector(makeData({ type, length: values.length, data, ...(nulls ? { nullBitmap: bitmap, nullCount: values.filter((v) => v === null).length } : {}) } as never));
}

const DATE_FUNCTIONS = ["year", "month", "day", "weekday", "ordinal"] as const;
const TIME_FUNCTIONS = ["hour", "minute", "second"] as const;
const TRUNCATE_UNITS = ["year", "month", "week", "day", "hour", "minute", "second"] as const;
const EPOCH_UNITS = ["d", "s", "ms", "us", "ns"] as const;

/** A date or time function of a column. */
const arbDateCall = (timestamp: boolean): fc.Arbitrary<(x: Expr) => Expr> =>
  fc.oneof(
    fc.constantFrom(...DATE_FUNCTIONS, ...(timestamp ? TIME_FUNCTIONS : [])).map((name) => (x: Expr) => x.dt[name]()),
    fc.constantFrom(...TRUNCATE_UNITS).map((unit) => (x: Expr) => x.dt.truncate(unit)),
    fc.constantFrom(...EPOCH_UNITS).map((unit) => (x: Expr) => x.dt.epoch(unit)),
  );

const arbCase = fc.oneof(
  fc.constantFrom(...(Object.keys(TEXT) as (keyof typeof TEXT)[])).chain((target) =>
    textColumn(target).map((cells) => ({ what: `cast to ${target}`, table: new Table({ s: vectorFromArray(cells, new Utf8()) }), query: (lf: LazyFrame) => lf.select(col("s"), col("s").cast(TARGETS[target]).alias("v")) })),
  ),
  fc.tuple(fc.constantFrom("int32", "int64", "bool"), fc.array(fc.option(fc.oneof(fc.integer(), fc.boolean(), fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n))), { maxLength: 12 })).map(([kind, raw]) => {
    const type = kind === "int32" ? new Int32() : kind === "int64" ? new Int64() : new Bool();
    const cells = raw.map((v) => (v === null ? null : kind === "bool" ? Boolean(v) : kind === "int64" ? BigInt.asIntN(64, BigInt(v)) : Number(BigInt.asIntN(32, BigInt(v)))));
    return { what: `${kind} to string`, table: new Table({ x: vectorFromArray(cells, type) }), query: (lf: LazyFrame) => lf.select(col("x").cast(new Utf8()).alias("v")) };
  }),
  fc.tuple(fc.boolean(), fc.array(fc.option(fc.integer()), { maxLength: 12 }), arbDateCall(false), arbDateCall(true)).chain(([timestamp, _, dateCall, timeCall]) =>
    fc.array(fc.option<number | bigint>(timestamp ? micros : days, { freq: 6 }), { maxLength: 12 }).map((values) => ({
      what: `date function of a ${timestamp ? "timestamp" : "date"}`,
      table: new Table({ t: timeColumn(values, timestamp ? new TimestampMicrosecond() : new DateDay()) }),
      query: (lf: LazyFrame) => lf.select(col("t"), (timestamp ? timeCall : dateCall)(col("t")).alias("v")),
    })),
  ),
);

describe("casts between strings and numbers, and date functions, give the same answer on DuckDB", () => {
  it(`${RUNS} queries: same cells, or a failure on a value on both sides`, async () => {
    const tally = { compared: 0, failedEither: 0, notLowered: 0 };
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ what, table, query }) => {
        const lf = query(fromArrow(table).lazy());
        await compareOnDuckDb(lf, `${what}: ${JSON.stringify(table.toArray(), (_, v) => (typeof v === "bigint" ? `${v}n` : v))}`, tally);
      }),
      { numRuns: RUNS },
    );
    console.log(`DuckDB casts and dates differential: ${JSON.stringify(tally)}`);
    expect(tally.notLowered).toBe(0);
    expect(tally.compared).toBeGreaterThan(RUNS * 0.6);
  });
});
