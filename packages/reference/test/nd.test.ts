// NumPy-style reductions on nested arrays; expected values were checked against NumPy 2.4.
import { describe, expect, it } from "vitest";
import { AxisError, ValueError, refArgReduceNd } from "../src/index.js";

const a = [
  [6, 3, 8],
  [5, 2, 9],
];

const cube = [
  [[0, 1, 2, 3], [4, 5, 6, 0], [1, 2, 3, 4]],
  [[5, 6, 0, 1], [2, 3, 4, 5], [6, 0, 1, 2]],
];

describe("refArgReduceNd on a 2-D array", () => {
  it("follows NumPy's argmin examples", () => {
    expect(refArgReduceNd(a)).toBe(4);
    expect(refArgReduceNd(a, { axis: null })).toBe(4);
    expect(refArgReduceNd(a, { axis: 0 })).toEqual([1, 1, 0]);
    expect(refArgReduceNd(a, { axis: 1 })).toEqual([1, 1]);
    expect(refArgReduceNd(a, { axis: -1 })).toEqual([1, 1]);
    expect(refArgReduceNd(a, { axis: -2 })).toEqual([1, 1, 0]);
  });

  it("keeps reduced dimensions with keepdims", () => {
    expect(refArgReduceNd(a, { keepdims: true })).toEqual([[4]]);
    expect(refArgReduceNd(a, { axis: 0, keepdims: true })).toEqual([[1, 1, 0]]);
    expect(refArgReduceNd(a, { axis: 1, keepdims: true })).toEqual([[1], [1]]);
  });

  it("does argmax with the first tie", () => {
    expect(refArgReduceNd(a, { max: true })).toBe(5);
    expect(refArgReduceNd(a, { max: true, axis: 0 })).toEqual([0, 0, 1]);
    expect(refArgReduceNd([[1, 7, 7], [7, 7, 1]], { max: true, axis: 1 })).toEqual([1, 0]);
    expect(refArgReduceNd([[1, 7, 7], [7, 7, 1]], { max: true })).toBe(1);
  });

  it("gives null for all-null slices and skips nulls elsewhere", () => {
    expect(refArgReduceNd([[null, 2], [null, 1]], { axis: 0 })).toEqual([null, 1]);
    expect(refArgReduceNd([[null, 2], [null, 1]])).toBe(3);
    expect(refArgReduceNd([[null], [null]])).toBe(null);
  });
});

describe("refArgReduceNd on a 3-D array", () => {
  it("reduces flattened and along each axis", () => {
    expect(refArgReduceNd(cube)).toBe(0);
    expect(refArgReduceNd(cube, { axis: 0 })).toEqual([[0, 0, 1, 1], [1, 1, 1, 0], [0, 1, 1, 1]]);
    expect(refArgReduceNd(cube, { axis: 1 })).toEqual([[0, 0, 0, 1], [1, 2, 0, 0]]);
    expect(refArgReduceNd(cube, { axis: 2 })).toEqual([[0, 3, 0], [2, 0, 1]]);
    expect(refArgReduceNd(cube, { axis: -1 })).toEqual([[0, 3, 0], [2, 0, 1]]);
    expect(refArgReduceNd(cube, { axis: -3 })).toEqual(refArgReduceNd(cube, { axis: 0 }));
  });

  it("does argmax and keepdims", () => {
    expect(refArgReduceNd(cube, { max: true })).toBe(6);
    expect(refArgReduceNd(cube, { max: true, axis: 2 })).toEqual([[3, 2, 3], [1, 3, 0]]);
    expect(refArgReduceNd(cube, { max: true, axis: 1, keepdims: true })).toEqual([
      [[1, 1, 1, 2]],
      [[2, 0, 1, 1]],
    ]);
    expect(refArgReduceNd(cube, { keepdims: true })).toEqual([[[0]]]);
  });

  it("applies the NaN rules per slice", () => {
    const c = [[[1, NaN], [3, 2]], [[NaN, 0], [-1, Infinity]]];
    expect(refArgReduceNd(c)).toBe(1);
    expect(refArgReduceNd(c, { axis: 2 })).toEqual([[1, 1], [0, 0]]);
    expect(refArgReduceNd(c, { axis: 2, max: true })).toEqual([[1, 0], [0, 1]]);
    expect(refArgReduceNd(c, { skipNaN: true })).toBe(6);
    expect(refArgReduceNd(c, { skipNaN: true, max: true })).toBe(7);
    expect(refArgReduceNd(c, { skipNaN: true, axis: 0 })).toEqual([[0, 1], [1, 0]]);
    expect(refArgReduceNd(c, { skipNaN: true, max: true, axis: 1 })).toEqual([[1, 1], [1, 1]]);
  });

  it("throws All-NaN when any slice is all NaN under skipNaN", () => {
    const c = [[NaN, NaN], [1, 2]];
    expect(refArgReduceNd(c, { skipNaN: true, axis: 0 })).toEqual([1, 1]);
    expect(() => refArgReduceNd(c, { skipNaN: true, axis: 1 })).toThrow("All-NaN slice encountered");
    expect(() => refArgReduceNd([[NaN]], { skipNaN: true })).toThrow(ValueError);
  });
});

