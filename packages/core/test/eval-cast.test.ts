import {
  Bool, type Data, type DataType, DateDay, Dictionary, Field, Float16, Float32, Float64, Int16, Int32, Int64, Int8, LargeUtf8, List,
  makeData, makeVector, Null, RecordBatch, Schema, Struct, Uint32, Uint64, Uint8, Utf8,
} from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateScalar } from "../src/exec/eval/index.js";
import { col, lit } from "../src/expr/index.js";
import { decodeFloat16 } from "../src/kernels/float16.js";
import { encodeFloat16 } from "../src/exec/eval/numbers.js";
import { slicedColumn } from "./sliced-column.js";

type Value = number | bigint | string | boolean | null;

/** A column sliced 3 rows into its buffers, with `garbage` under its nulls. */
function column(type: DataType, values: readonly Value[], garbageValue?: Value): Data {
  return slicedColumn(type, values, { garbage: garbageValue ?? (type instanceof Int64 || type instanceof Uint64 ? 0n : 0), pad: 3 });
}

function cast(type: DataType, values: readonly Value[], to: DataType, garbage?: Value): unknown[] {
  const data = column(type, values, garbage);
  const field = new Field("x", type, true);
  const batch = new RecordBatch(new Schema([field]), makeData({ type: new Struct([field]), length: data.length, nullCount: 0, children: [data] }));
  const out = evaluateScalar(col("x").cast(to), batch);
  expect(String(out.type)).toBe(String(to));
  return [...makeVector(out)];
}

const B53 = 2n ** 53n;

describe("numeric casts", () => {
  it.each([
    ["Int32 → Float64", new Int32(), [1, null, -3], new Float64(), [1, null, -3]],
    ["Float64 → Int32 truncates toward zero", new Float64(), [1.9, -1.9, null, -0], new Int32(), [1, -1, null, 0]],
    ["Int64 → Int32 in range", new Int64(), [5n, null, -(2n ** 31n)], new Int32(), [5, null, -(2 ** 31)]],
    ["Int32 → Int64", new Int32(), [5, null, -1], new Int64(), [5n, null, -1n]],
    ["Int64 → Float64 rounds", new Int64(), [B53 + 1n, null], new Float64(), [2 ** 53, null]],
    ["UInt64 → Int64 in range", new Uint64(), [2n ** 63n - 1n, 0n], new Int64(), [2n ** 63n - 1n, 0n]],
    ["Float64 → Float32 rounds", new Float64(), [0.1, null], new Float32(), [Math.fround(0.1), null]],
    ["Float64 → Float16 rounds to nearest", new Float64(), [1 / 3, 70000, null], new Float16(), [decodeFloat16(0x3555), Infinity, null]],
    ["Float16 → Int8", new Float16(), [-2.5, null, 100], new Int8(), [-2, null, 100]],
    ["UInt8 → Int8 in range", new Uint8(), [127, null, 0], new Int8(), [127, null, 0]],
    ["Float64 → UInt64 beyond 2^53", new Float64(), [2 ** 60, null], new Uint64(), [2n ** 60n, null]],
  ])("%s", (_, from, values, to, expected) => {
    expect(cast(from, values, to)).toEqual(expected);
  });

  it.each([
    ["out of range", new Int32(), [1, 300], new Int8(), /row 1: 300 does not fit/],
    ["negative to unsigned", new Int64(), [-1n], new Uint32(), /-1 does not fit/],
    ["NaN to an integer", new Float64(), [NaN], new Int32(), /NaN does not fit/],
    ["Infinity to Int64", new Float64(), [Infinity], new Int64(), /Infinity does not fit/],
    ["2^63 to Int64", new Float64(), [2 ** 63], new Int64(), /does not fit/],
  ])("strict: %s throws a RangeError naming the value", (_, from, values, to, message) => {
    expect(() => cast(from, values, to)).toThrow(RangeError);
    expect(() => cast(from, values, to)).toThrow(message);
  });

  it("a constant that does not fit fails on every row it stands for, and on no rows does not fail", () => {
    const rows = (n: number) => {
      const data = column(new Int32(), Array.from({ length: n }, (_, i) => i));
      const field = new Field("x", new Int32(), true);
      return new RecordBatch(new Schema([field]), makeData({ type: new Struct([field]), length: n, nullCount: 0, children: [data] }));
    };
    const failing = lit(-Infinity).fillNull(col("x")).cast(new Int32());
    expect(() => evaluateScalar(failing, rows(2))).toThrow(/-Infinity does not fit/);
    const none = evaluateScalar(failing, rows(0));
    expect([String(none.type), none.length]).toEqual(["Int32", 0]);
  });

  it("garbage under nulls is never checked", () => {
    expect(cast(new Int32(), [null, 1], new Int8(), 100_000)).toEqual([null, 1]);
    expect(cast(new Float64(), [null], new Int32(), NaN)).toEqual([null]);
    expect(cast(new Utf8(), [null, "7"], new Int16(), "garbage")).toEqual([null, 7]);
  });

  it("Float16 encoding is the nearest half for every half (round trip)", () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const x = decodeFloat16(bits);
      if (x === x) expect(encodeFloat16(x)).toBe(bits);
    }
  });

  it("Float16 encoding picks the nearest half, ties to the even one", () => {
    fc.assert(
      fc.property(fc.double({ min: -65504, max: 65504, noNaN: true }), (x) => {
        const bits = encodeFloat16(x);
        const magnitude = bits & 0x7fff;
        const sign = bits & 0x8000;
        const distance = (m: number) => Math.abs(decodeFloat16(sign | m) - x);
        for (const neighbour of [magnitude - 1, magnitude + 1].filter((m) => m >= 0 && m < 0x7c00)) {
          expect(distance(magnitude)).toBeLessThanOrEqual(distance(neighbour));
          if (distance(magnitude) === distance(neighbour)) expect(magnitude % 2).toBe(0);
        }
      }),
    );
  });
});

