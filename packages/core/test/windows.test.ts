// The pinned rules of windows and everyday expressions, as table tests: each row is checked on
// the collected, streamed (one row per batch) and eager paths, which must agree.
import { type DataType, DateDay, makeData, makeVector, Table, TimestampMicrosecond } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, type DataFrame, type Expr, fromArrow, fromColumns, rowNumber, when } from "../src/index.js";
import { toPlainValues } from "../src/testing/index.js";

const x = [3, 1, NaN, 1, null, 0, -1];
const g = ["a", "b", "a", "b", "a", null, "a"];
const frame = fromColumns({ g, x });

/** A one-column frame of a temporal type from its stored ticks. */
function ticks(name: string, type: DataType, values: Int32Array | BigInt64Array): DataFrame {
  return fromArrow(new Table({ [name]: makeVector(makeData({ type, length: values.length, data: values } as never)) }));
}

/** The column an expression gives, on every path. */
async function values(expr: Expr, df: DataFrame = frame): Promise<unknown[]> {
  const lf = df.lazy().select(expr.alias("out"));
  const collected = toPlainValues((await lf.collect()).table.getChild("out")!);
  const streamed: unknown[] = [];
  for await (const batch of df.lazy().select(expr.alias("out")).stream()) streamed.push(...toPlainValues(batch.getChild("out")!));
  expect(streamed).toEqual(collected);
  expect(toPlainValues(df.select(expr.alias("out")).table.getChild("out")!)).toEqual(collected);
  return collected;
}

describe("running and rolling windows", () => {
  it.each([
    ["cumSum keeps null rows null and NaN propagates", col("x").cumSum(), [3, 4, NaN, NaN, null, NaN, NaN]],
    ["cumCount counts the values so far", col("x").cumCount(), [1n, 2n, 3n, 4n, 4n, 5n, 6n]],
    ["cumMin", col("x").cumMin(), [3, 1, NaN, NaN, null, NaN, NaN]],
    ["cumArgmin: once a NaN is seen, the first NaN", col("x").cumArgmin(), [0n, 1n, 2n, 2n, 2n, 2n, 2n]],
    ["cumArgmax: ties keep the first", fromColumns({ x: [1, 2, 2, null, 2] }).lazy().select(col("x").cumArgmax()), [0n, 1n, 1n, 1n, 1n]],
    ["shift(1)", col("x").shift(1), [null, 3, 1, NaN, 1, null, 0]],
    ["shift(-2) reads ahead", col("x").shift(-2), [NaN, 1, null, 0, -1, null, null]],
    ["diff", col("x").diff(), [null, -2, NaN, NaN, null, null, -1]],
    ["rowNumber", rowNumber(), [0n, 1n, 2n, 3n, 4n, 5n, 6n]],
    ["rollingArgmin: windows with too few values are null", col("x").rollingArgmin(2), [null, 1n, 2n, 2n, null, null, 6n]],
    ["rollingArgmin with minPeriods 1: nulls skipped", col("x").rollingArgmin(3, { minPeriods: 1 }), [0n, 1n, 2n, 2n, 2n, 5n, 6n]],
    ["rollingMax", col("x").rollingMax(2, { minPeriods: 1 }), [3, 3, NaN, NaN, 1, 0, 0]],
    ["rollingSum is exact", fromColumns({ x: [0.1, 0.2, 0.3, -0, -0] }).lazy().select(col("x").rollingSum(2)), [null, 0.30000000000000004, 0.5, 0.3, -0]],
    ["rollingMean", col("x").rollingMean(2), [null, 2, NaN, NaN, null, null, -0.5]],
  ] as [string, Expr | { collect: unknown }, unknown[]][])("%s", async (_, expr, expected) => {
    if (expr instanceof Object && "collect" in expr) {
      const lf = expr as unknown as ReturnType<DataFrame["lazy"]>;
      expect(toPlainValues((await lf.collect()).table.getChildAt(0)!)).toEqual(expected);
    } else expect(await values(expr as Expr)).toEqual(expected);
  });

  it("rolling windows are exact across batch boundaries", async () => {
    const n = 1000;
    const data = Array.from({ length: n }, (_, i) => ((i * 7919) % 101) - 50);
    const df = fromColumns({ x: data });
    const expected = data.map((_, i) => {
      if (i < 9) return null;
      const window = data.slice(i - 9, i + 1);
      return BigInt(i - 9 + window.indexOf(Math.min(...window)));
    });
    expect(await values(col("x").rollingArgmin(10), df)).toEqual(expected);
  });
});

