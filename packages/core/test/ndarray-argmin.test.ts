import { describe, expect, expectTypeOf, it } from "vitest";
import { argmax, argmin, nanargmax, nanargmin, NDArray, ndarray } from "../src/ndarray/index.js";

/** Narrows a result to the NDArray the input's form promises, checking that it is one. */
function nd(result: unknown): NDArray {
  expect(result).toBeInstanceOf(NDArray);
  return result as NDArray;
}

const SEED = [
  [6, 3, 8],
  [5, 2, 9],
];

// Shape (2, 3, 4); every expected value below was printed by NumPy 2.4.
const CUBE = [
  [
    [4, 1, 7, 1],
    [0, 9, 2, 5],
    [3, 3, 8, 0],
  ],
  [
    [6, 2, 2, 9],
    [5, 0, 4, 4],
    [1, 7, 0, 3],
  ],
];

describe("argmin on the seed example", () => {
  it("flattens in C order by default", () => {
    const flat = argmin(SEED);
    expectTypeOf(flat).toEqualTypeOf<number>();
    expect(flat).toBe(4);
    expect(argmin(SEED, { axis: null })).toBe(4);
  });

  it("reduces one axis", () => {
    expect(argmin(SEED, { axis: 0 })).toEqual([1, 1, 0]);
    expect(argmin(SEED, { axis: 1 })).toEqual([1, 1]);
    expect(argmin(SEED, { axis: -1 })).toEqual([1, 1]);
    expect(argmin(SEED, { axis: -2 })).toEqual([1, 1, 0]);
  });

  it("keeps reduced axes with length 1 under keepdims", () => {
    expect(argmin(SEED, { keepdims: true })).toEqual([[4]]);
    expect(argmin(SEED, { axis: 0, keepdims: true })).toEqual([[1, 1, 0]]);
    expect(argmin(SEED, { axis: 1, keepdims: true })).toEqual([[1], [1]]);
    expect(argmin(SEED, { keepdims: false })).toBe(4);
  });

  it("argmax mirrors it", () => {
    expect(argmax(SEED)).toBe(5);
    expect(argmax(SEED, { axis: 0 })).toEqual([0, 0, 1]);
    expect(argmax(SEED, { axis: 1 })).toEqual([2, 2]);
  });
});

describe("3-D arrays (values from NumPy)", () => {
  it("argmin along every axis", () => {
    expect(argmin(CUBE)).toBe(4);
    const axis0 = [
      [0, 0, 1, 0],
      [0, 1, 0, 1],
      [1, 0, 1, 0],
    ];
    const axis1 = [
      [1, 0, 1, 2],
      [2, 1, 2, 2],
    ];
    const axis2 = [
      [1, 0, 3],
      [1, 1, 2],
    ];
    expect(argmin(CUBE, { axis: 0 })).toEqual(axis0);
    expect(argmin(CUBE, { axis: 1 })).toEqual(axis1);
    expect(argmin(CUBE, { axis: 2 })).toEqual(axis2);
    expect(argmin(CUBE, { axis: -3 })).toEqual(axis0);
    expect(argmin(CUBE, { axis: -2 })).toEqual(axis1);
    expect(argmin(CUBE, { axis: -1 })).toEqual(axis2);
    expect(argmin(CUBE, { axis: 1, keepdims: true })).toEqual([[[1, 0, 1, 2]], [[2, 1, 2, 2]]]);
    expect(argmin(CUBE, { keepdims: true })).toEqual([[[4]]]);
  });

  it("argmax along every axis", () => {
    expect(argmax(CUBE)).toBe(5);
    expect(argmax(CUBE, { axis: 0 })).toEqual([
      [1, 1, 0, 1],
      [1, 0, 1, 0],
      [0, 1, 0, 1],
    ]);
    expect(argmax(CUBE, { axis: 1 })).toEqual([
      [0, 1, 2, 1],
      [0, 2, 1, 0],
    ]);
    expect(argmax(CUBE, { axis: 2 })).toEqual([
      [2, 1, 2],
      [3, 0, 1],
    ]);
  });

  it("NaN, ±0 and ±Infinity along every axis, all four functions", () => {
    const b = [
      [
        [NaN, 1],
        [2, -Infinity],
      ],
      [
        [0, -0],
        [Infinity, NaN],
      ],
      [
        [3, 3],
        [-Infinity, 5],
      ],
    ];
    const cases = [
      [argmin, 0, [[[0, 1], [2, 1]], [[0, 1], [0, 1], [1, 0]], [[0, 1], [0, 1], [0, 0]]]],
      [argmax, 0, [[[0, 2], [1, 1]], [[0, 0], [1, 1], [0, 1]], [[0, 0], [0, 1], [0, 1]]]],
      [nanargmin, 3, [[[1, 1], [2, 0]], [[1, 1], [0, 0], [1, 0]], [[1, 1], [0, 0], [0, 0]]]],
      [nanargmax, 6, [[[2, 2], [1, 2]], [[1, 0], [1, 0], [0, 1]], [[1, 0], [0, 0], [0, 1]]]],
    ] as const;
    for (const [fn, flat, byAxis] of cases) {
      expect(fn(b)).toBe(flat);
      byAxis.forEach((expected, axis) => expect(fn(b, { axis })).toEqual(expected));
      // The same through the typed-array loops (contiguous and interleaved slices).
      const typed = ndarray(new Float64Array(b.flat(2)), [3, 2, 2]);
      expect(fn(typed)).toBe(flat);
      byAxis.forEach((expected, axis) => expect(nd(fn(typed, { axis })).toArray()).toEqual(expected));
    }
  });
});