describe("Bool casts", () => {
  it("Bool → integers and floats are 0 and 1", () => {
    expect(cast(new Bool(), [true, false, null], new Int8())).toEqual([1, 0, null]);
    expect(cast(new Bool(), [true, null], new Int64(), true)).toEqual([1n, null]);
    expect(cast(new Bool(), [true, false], new Float16())).toEqual([1, 0]);
  });

  it("numbers → Bool is true unless zero (NaN is true)", () => {
    expect(cast(new Float64(), [0, -0, NaN, 2, null], new Bool())).toEqual([false, false, true, true, null]);
    expect(cast(new Int64(), [0n, B53 + 1n], new Bool())).toEqual([false, true]);
  });
});

describe("string casts", () => {
  it("numbers print as JavaScript prints them, each float with its own shortest digits", () => {
    expect(cast(new Int64(), [B53 + 1n, -5n, null], new Utf8())).toEqual(["9007199254740993", "-5", null]);
    expect(cast(new Float64(), [0.1, -0, NaN, -Infinity, 1e21], new Utf8())).toEqual(["0.1", "-0", "NaN", "-Infinity", "1e+21"]);
    expect(cast(new Float32(), [0.1, 1 / 3], new Utf8())).toEqual(["0.1", "0.33333334"]);
    expect(cast(new Float16(), [0.1], new Utf8())).toEqual(["0.1"]);
    expect(cast(new Bool(), [true, false, null], new LargeUtf8())).toEqual(["true", "false", null]);
  });

  it("strings parse strictly", () => {
    expect(cast(new Utf8(), [" 42 ", "-7", "+3", null], new Int8())).toEqual([42, -7, 3, null]);
    expect(cast(new Utf8(), ["9007199254740993"], new Int64())).toEqual([B53 + 1n]);
    expect(cast(new Utf8(), ["1.5", ".5e1", "-inf", "NaN", "Infinity", "1e+21"], new Float64())).toEqual([1.5, 5, -Infinity, NaN, Infinity, 1e21]);
    expect(cast(new Utf8(), ["TRUE", "false"], new Bool())).toEqual([true, false]);
  });

  it.each([
    ["an integer with a fraction", new Int32(), "1.5", /"1.5" is not an integer/],
    ["an empty string", new Float64(), "", /"" is not a number/],
    ["hex", new Float64(), "0x10", /is not a number/],
    ["yes", new Bool(), "yes", /is not true or false/],
    ["out of range", new Int8(), "128", /does not fit/],
  ])("rejects %s with a RangeError", (_, to, text, message) => {
    expect(() => cast(new Utf8(), [text], to)).toThrow(message);
  });

  it("round-trips every float through its text", () => {
    fc.assert(
      fc.property(fc.array(fc.double()), (values) => {
        const text = cast(new Float64(), values, new Utf8()) as string[];
        const back = cast(new Utf8(), text, new Float64());
        expect(back).toEqual(values);
      }),
    );
  });
});

describe("other casts", () => {
  it("Null → any type is all null", () => {
    const batch = new RecordBatch(new Schema([]), makeData({ type: new Struct([]), length: 2, nullCount: 0, children: [] }));
    expect([...makeVector(evaluateScalar(lit(null).cast(new Utf8()), batch))]).toEqual([null, null]);
    expect([...makeVector(evaluateScalar(lit(null).cast(new List(new Field("i", new Int32()))), batch))]).toEqual([null, null]);
  });

  it("a dictionary decodes to its values and casts on", () => {
    const type = new Dictionary(new Utf8(), new Int32());
    expect(cast(type, ["1", null, "22"], new Utf8(), "1")).toEqual(["1", null, "22"]);
    expect(cast(type, ["1", null, "22"], new Int32(), "1")).toEqual([1, null, 22]);
  });

  it("a cast to the same type is the input itself", () => {
    expect(cast(new Int32(), [1, null], new Int32())).toEqual([1, null]);
  });

  it.each([
    [new Utf8(), new DateDay()],
    [new DateDay(), new Int32()],
    [new Int32(), new List(new Field("i", new Int32()))],
    [new Null(), new Null()],
  ])("unsupported: %s → %s is a TypeError naming the expression and both types", (from, to) => {
    if (from instanceof Null) {
      expect(cast(new Int32(), [null], new Int32())).toEqual([null]);
      return;
    }
    expect(() => cast(from, [], to)).toThrow(TypeError);
    expect(() => cast(from, [], to)).toThrow(`cannot cast column "x" from ${String(from)} to ${String(to)}`);
  });
});
