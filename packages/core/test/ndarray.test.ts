import { describe, expect, it } from "vitest";
import { ValueError } from "../src/errors.js";
import { NDArray, ndarray } from "../src/ndarray/index.js";
import { expectThrows } from "./ndarray-helpers.js";

describe("ndarray()", () => {
  it("views data in C order through the shape", () => {
    const data = new Float64Array([6, 3, 8, 5, 2, 9]);
    const a = ndarray(data, [2, 3]);
    expect(a).toBeInstanceOf(NDArray);
    expect(a.data).toBe(data);
    expect(a.shape).toEqual([2, 3]);
    expect(a.size).toBe(6);
    expect(a.ndim).toBe(2);
    expect(a.get(0, 2)).toBe(8);
    expect(a.get(1, 0)).toBe(5);
    expect(a.toArray()).toEqual([
      [6, 3, 8],
      [5, 2, 9],
    ]);
  });

  it("defaults to a 1-D shape of data.length", () => {
    const a = ndarray([1, 2, 3]);
    expect(a.shape).toEqual([3]);
    expect(a.toArray()).toEqual([1, 2, 3]);
  });

  it("holds a 0-d array as shape [] with one element", () => {
    const a = ndarray([7], []);
    expect(a.ndim).toBe(0);
    expect(a.size).toBe(1);
    expect(a.get()).toBe(7);
    expect(a.toArray()).toBe(7);
  });

  it("holds empty shapes", () => {
    expect(ndarray(new Float64Array(0), [0, 3]).toArray()).toEqual([]);
    expect(ndarray(new Float64Array(0), [3, 0]).toArray()).toEqual([[], [], []]);
    expect(ndarray([], [2, 0, 4]).size).toBe(0);
  });

  it("reads bigint typed arrays as bigints and plain arrays as they are", () => {
    expect(ndarray(new BigUint64Array([2n ** 64n - 1n])).get(0)).toBe(2n ** 64n - 1n);
    expect(ndarray(["a", "b", "c", "d"], [2, 2]).toArray()).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(ndarray([true, false]).get(1)).toBe(false);
    expect(ndarray([1, 2n]).toArray()).toEqual([1, 2n]);
  });

  it("counts negative indices from the end", () => {
    const a = ndarray([1, 2, 3, 4, 5, 6], [2, 3]);
    expect(a.get(-1, -1)).toBe(6);
    expect(a.get(-2, 1)).toBe(2);
  });

  it("is immutable: the shape is a frozen copy and the view is frozen", () => {
    const shape = [2, 2];
    const a = ndarray([1, 2, 3, 4], shape);
    shape[0] = 4;
    expect(a.shape).toEqual([2, 2]);
    expect(Object.isFrozen(a.shape)).toBe(true);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("rejects data whose length is not the product of the shape", () => {
    expectThrows(() => ndarray([1, 2, 3, 4, 5], [2, 3]), ValueError, "ndarray: shape (2, 3) needs 6 elements but data has 5");
    expectThrows(() => ndarray([1, 2], []), ValueError, "ndarray: shape () needs 1 element but data has 2");
  });

  it("rejects bad shapes", () => {
    expectThrows(() => ndarray([], [2, -1]), ValueError, "negative dimensions are not allowed: shape (2, -1)");
    expectThrows(
      () => ndarray([1, 2, 3], [1.5, 2]),
      TypeError,
      "ndarray: shape [1.5,2] has the number 1.5 at axis 0; sides must be integers",
    );
    expectThrows(
      () => ndarray([1], "1" as unknown as number[]),
      TypeError,
      'ndarray: shape must be an array of non-negative integers; got the string "1"',
    );
  });

  it("rejects data that is neither a typed array nor an array of scalars of one kind", () => {
    expectThrows(
      () => ndarray(new DataView(new ArrayBuffer(8)) as never),
      TypeError,
      "ndarray: data must be a typed array or an array of scalars; got a DataView",
    );
    expectThrows(
      () => ndarray([1, "a"]),
      TypeError,
      'ndarray: cannot order a string against a number: the array holds the number 1 at [0] and the string "a" at [1]; all elements must be numbers and bigints, or all booleans, or all strings',
    );
    expectThrows(
      () => ndarray([[1, 2]] as never),
      TypeError,
      "ndarray: unsupported element an array at [0]; elements must be numbers, bigints, booleans or strings",
    );
  });

  it("rejects a wrong number of indices, out-of-bounds and non-integer indices", () => {
    const a = ndarray([1, 2, 3, 4, 5, 6], [2, 3]);
    expectThrows(() => a.get(1), RangeError, "get needs 2 indices for an array of shape (2, 3); got 1");
    expectThrows(() => a.get(0, 3), RangeError, "index 3 is out of bounds for axis 1 with size 3");
    expectThrows(() => a.get(-3, 0), RangeError, "index -3 is out of bounds for axis 0 with size 2");
    expectThrows(() => a.get(0, 0.5), TypeError, "get: index 1 must be an integer; got the number 0.5");
  });
});
