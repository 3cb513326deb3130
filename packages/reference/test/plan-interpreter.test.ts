// Pins the plan interpreter's rules (docs/semantics.md, "Lazy queries") on small hand-made frames.
import { describe, expect, it } from "vitest";
import { type Cell, exactFloatSum, type RefExpr, type RefFrame, type RefStep, runQuery, typeExpr, ValueError } from "../src/index.js";

const col = (name: string): RefExpr => ({ col: name });
const lit = (value: Cell & (null | number | bigint | boolean | string)): RefExpr => ({ lit: value });
const fn = (name: string, ...args: RefExpr[]): RefExpr => ({ fn: name, args } as RefExpr);
const as = (alias: string, input: RefExpr): RefExpr => ({ alias, input });

const frame: RefFrame = {
  names: ["k", "x", "s"],
  types: ["float64", "int32", "utf8"],
  rows: [
    [0, 3, "b"],
    [NaN, null, "a"],
    [-0, 1, null],
    [null, 1, "😀"],
    [NaN, 2 ** 31 - 1, "\uff5e"],
    [null, -4, "a"],
  ],
};

function run(...steps: RefStep[]): Cell[][] {
  return runQuery({ source: frame, steps }).rows.map((row) => [...row]);
}

function column(steps: RefStep[], c = 0): Cell[] {
  return run(...steps).map((row) => row[c]);
}

describe("row-wise functions", () => {
  it("integers wrap, mod by zero is null, div is floating point", () => {
    const rows = run({ select: [as("a", fn("add", col("x"), lit(1))), as("m", fn("mod", col("x"), lit(0))), as("d", fn("div", col("x"), lit(0)))] });
    expect(rows[4]).toEqual([-(2 ** 31), null, Infinity]);
    expect(rows[5]).toEqual([-3, null, -Infinity]);
    expect(rows[1]).toEqual([null, null, null]);
  });

  it("mod takes the dividend's sign and never gives an integer -0", () => {
    expect(column([{ select: [fn("mod", col("x"), lit(-2))] }])).toEqual([1, null, 1, 1, 1, 0]);
    expect(Object.is(column([{ select: [fn("mod", col("x"), lit(-2))] }])[5], 0)).toBe(true);
  });

  it("Kleene logic and null comparisons", () => {
    const isA = fn("eq", col("s"), lit("a"));
    expect(column([{ select: [fn("and", isA, lit(false))] }])).toEqual([false, false, false, false, false, false]);
    expect(column([{ select: [fn("or", isA, lit(true))] }])).toEqual([true, true, true, true, true, true]);
    expect(column([{ select: [fn("and", isA, lit(true))] }])).toEqual([false, true, null, false, false, true]);
  });

  it("NaN compares as IEEE: unequal to itself", () => {
    expect(column([{ select: [fn("eq", col("k"), col("k"))] }])).toEqual([true, false, true, null, false, null]);
    expect(column([{ select: [fn("neq", col("k"), col("k"))] }])).toEqual([false, true, false, null, true, null]);
  });

  it("strings compare by UTF-8 bytes", () => {
    expect(column([{ select: [fn("lt", col("s"), lit("😀"))] }])).toEqual([true, true, null, false, true, true]);
  });

  it("number literals adapt to the column they meet", () => {
    const schema = { names: ["x"], types: ["int32" as const] };
    expect(typeExpr(fn("add", col("x"), lit(1)), schema).type).toBe("int32");
    expect(typeExpr(fn("add", col("x"), lit(2 ** 40)), schema).type).toBe("int64");
    expect(typeExpr(fn("add", col("x"), lit(0.5)), schema).type).toBe("float64");
    expect(typeExpr(fn("add", lit(1), lit(2n)), schema).type).toBe("int64");
    expect(typeExpr(fn("div", col("x"), lit(2)), schema).type).toBe("float64");
  });
});

