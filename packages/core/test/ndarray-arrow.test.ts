import { Float64, Int64, Table, Vector, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { AxisError, ValueError } from "../src/errors.js";
import { argmax, argmin, nanargmin, ndarray } from "../src/ndarray/index.js";
import { expectThrows } from "./ndarray-helpers.js";

const floats = (values: readonly (number | null)[]): Vector<Float64> => vectorFromArray(values, new Float64());

/** The values of an Int64 result, as bigints and nulls, after checking its type. */
function int64Values(result: unknown): (bigint | null)[] {
  expect(result).toBeInstanceOf(Vector);
  const vector = result as Vector;
  expect(vector.type).toBeInstanceOf(Int64);
  return [...vector] as (bigint | null)[];
}

/** Column name → values of a Table of Int64 columns. */
function int64Columns(result: unknown): Record<string, (bigint | null)[]> {
  expect(result).toBeInstanceOf(Table);
  const table = result as Table;
  return Object.fromEntries(table.schema.fields.map((field, c) => [field.name, int64Values(table.getChildAt(c))]));
}

// Rows × columns:      a     b
//                 0:   3     null
//                 1:   1     5
//                 2:   null  0
const TABLE = new Table({ a: floats([3, 1, null]), b: floats([null, 5, 0]) });
const EMPTY_ROWS = new Table({ a: floats([]), b: floats([]) });

describe("Arrow inputs: argument checks (before the kernels run)", () => {
  it("a Vector is 1-D: axis 0 and -1 only", () => {
    const v = floats([3, 1]);
    expectThrows(() => argmin(v, { axis: 1 }), AxisError, "axis 1 is out of bounds for array of dimension 1");
    expectThrows(() => argmin(v, { axis: -2 }), AxisError, "axis -2 is out of bounds for array of dimension 1");
    expectThrows(() => argmin(v, { axis: 0.5 }), TypeError, "argmin: axis must be an integer or null; got the number 0.5");
  });

  it("a Table is 2-D", () => {
    expectThrows(() => argmax(TABLE, { axis: 2 }), AxisError, "axis 2 is out of bounds for array of dimension 2");
    expectThrows(() => argmax(TABLE, { axis: -3 }), AxisError, "axis -3 is out of bounds for array of dimension 2");
  });

  it("an empty Vector, or a Table axis of length 0, is an empty sequence", () => {
    expectThrows(() => argmin(floats([])), ValueError, "attempt to get argmin of an empty sequence");
    expectThrows(() => nanargmin(EMPTY_ROWS), ValueError, "attempt to get argmin of an empty sequence");
    expectThrows(() => argmin(EMPTY_ROWS, { axis: 0 }), ValueError, "attempt to get argmin of an empty sequence");
    expectThrows(() => argmin(new Table(), { axis: 1 }), ValueError, "attempt to get argmin of an empty sequence");
  });

  it("reducing the columns of a Table without rows gives an empty Int64 result", () => {
    expect(int64Values(argmin(EMPTY_ROWS, { axis: 1 }))).toEqual([]);
    expect(int64Columns(argmin(EMPTY_ROWS, { axis: 1, keepdims: true }))).toEqual({ argmin: [] });
    const out = new Int32Array(0);
    expect(argmax(EMPTY_ROWS, { axis: -1, out })).toBe(out);
  });

  it("out is checked against the result's shape and type", () => {
    expectThrows(
      () => argmin(TABLE, { axis: 0, out: new Int32Array(3) }),
      ValueError,
      "output array does not match result of argmin: out has shape (3,), the result has shape (2,)",
    );
    expectThrows(
      () => argmin(TABLE, { axis: 1, keepdims: true, out: ndarray(new Int32Array(3), [1, 3]) }),
      ValueError,
      "output array does not match result of argmin: out has shape (1, 3), the result has shape (3, 1)",
    );
    expectThrows(
      () => argmin(floats([1]), { keepdims: true, out: ndarray(new Int32Array(1), []) }),
      ValueError,
      "output array does not match result of argmin: out has shape (), the result has shape (1,)",
    );
    expectThrows(
      () => argmin(floats([1]), { out: new Float64Array(1) as never }),
      TypeError,
      "argmin: out must be an Int8Array, Int16Array, Int32Array, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array or BigInt64Array, or an NDArray of one; got a Float64Array",
    );
  });
});

// These need the Arrow kernels (argExtremeOfVector, argExtremeByColumn, argExtremeByRow,
// argExtremeFlat) and fail with "pending" until they are in.
describe("Arrow inputs: values (with the kernels)", () => {
  it("a Vector: nulls skipped, all-null gives null, NaN rules after nulls", () => {
    expect(argmin(floats([3, null, 1, null]))).toBe(2);
    expect(argmax(floats([3, null, 1, null]))).toBe(0);
    expect(argmin(floats([null, null]))).toBeNull();
    expect(argmin(floats([null, NaN, 1]))).toBe(1);
    expect(nanargmin(floats([null, NaN, 1]))).toBe(2);
    expect(argmin(floats([3, 1]), { axis: 0 })).toBe(1);
    expect(argmin(vectorFromArray([2n ** 53n + 1n, 2n ** 53n]))).toBe(1);
    expectThrows(() => nanargmin(floats([NaN, null])), ValueError, "All-NaN slice encountered");
  });

  it("a Vector under keepdims gives an Int64 Vector of length 1", () => {
    expect(int64Values(argmin(floats([3, null, 1]), { keepdims: true }))).toEqual([2n]);
    expect(int64Values(argmin(floats([null]), { axis: -1, keepdims: true }))).toEqual([null]);
  });

  it("a Vector result goes into out; a null one is a TypeError", () => {
    const out = new Int32Array(1);
    expect(argmin(floats([3, null, 1]), { out })).toBe(out);
    expect(out[0]).toBe(2);
    const kept = ndarray(new BigInt64Array(1), [1]);
    expect(argmin(floats([3, null, 1]), { keepdims: true, out: kept })).toBe(kept);
    expect(kept.get(0)).toBe(2n);
    expectThrows(
      () => argmin(floats([null, null]), { out }),
      TypeError,
      "argmin: the result is null (that slice holds no non-null value), which out cannot hold",
    );
  });

  it("a Table: per column, per row, flattened", () => {
    expect(int64Values(argmin(TABLE, { axis: 0 }))).toEqual([1n, 2n]);
    expect(int64Values(argmin(TABLE, { axis: 1 }))).toEqual([0n, 0n, 1n]);
    expect(int64Values(argmin(TABLE, { axis: -1 }))).toEqual([0n, 0n, 1n]);
    expect(argmin(TABLE)).toBe(5);
    expect(argmax(TABLE)).toBe(3);
    expect(int64Values(argmax(TABLE, { axis: 0 }))).toEqual([0n, 1n]);
  });

  it("a Table column or row of nulls only gives null", () => {
    const t = new Table({ a: floats([null, null]), b: floats([null, 4]) });
    expect(int64Values(argmin(t, { axis: 0 }))).toEqual([null, 1n]);
    expect(int64Values(argmin(t, { axis: 1 }))).toEqual([null, 1n]);
    expect(argmin(new Table({ a: floats([null]) }))).toBeNull();
    expectThrows(
      () => argmin(t, { axis: 1, out: new Int32Array(2) }),
      TypeError,
      "argmin: the result at [0] is null (that slice holds no non-null value), which out cannot hold",
    );
  });

  it("a Table under keepdims gives a Table", () => {
    expect(int64Columns(argmin(TABLE, { axis: 0, keepdims: true }))).toEqual({ a: [1n], b: [2n] });
    expect(int64Columns(argmin(TABLE, { axis: 1, keepdims: true }))).toEqual({ argmin: [0n, 0n, 1n] });
    expect(int64Columns(argmax(TABLE, { keepdims: true }))).toEqual({ argmax: [3n] });
  });

  it("a Table result goes into out", () => {
    const out = ndarray(new Int8Array(2), [1, 2]);
    expect(argmin(TABLE, { axis: 0, keepdims: true, out })).toBe(out);
    expect(out.toArray()).toEqual([[1, 2]]);
  });
});
