import { describe, expect, expectTypeOf, it } from "vitest";
import { argmax, argmin, nanargmin, NDArray, ndarray, type IndexArray } from "../src/ndarray/index.js";

/** Narrows a result to the NDArray the input's form promises, checking that it is one. */
function nd(result: unknown): NDArray {
  expect(result).toBeInstanceOf(NDArray);
  return result as NDArray;
}

describe("empty arrays", () => {
  const rows0 = ndarray(new Float64Array(0), [0, 3]);
  const cols0 = ndarray(new Float64Array(0), [3, 0]);

  it("reducing a non-empty axis of an empty array gives an empty result", () => {
    expect(nd(argmin(rows0, { axis: 1 })).toArray()).toEqual([]);
    expect(nd(argmin(cols0, { axis: 0 })).toArray()).toEqual([]);
    expect(nd(argmin(cols0, { axis: 0, keepdims: true })).shape).toEqual([1, 0]);
    expect(argmin([[], [], []], { axis: 0 })).toEqual([]);
    expect(nd(argmin(ndarray([], [2, 0, 3]), { axis: 2 })).toArray()).toEqual([[], []]);
    expect(nd(argmin(ndarray([], [2, 0, 3]), { axis: 2 })).shape).toEqual([2, 0]);
    expect(nd(nanargmin(rows0, { axis: 1 })).shape).toEqual([0]);
  });
});

describe("result forms", () => {
  it("NDArray and typed-array inputs give NDArrays over Int32Array", () => {
    const a = ndarray(new Float64Array([6, 3, 8, 5, 2, 9]), [2, 3]);
    const byColumn = nd(argmin(a, { axis: 0 }));
    expect(byColumn.data).toBeInstanceOf(Int32Array);
    expect(byColumn.shape).toEqual([3]);
    expect(byColumn.toArray()).toEqual([1, 1, 0]);
    const kept = nd(argmin(a, { keepdims: true }));
    expect(kept.shape).toEqual([1, 1]);
    expect(kept.toArray()).toEqual([[4]]);
    expect(argmin(a)).toBe(4);
    const typed = argmin(new Uint8Array([4, 1, 1]), { keepdims: true });
    expectTypeOf(typed).toEqualTypeOf<IndexArray>();
    expect(typed).toBeInstanceOf(NDArray);
    expect(typed.data).toBeInstanceOf(Int32Array);
    expect(typed.toArray()).toEqual([1]);
    expect(argmin(new Uint8Array([4, 1, 1]), { axis: 0 })).toBe(1);
  });

  it("a plain-array NDArray reduces like the nested arrays it stands for", () => {
    expect(nd(argmax(ndarray(["b", "c", "a", "d"], [2, 2]), { axis: 1 })).toArray()).toEqual([1, 1]);
    expect(nd(argmin(ndarray([true, false, false, true], [2, 2]), { axis: 0 })).toArray()).toEqual([1, 0]);
  });
});