describe("refArgReduceNd axis checking", () => {
  it("throws AxisError for an axis out of range", () => {
    expect(() => refArgReduceNd(a, { axis: 2 })).toThrow(AxisError);
    expect(() => refArgReduceNd(a, { axis: 2 })).toThrow(
      "axis 2 is out of bounds for array of dimension 2",
    );
    expect(() => refArgReduceNd(a, { axis: -3 })).toThrow(
      "axis -3 is out of bounds for array of dimension 2",
    );
    expect(() => refArgReduceNd([1, 2], { axis: 1 })).toThrow(ValueError);
  });

  it("throws TypeError for a non-integer axis", () => {
    for (const axis of [1.5, "0", NaN, true, 1n, Infinity]) {
      expect(() => refArgReduceNd(a, { axis: axis as number })).toThrow(TypeError);
    }
  });

  it("treats a non-array as 0-d, like NumPy (axis 0 and -1 act on a length-1 view)", () => {
    expect(refArgReduceNd(5)).toBe(0);
    expect(refArgReduceNd(5, { keepdims: true })).toBe(0);
    expect(refArgReduceNd(5, { axis: 0 })).toBe(0);
    expect(refArgReduceNd(5, { axis: -1, keepdims: true })).toBe(0);
    expect(refArgReduceNd(null)).toBe(null);
    expect(() => refArgReduceNd(NaN, { axis: 0, skipNaN: true })).toThrow("All-NaN");
    expect(() => refArgReduceNd(5, { axis: 1 })).toThrow(
      "axis 1 is out of bounds for array of dimension 1",
    );
    expect(() => refArgReduceNd(5, { axis: 0.5 })).toThrow(TypeError);
  });

  it("rejects ragged arrays with NumPy's message", () => {
    expect(() => refArgReduceNd([[1, 2], [3]])).toThrow(ValueError);
    expect(() => refArgReduceNd([[1, 2], 3])).toThrow(
      "inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.",
    );
    expect(() => refArgReduceNd([[[1], [2]], [[1], [2, 3]]])).toThrow(
      "inhomogeneous shape after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part.",
    );
  });
});

describe("refArgReduceNd on empty arrays", () => {
  it("throws when reducing an axis of length 0, naming argmin or argmax as NumPy does", () => {
    const cases = [
      [{}, "argmin"],
      [{ max: true }, "argmax"],
      [{ skipNaN: true }, "argmin"],
      [{ skipNaN: true, max: true }, "argmax"],
    ] as const;
    for (const [options, name] of cases) {
      expect(() => refArgReduceNd([], options)).toThrow(`attempt to get ${name} of an empty sequence`);
    }
    expect(() => refArgReduceNd([[], []])).toThrow(ValueError);
    expect(() => refArgReduceNd([[], [], []], { axis: 1 })).toThrow("empty sequence");
    expect(() => refArgReduceNd([], { axis: 0, shape: [0, 3] })).toThrow("empty sequence");
    expect(() => refArgReduceNd([], { axis: 1, shape: [0, 0] })).toThrow("empty sequence");
  });

  it("gives an empty result when a non-empty axis of an empty array is reduced", () => {
    // shape (3, 0): axis 0 has length 3, the result has shape (0,)
    expect(refArgReduceNd([[], [], []], { axis: 0 })).toEqual([]);
    expect(refArgReduceNd([[], [], []], { axis: 0, keepdims: true })).toEqual([[]]);
    // shape (0, 3) cannot be written as nested arrays, so it is declared
    expect(refArgReduceNd([], { axis: 1, shape: [0, 3] })).toEqual([]);
    expect(refArgReduceNd([], { axis: -1, shape: [0, 3], keepdims: true })).toEqual([]);
    expect(refArgReduceNd([[], []], { axis: 2, shape: [2, 0, 3] })).toEqual([[], []]);
    expect(refArgReduceNd([[], []], { axis: 0, shape: [2, 0, 3], keepdims: true })).toEqual([[]]);
  });

  it("rejects a declared shape that disagrees with the array", () => {
    expect(() => refArgReduceNd([1, 2], { shape: [3] })).toThrow(/does not match/);
    expect(() => refArgReduceNd([[]], { shape: [0, 3] })).toThrow(/does not match/);
    expect(() => refArgReduceNd([], { shape: [-1] })).toThrow(/non-negative integers/);
    expect(refArgReduceNd(a, { shape: [2, 3], axis: 0 })).toEqual([1, 1, 0]);
  });
});
