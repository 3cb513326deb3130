import { describe, expect, it } from "vitest";
import { AxisError, type Cell, ValueError, refTableArgReduce } from "../src/index.js";

// Rows [6, 3, 8] and [5, 2, 9], given column by column.
const columns: Cell[][] = [
  [6, 5],
  [3, 2],
  [8, 9],
];

describe("refTableArgReduce", () => {
  it("reduces each column to a row position (axis 0)", () => {
    expect(refTableArgReduce(columns, { axis: 0 })).toEqual([1, 1, 0]);
    expect(refTableArgReduce(columns, { axis: 0, max: true })).toEqual([0, 0, 1]);
  });

  it("reduces each row to a column position (axis 1)", () => {
    expect(refTableArgReduce(columns, { axis: 1 })).toEqual([1, 1]);
    expect(refTableArgReduce(columns, { axis: 1, max: true })).toEqual([2, 2]);
  });

  it("reduces the row-major matrix to row * ncols + col (axis null, the default)", () => {
    expect(refTableArgReduce(columns)).toBe(4);
    expect(refTableArgReduce(columns, { axis: null })).toBe(4);
    expect(refTableArgReduce(columns, { axis: null, max: true })).toBe(5);
    expect(refTableArgReduce([[1, 0], [0, 1]])).toBe(1); // row 0 col 1, before row 1 col 0
  });

  it("applies the null, NaN and tie rules on every axis", () => {
    // Rows [null, null, null], [2, 2, 1] and [NaN, 1, null], given column by column.
    const t: Cell[][] = [
      [null, 2, NaN],
      [null, 2, 1],
      [null, 1, null],
    ];
    expect(refTableArgReduce(t, { axis: 0 })).toEqual([2, 2, 1]);
    expect(refTableArgReduce(t, { axis: 0, skipNaN: true })).toEqual([1, 2, 1]);
    expect(refTableArgReduce(t, { axis: 1 })).toEqual([null, 2, 0]);
    expect(refTableArgReduce(t, { axis: 1, max: true })).toEqual([null, 0, 0]);
    expect(refTableArgReduce(t, { axis: 1, skipNaN: true })).toEqual([null, 2, 1]);
    expect(refTableArgReduce(t, { axis: null })).toBe(6);
    expect(refTableArgReduce(t, { axis: null, skipNaN: true })).toBe(5);
  });

  it("throws All-NaN per slice and for the whole matrix under skipNaN", () => {
    // Rows [NaN, NaN] and [1, null].
    const t: Cell[][] = [[NaN, 1], [NaN, null]];
    expect(() => refTableArgReduce(t, { axis: 0, skipNaN: true })).toThrow("All-NaN");
    expect(() => refTableArgReduce(t, { axis: 1, skipNaN: true })).toThrow(ValueError);
    expect(refTableArgReduce(t, { axis: null, skipNaN: true })).toBe(2);
    expect(() => refTableArgReduce([[NaN], [null]], { skipNaN: true })).toThrow("All-NaN");
  });

  it("gives null for empty input (frame semantics)", () => {
    expect(refTableArgReduce([[], []], { axis: 0 })).toEqual([null, null]);
    expect(refTableArgReduce([[], []], { axis: 1 })).toEqual([]);
    expect(refTableArgReduce([[], []])).toBe(null);
    expect(refTableArgReduce([])).toBe(null);
    expect(refTableArgReduce([], { axis: 0 })).toEqual([]);
    expect(refTableArgReduce([], { axis: 1 })).toEqual([]);
    expect(refTableArgReduce([[null], [null]])).toBe(null);
  });

  it("compares strings by UTF-8 bytes across a row", () => {
    expect(refTableArgReduce([["😀"], ["\uff5e"]], { axis: 1 })).toEqual([1]);
  });

  it("checks the axis and the column lengths", () => {
    expect(refTableArgReduce(columns, { axis: -1 as 1 })).toEqual([1, 1]);
    expect(() => refTableArgReduce(columns, { axis: 2 as 1 })).toThrow(AxisError);
    expect(() => refTableArgReduce(columns, { axis: 0.5 as 0 })).toThrow(TypeError);
    expect(() => refTableArgReduce([[1, 2], [1]])).toThrow(/same length/);
  });
});