describe("over", () => {
  it("an aggregate is broadcast with its position in the partition; nulls form a partition", async () => {
    expect(await values(col("x").argmin().over("g"))).toEqual([1n, 0n, 1n, 0n, 1n, 0n, 1n]);
    expect(await values(col("x").sum().over("g"))).toEqual([NaN, 2, NaN, 2, NaN, 0, NaN]);
  });

  it("window functions restart in each partition and count positions from its start", async () => {
    expect(await values(rowNumber().over("g"))).toEqual([0n, 0n, 1n, 1n, 2n, 0n, 3n]);
    expect(await values(col("x").cumArgmax().over("g"))).toEqual([0n, 0n, 1n, 0n, 1n, 0n, 1n]);
    expect(await values(col("x").shift(1).over("g"))).toEqual([null, null, 3, 1, NaN, null, null]);
  });
});

describe("rank", () => {
  const df = fromColumns({ x: [2, NaN, 1, 2, null, 3] });
  it.each([
    ["average", [2.5, 5, 1, 2.5, null, 4]],
    ["ordinal", [2n, 5n, 1n, 3n, null, 4n]],
    ["min", [2n, 5n, 1n, 2n, null, 4n]],
    ["max", [3n, 5n, 1n, 3n, null, 4n]],
    ["dense", [2n, 4n, 1n, 2n, null, 3n]],
  ] as const)("%s: NaN ranks above numbers, nulls get no rank", async (method, expected) => {
    expect(await values(col("x").rank({ method }), df)).toEqual(expected);
  });

  it("descending ranks the largest (NaN) first", async () => {
    expect(await values(col("x").rank({ method: "ordinal", descending: true }), df)).toEqual([3n, 1n, 5n, 4n, null, 2n]);
  });
});

describe("windows go where every row is at hand", () => {
  it("filter, sort and groupBy reject windows with advice", () => {
    expect(() => frame.lazy().filter(col("x").cumSum().gt(0))).toThrow(/add it as a column with withColumns first/);
    expect(() => frame.lazy().sort(col("x").rank())).toThrow(/withColumns/);
    expect(() => frame.lazy().groupBy("g").agg(col("x").cumSum().sum())).toThrow(/withColumns/);
  });

  it("a filter above a window stays above it", async () => {
    const lf = frame.lazy().withColumns(col("x").cumCount().alias("c")).filter(col("g").eq("a"));
    expect(lf.explain()).toMatch(/FILTER[^\n]*\n\s+WITH_COLUMNS/);
    expect(toPlainValues((await lf.collect()).table.getChild("c")!)).toEqual([1n, 3n, 4n, 6n]);
  });
});

describe("everyday expressions", () => {
  const s = fromColumns({ s: ["Hello, wörld", null, " 😀x ", "a-b-c", "2024-02-29"] });
  it.each([
    ["when chains: first true branch; null predicates count as false", when(col("x").gt(1)).then(1).when(col("x").lt(0)).then(-1).otherwise(0), [1, 0, 0, 0, 0, 0, -1]],
    ["then without otherwise gives null", when(col("x").gt(1)).then(col("x")), [3, null, null, null, null, null, null]],
    ["isIn: NaN matches NaN, null stays null", col("x").isIn([1, NaN, null]), [false, true, true, true, null, false, false]],
    ["isBetween, closed on the left", col("x").isBetween(0, 3, { closed: "left" }), [false, true, false, true, null, true, false]],
    ["fillNan", col("x").fillNan(-9), [3, 1, -9, 1, null, 0, -1]],
  ] as const)("%s", async (_, expr, expected) => {
    expect(await values(expr)).toEqual(expected);
  });

  it.each([
    ["lenBytes counts UTF-8 bytes", col("s").str.lenBytes(), [13n, null, 7n, 5n, 10n]],
    ["lenChars counts code points", col("s").str.lenChars(), [12n, null, 4n, 5n, 10n]],
    ["contains a literal", col("s").str.contains("."), [false, null, false, false, false]],
    ["contains a RegExp", col("s").str.contains(/^h/i), [true, null, false, false, false]],
    ["upper", col("s").str.upper(), ["HELLO, WÖRLD", null, " 😀X ", "A-B-C", "2024-02-29"]],
    ["strip", col("s").str.strip(), ["Hello, wörld", null, "😀x", "a-b-c", "2024-02-29"]],
    ["slice by characters, negative from the end", col("s").str.slice(-3, 2), ["rl", null, "😀x", "b-", "-2"]],
    ["replace the first, literally", col("s").str.replace("-", "$&"), ["Hello, wörld", null, " 😀x ", "a$&b-c", "2024$&02-29"]],
    ["replaceAll with a RegExp", col("s").str.replaceAll(/[a-c]/, "_"), ["Hello, wörld", null, " 😀x ", "_-_-_", "2024-02-29"]],
    ["split().get()", col("s").str.split("-").get(-1), ["Hello, wörld", null, " 😀x ", "c", "29"]],
    ["startsWith", col("s").str.startsWith("a"), [false, null, false, true, false]],
  ] as const)("%s", async (_, expr, expected) => {
    expect(await values(expr, s)).toEqual(expected);
  });

  it("toDate parses a format; what does not match is null", async () => {
    const days = await values(col("s").str.toDate("%Y-%m-%d"), s);
    // Plain values of dates are nanoseconds since the epoch.
    expect(days).toEqual([null, null, null, null, BigInt(Date.UTC(2024, 1, 29)) * 1_000_000n]);
    const df = fromColumns({ s: ["2024-02-30", "1969-12-31 23:59:59.5", "x"] });
    expect(await values(col("s").str.toDate("%Y-%m-%d"), df)).toEqual([null, null, null]);
    expect(await values(col("s").str.toDatetime("%Y-%m-%d %H:%M:%S.%f"), df)).toEqual([null, -500_000_000n, null]);
  });

  it("errors name the column, its type and what is accepted", () => {
    expect(() => frame.lazy().select(col("x").str.upper())).toThrow(/str.upper is not defined for column "x" of type Float64 \(it needs a Utf8 column\)/);
    expect(() => frame.lazy().select(col("g").dt.year())).toThrow(/dt.year is not defined for column "g" of type Utf8/);
    expect(() => col("x").rollingMin(0)).toThrow(/window size of at least 1/);
    expect(() => col("x").rollingMin(3, { minPeriods: 4 })).toThrow(/minPeriods from 1 to the window size 3/);
  });
});