describe("aggregates", () => {
  it("positions count rows after a filter; min and max are the values at argmin and argmax", () => {
    const rows = run({ filter: fn("isNotNull", col("s")) }, { select: [fn("argmin", col("x")), as("m", fn("max", col("k"))), as("n", fn("argmin", col("s")))] });
    expect(rows).toEqual([[4n, NaN, 1n]]);
  });

  it("zero rows: null, except count", () => {
    const rows = run({ slice: { offset: 9, length: null } }, { select: [as("c", fn("count", col("x"))), as("s", fn("sum", col("x"))), as("f", fn("first", col("x")))] });
    expect(rows).toEqual([[0n, null, null]]);
  });

  it("first and last are the row's own value; get counts from the end when negative", () => {
    expect(run({ select: [as("f", fn("first", col("k"))), as("l", fn("last", col("k"))), as("g", fn("get", col("s"), lit(-2))), as("o", fn("get", col("s"), lit(6)))] })).toEqual([[0, null, "\uff5e", null]]);
  });

  it("get at an argmin is minBy", () => {
    expect(run({ select: [as("g", fn("get", col("s"), fn("argmax", col("x")))), as("m", fn("maxBy", col("s"), col("x")))] })).toEqual([["\uff5e", "\uff5e"]]);
  });

  it("nanargmin of NaN only fails", () => {
    expect(() => run({ filter: fn("isNaN", col("k")) }, { select: [fn("nanargmin", col("k"))] })).toThrow(ValueError);
  });

  it("float sums are exact and rounded once; -0 only from -0s", () => {
    expect(exactFloatSum([1e308, 1e308, -1e308])).toBe(1e308);
    expect(exactFloatSum([0.1, 0.2, -0.3])).toBe(2 ** -55);
    expect(Object.is(exactFloatSum([-0, -0]), -0)).toBe(true);
    expect(Object.is(exactFloatSum([-0, 0]), 0)).toBe(true);
    expect(exactFloatSum([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Infinity);
    expect(exactFloatSum([Infinity, -Infinity])).toBeNaN();
  });

  it("integer sums wrap to Int64; mean is the sum as a double over the count", () => {
    const big: RefFrame = { names: ["v"], types: ["int64"], rows: [[2n ** 63n - 1n], [1n], [null]] };
    expect(runQuery({ source: big, steps: [{ select: [as("s", fn("sum", col("v"))), as("m", fn("mean", col("v")))] }] }).rows).toEqual([[-(2n ** 63n), 2 ** 62]]);
  });
});

describe("steps", () => {
  it("groups in order of first appearance: one NaN key, one null key, -0 with 0; positions within the group", () => {
    const rows = run({ groupBy: [col("k")], agg: [as("i", fn("argmax", col("x"))), as("n", fn("count", col("s")))] });
    expect(rows).toEqual([[0, 0n, 1n], [NaN, 1n, 2n], [null, 0n, 2n]]);
  });

  it("sorts stably, NaN above every number, nulls last in both directions unless told", () => {
    const key = (descending: boolean, nullsLast: boolean): RefStep => ({ sort: [{ by: col("k"), descending, nullsLast }] });
    expect(column([key(false, true), { withRowIndex: "i" }], 2)).toEqual([3, 1, null, 2 ** 31 - 1, 1, -4]);
    expect(column([key(true, true)], 1)).toEqual([null, 2 ** 31 - 1, 3, 1, 1, -4]);
    expect(column([key(true, false)], 1)).toEqual([1, -4, null, 2 ** 31 - 1, 3, 1]);
  });

  it("withColumns replaces in place and appends; withRowIndex prepends Int64 positions", () => {
    const out = runQuery({ source: frame, steps: [{ withColumns: [as("y", lit(1)), as("x", fn("isNull", col("x")))] }, { withRowIndex: "i" }] });
    expect(out.names).toEqual(["i", "k", "x", "s", "y"]);
    expect(out.types).toEqual(["int64", "float64", "bool", "utf8", "int32"]);
    expect(out.rows[1]).toEqual([1n, NaN, true, "a", 1]);
  });

  it("strict casts fail on a value that does not fit, and on a constant even over no rows", () => {
    expect(() => run({ select: [{ cast: "int32", input: col("k") }] })).toThrow(RangeError);
    expect(column([{ filter: fn("isNotNull", col("k")) }, { select: [{ cast: "int32", input: col("x") }] }])).toEqual([3, null, 1, 2 ** 31 - 1]);
    expect(() => run({ slice: { offset: 0, length: 0 } }, { withColumns: [as("c", { cast: "int32", input: lit(Infinity) })] })).toThrow(RangeError);
  });

  it("rejects what the typing rules reject", () => {
    expect(() => run({ filter: col("x") })).toThrow(TypeError);
    expect(() => run({ select: [fn("sum", col("s"))] })).toThrow(TypeError);
    expect(() => run({ select: [fn("argmin", col("x")), col("x")] })).toThrow(TypeError);
    expect(() => run({ select: [fn("add", fn("sum", col("x")), col("x"))] })).toThrow(TypeError);
    expect(() => run({ select: [fn("get", col("x"), col("x"))] })).toThrow(TypeError);
  });
});
