import {
  Binary, Bool, type DataType, DateDay, DateMillisecond, Decimal, Dictionary, Float16, Float32, Float64,
  Int8, Int32, LargeUtf8, makeData, makeVector, TimestampMicrosecond, TimestampMillisecond, TimestampSecond, Utf8,
  Table, vectorFromArray, Vector,
} from "apache-arrow";
import { describe, expect, it } from "vitest";
import { ValueError } from "../src/errors.js";
import { argExtremeByRow, argExtremeFlat, argExtremeOfVector } from "../src/kernels/index.js";

const f64 = (xs: (number | null)[]) => vectorFromArray(xs, new Float64());
const argmin = (v: Vector) => argExtremeOfVector(v);
const argmax = (v: Vector) => argExtremeOfVector(v, { max: true });
const nanargmin = (v: Vector) => argExtremeOfVector(v, { skipNaN: true });
const nanargmax = (v: Vector) => argExtremeOfVector(v, { max: true, skipNaN: true });

describe("kernels pin every row of the argmin contract", () => {
  it.each([
    ["ties: first occurrence", f64([3, 3, 3, 3, 2, 2, 2, 2]), 4],
    ["NaN propagates: first NaN wins", f64([3, NaN, 1, NaN]), 1],
    ["NaN beats -Infinity", f64([-Infinity, NaN]), 1],
    ["nulls are skipped", f64([3, null, 1, null]), 2],
    ["all null gives null", f64([null, null]), null],
    ["nulls skipped before the NaN rule", f64([null, NaN, 1]), 1],
    ["-0 equals 0: first wins", f64([0, -0]), 0],
    ["infinities are ordinary", f64([Infinity, -Infinity, -Infinity, 1]), 1],
    ["booleans: false < true", vectorFromArray([true, false, false], new Bool()), 1],
    ["strings by UTF-8 bytes", vectorFromArray(["\uff5e", "😀"], new Utf8()), 0],
    ["Int64 exact beyond 2^53", makeVector(BigInt64Array.of(2n ** 53n + 1n, 2n ** 53n)), 1],
    ["empty gives null", f64([]), null],
  ])("argmin: %s", (_, vector, expected) => {
    expect(argmin(vector)).toBe(expected);
  });

  it.each([
    ["NaN skipped", f64([3, NaN, 1, NaN]), 2],
    ["a real skip: NaN then Infinity", f64([NaN, Infinity]), 1],
    ["nulls then NaN skipped", f64([null, NaN, 1]), 2],
    ["all null gives null", f64([null, null]), null],
  ])("nanargmin: %s", (_, vector, expected) => {
    expect(nanargmin(vector)).toBe(expected);
  });

  it("nanargmin and nanargmax throw on an all-NaN slice, with or without nulls", () => {
    for (const v of [f64([NaN]), f64([null, NaN, null])]) {
      expect(() => nanargmin(v)).toThrow(new ValueError("All-NaN slice encountered"));
      expect(() => nanargmax(v)).toThrow(ValueError);
    }
  });

  it.each([
    ["ties: first occurrence", f64([1, 5, 5, 2]), 1],
    ["NaN propagates", f64([Infinity, NaN, 1]), 1],
    ["-0 equals 0", f64([-0, 0]), 0],
    ["booleans", vectorFromArray([false, true, true], new Bool()), 1],
    ["UInt64 exact", makeVector(BigUint64Array.of(2n ** 64n - 2n, 2n ** 64n - 1n, 2n ** 64n - 1n)), 1],
    ["strings by code point", vectorFromArray(["😀", "\uff5e"], new Utf8()), 0],
  ])("argmax: %s", (_, vector, expected) => {
    expect(argmax(vector)).toBe(expected);
  });
});

describe("kernels order every Arrow type by value", () => {
  const cases: [string, Vector, number, number][] = [
    ["Int8", vectorFromArray([5, -128, 127, -128], new Int8()), 1, 2],
    ["Int64 signs and words", makeVector(BigInt64Array.of(-1n, -(2n ** 63n), 2n ** 32n, 2n ** 63n - 1n)), 1, 3],
    ["UInt64 high bit", makeVector(BigUint64Array.of(2n ** 63n, 1n, 2n ** 63n + 1n)), 1, 2],
    ["Float32", vectorFromArray([2.5, -1.5, 9], new Float32()), 1, 2],
    ["Float16", makeVector({ type: new Float16(), data: Uint16Array.of(0x3c00, 0xbc00, 0x7c00) }), 1, 2],
    ["LargeUtf8", vectorFromArray(["b", "", "ba"], new LargeUtf8()), 1, 2],
    ["Binary", vectorFromArray([Uint8Array.of(2), Uint8Array.of(1, 9), Uint8Array.of(2, 0)], new Binary()), 1, 2],
    ["Date32", vectorFromArray([new Date(0), new Date(-86400000), new Date(86400000)], new DateDay()), 1, 2],
    ["Date64", vectorFromArray([new Date(5), new Date(-5), new Date(9)], new DateMillisecond()), 1, 2],
    ["Timestamp", makeVector({ type: new TimestampSecond(), data: BigInt64Array.of(10n, -10n, 20n) }), 1, 2],
    ["Decimal128", decimals([5n, -(2n ** 70n), 2n ** 100n, -1n]), 1, 2],
  ];
  it.each(cases)("%s", (_, vector, min, max) => {
    expect([argmin(vector), argmax(vector)]).toEqual([min, max]);
  });

  it("dictionary strings compare by value, not by code", () => {
    const dictionary = vectorFromArray(["zebra", "apple", "mango", "apple"], new Utf8());
    const type = new Dictionary(new Utf8(), new Int32());
    const data = makeData({ type, data: Int32Array.of(0, 3, 2, 1), dictionary });
    const vector = new Vector([data]);
    expect([argmin(vector), argmax(vector)]).toEqual([1, 0]);
  });

  it("timestamps of different units compare by real time once normalised", () => {
    const seconds = makeVector({ type: new TimestampSecond(), data: BigInt64Array.of(2n, 1n) });
    const micros = makeVector({ type: new TimestampMicrosecond(), data: BigInt64Array.of(1_500_000n, 900_000n) });
    const table = new Table({ s: seconds, us: micros });
    // 1 s at row 1 of "s" is later than 0.9 s at row 1 of "us": flat index 1 * 2 + 1.
    expect(argExtremeFlat(table)).toBe(3);
    expect(argExtremeByRow(table)).toEqual([1, 1]);
    expect(argExtremeFlat(table, { max: true })).toBe(0);
  });

  it("timestamps in different time zones compare as instants (the zone is display metadata)", () => {
    const utc = makeVector({ type: new TimestampSecond("UTC"), data: BigInt64Array.of(100n, 50n) });
    const kolkata = makeVector({ type: new TimestampMillisecond("+05:30"), data: BigInt64Array.of(99_000n, 50_000n) });
    const table = new Table({ utc, kolkata });
    // Row 0: 99 s < 100 s, so column 1; row 1: 50 s twice, so the first column.
    expect(argExtremeByRow(table)).toEqual([1, 0]);
    expect(argExtremeFlat(table)).toBe(2);
  });
});

function decimals(values: bigint[]): Vector {
  const words = new Uint32Array(values.length * 4);
  values.forEach((v, i) => {
    for (let k = 0; k < 4; k++) words[i * 4 + k] = Number(BigInt.asUintN(32, v >> BigInt(32 * k)));
  });
  return makeVector({ type: new Decimal(0, 38, 128) as DataType, data: words } as never);
}