describe("the rules of the contract", () => {
  it("ties give the first occurrence", () => {
    expect(argmin([3, 3, 3, 3, 2, 2, 2, 2])).toBe(4);
    expect(argmax([3, 3, 3, 3, 2, 2, 2, 2])).toBe(0);
    expect(argmin([[1, 1], [1, 1]], { axis: 0 })).toEqual([0, 0]);
    expect(argmax(new Int32Array([7, 7, 7]))).toBe(0);
  });

  it("argmin/argmax: the first NaN wins, even against ±Infinity", () => {
    expect(argmin([3, NaN, 1, NaN])).toBe(1);
    expect(argmax([3, NaN, 1, NaN])).toBe(1);
    expect(argmin([-Infinity, NaN])).toBe(1);
    expect(argmax([Infinity, NaN])).toBe(1);
    expect(argmin([NaN, -Infinity])).toBe(0);
    expect(argmin(new Float32Array([1, NaN, NaN]))).toBe(1);
    expect(argmin(NaN)).toBe(0);
  });

  it("nanargmin/nanargmax skip NaN for real", () => {
    expect(nanargmin([3, NaN, 1, NaN])).toBe(2);
    expect(nanargmax([3, NaN, 1, NaN])).toBe(0);
    expect(nanargmin([NaN, Infinity])).toBe(1);
    expect(nanargmax([NaN, -Infinity])).toBe(1);
    expect(nanargmin(new Float64Array([NaN, NaN, 5, 4]))).toBe(3);
    expect(nanargmin([[NaN, 4], [2, NaN]], { axis: 0 })).toEqual([1, 0]);
    expect(nanargmin([[NaN, 4], [2, NaN]], { axis: 1 })).toEqual([1, 0]);
  });

  it("-0 equals 0, so the first wins", () => {
    expect(argmin([0, -0])).toBe(0);
    expect(argmin([-0, 0])).toBe(0);
    expect(argmax([0, -0])).toBe(0);
    expect(argmin(new Float64Array([1, 0, -0]))).toBe(1);
  });

  it("±Infinity are ordinary values", () => {
    expect(argmin([Infinity, -Infinity, -Infinity, 1])).toBe(1);
    expect(argmax([Infinity, -Infinity, Infinity, 1])).toBe(0);
  });

  it("bigints compare exactly, also against numbers", () => {
    expect(argmin([2n ** 53n + 1n, 2n ** 53n])).toBe(1);
    expect(argmax([2n ** 53n, 2n ** 53n + 1n])).toBe(1);
    expect(argmin([2n ** 80n, 2n ** 80n - 1n])).toBe(1);
    expect(argmin([2 ** 53, 2n ** 53n - 1n])).toBe(1);
    expect(argmin([1.5, 1n])).toBe(1);
    expect(argmin(new BigInt64Array([2n ** 62n + 1n, 2n ** 62n, -(2n ** 63n)]))).toBe(2);
    expect(argmax(new BigUint64Array([2n ** 64n - 2n, 2n ** 64n - 1n]))).toBe(1);
    const wide = ndarray(new BigUint64Array([2n ** 64n - 1n, 1n, 2n ** 64n - 2n, 2n ** 64n - 1n]), [2, 2]);
    expect(nd(argmax(wide, { axis: 0 })).toArray()).toEqual([0, 1]);
    expect(nd(argmin(wide, { axis: 0 })).toArray()).toEqual([1, 0]);
  });

  it("booleans order false < true", () => {
    expect(argmin([true, false, false])).toBe(1);
    expect(argmax([false, true, true])).toBe(1);
    expect(argmin([[true, false], [false, true]], { axis: 0 })).toEqual([1, 0]);
    expect(nanargmin([true, false])).toBe(1);
  });

  it("strings order by code point, not by UTF-16 unit", () => {
    expect(argmin(["\uff5e", "😀"])).toBe(0);
    expect(argmax(["\uff5e", "😀"])).toBe(1);
    expect(argmin(["b", "a", "ab", "a"])).toBe(1);
    expect(argmin([["pear", "fig"], ["apple", "kiwi"]], { axis: 0 })).toEqual([1, 0]);
    expect(argmax([["pear", "fig"], ["apple", "kiwi"]], { axis: 1 })).toEqual([0, 1]);
    expect(argmin(["", "a"])).toBe(0);
  });

  it("a scalar is a 0-d array: index 0, and axis 0 or -1 reduce it as NumPy does", () => {
    expect(argmin(5)).toBe(0);
    expect(argmin("x", { keepdims: true })).toBe(0);
    expect(argmax(true, { axis: 0 })).toBe(0);
    expect(argmin(3n, { axis: -1, keepdims: true })).toBe(0);
    expect(argmin(ndarray([9], []), { axis: 0 })).toBe(0);
  });

  it("accepts typed arrays nested in arrays as rows", () => {
    expect(argmin([new Float64Array([6, 3, 8]), new Float64Array([5, 2, 9])], { axis: 0 })).toEqual([1, 1, 0]);
  });

  it("accepts a bigint axis", () => {
    expect(argmin(SEED, { axis: 1n })).toEqual([1, 1]);
  });
});