describe("dates and durations", () => {
  // Instants around the epoch, leap days and far years, checked against JavaScript's own calendar.
  const micros = [0n, -1n, 951_782_400_000_000n, -62_135_596_800_000_001n, 4_102_444_799_999_999n, 1_709_164_800_123_456n];
  it("fields and truncation agree with JavaScript's UTC calendar", async () => {
    const frameT = ticks("t", new TimestampMicrosecond(), BigInt64Array.from(micros));
    const dates = micros.map((m) => new Date(Number(m / 1000n - (m % 1000n < 0n ? 1n : 0n))));
    const field = async (e: Expr) => toPlainValues((await frameT.lazy().select(e.alias("o")).collect()).table.getChild("o")!);
    expect(await field(col("t").dt.year())).toEqual(dates.map((d) => d.getUTCFullYear()));
    expect(await field(col("t").dt.month())).toEqual(dates.map((d) => d.getUTCMonth() + 1));
    expect(await field(col("t").dt.day())).toEqual(dates.map((d) => d.getUTCDate()));
    expect(await field(col("t").dt.hour())).toEqual(dates.map((d) => d.getUTCHours()));
    expect(await field(col("t").dt.second())).toEqual(dates.map((d) => d.getUTCSeconds()));
    expect(await field(col("t").dt.weekday())).toEqual(dates.map((d) => ((d.getUTCDay() + 6) % 7) + 1));
    // Date.UTC reads years 0–99 as 1900–1999, so starts of years and months are set on a copy instead.
    const startOf = (d: Date, month: number | null) => {
      const s = new Date(d.getTime());
      s.setUTCMonth(month ?? d.getUTCMonth(), 1);
      s.setUTCHours(0, 0, 0, 0);
      return s.getTime();
    };
    const midnight = (d: Date) => d.getTime() - (((d.getTime() % 86_400_000) + 86_400_000) % 86_400_000);
    expect(await field(col("t").dt.ordinal())).toEqual(dates.map((d) => (midnight(d) - startOf(d, 0)) / 86_400_000 + 1));
    expect(await field(col("t").dt.epoch("s"))).toEqual(dates.map((d) => BigInt(Math.floor(d.getTime() / 1000))));
    expect(await field(col("t").dt.truncate("month").dt.epoch("ms"))).toEqual(dates.map((d) => BigInt(startOf(d, null))));
  });

  it("subtracting dates gives a Duration in milliseconds", async () => {
    const a = ticks("a", new DateDay(), Int32Array.from([0, 365])).table.getChild("a")!;
    const days = fromArrow(new Table({ a, b: ticks("b", new DateDay(), Int32Array.from([1, 0])).table.getChild("b")! }));
    const lf = days.lazy().select(col("a").sub(col("b")).alias("d"));
    expect(String(lf.schema.fields[0].type)).toBe("Duration<MILLISECOND>");
    const d = (await lf.collect()).table.getChild("d")!;
    expect([...(d.data[0].values as BigInt64Array)]).toEqual([-86_400_000n, 31_536_000_000n]);
  });
});
