import { describe, expect, expectTypeOf, it } from "vitest";
import { AxisError, ValueError } from "../src/errors.js";
import { argmax, argmin, nanargmin, ndarray } from "../src/ndarray/index.js";
import { SEED, expectThrows } from "./ndarray-helpers.js";

describe("out", () => {
  it("receives the indices and is returned itself", () => {
    const out = new Int32Array(3);
    const result = argmin(SEED, { axis: 0, out });
    expectTypeOf(result).toEqualTypeOf<typeof out>();
    expect(result).toBe(out);
    expect([...out]).toEqual([1, 1, 0]);
    const small = new Uint8Array(2);
    expect(argmax(ndarray(new Float64Array([6, 3, 8, 5, 2, 9]), [2, 3]), { axis: 1, out: small })).toBe(small);
    expect([...small]).toEqual([2, 2]);
  });

  it("takes every integer typed array, BigInt64Array included", () => {
    for (const out of [new Int8Array(2), new Int16Array(2), new Uint16Array(2), new Uint32Array(2), new Uint8ClampedArray(2)]) {
      expect(argmin(SEED, { axis: 1, out })).toBe(out);
      expect(Array.from(out, Number)).toEqual([1, 1]);
    }
    const wide = new BigInt64Array(2);
    expect(argmin(SEED, { axis: 1, out: wide })).toBe(wide);
    expect([...wide]).toEqual([1n, 1n]);
  });

  it("an NDArray out must have the result's shape", () => {
    const out = ndarray(new Int32Array(2), [2, 1]);
    expect(argmin(SEED, { axis: 1, keepdims: true, out })).toBe(out);
    expect(out.toArray()).toEqual([[1], [1]]);
    const flat = ndarray(new Int16Array(1), []);
    expect(argmin(SEED, { out: flat })).toBe(flat);
    expect(flat.get()).toBe(4);
    expectThrows(
      () => argmin(SEED, { axis: 1, out: ndarray(new Int32Array(2), [1, 2]) }),
      ValueError,
      "output array does not match result of argmin: out has shape (1, 2), the result has shape (2,)",
    );
    expectThrows(
      () => argmin(SEED, { out: ndarray(new Int32Array(1), [1]) }),
      ValueError,
      "output array does not match result of argmin: out has shape (1,), the result has shape ()",
    );
  });

  it("a bare typed array is 1-D, or of length 1 for a scalar result", () => {
    const one = new Int32Array(1);
    expect(argmax(SEED, { out: one })).toBe(one);
    expect(one[0]).toBe(5);
    expectThrows(
      () => argmin(SEED, { axis: 0, out: new Int32Array(2) }),
      ValueError,
      "output array does not match result of argmin: out has shape (2,), the result has shape (3,)",
    );
    expectThrows(
      () => argmin(SEED, { keepdims: true, out: new Int32Array(1) }),
      ValueError,
      "output array does not match result of argmin: out has shape (1,), the result has shape (1, 1)",
    );
    expectThrows(
      () => nanargmin(SEED, { out: new Int32Array(2) }),
      ValueError,
      "output array does not match result of nanargmin: out has shape (2,), the result has shape ()",
    );
  });

  it("a float, BigUint64 or non-typed out is a TypeError", () => {
    const expected =
      "argmin: out must be an Int8Array, Int16Array, Int32Array, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array or BigInt64Array, or an NDArray of one; got ";
    expectThrows(() => argmin(SEED, { axis: 0, out: new Float64Array(3) as never }), TypeError, `${expected}a Float64Array`);
    expectThrows(() => argmin(SEED, { axis: 0, out: new Float32Array(3) as never }), TypeError, `${expected}a Float32Array`);
    expectThrows(() => argmin(SEED, { axis: 0, out: new BigUint64Array(3) as never }), TypeError, `${expected}a BigUint64Array`);
    expectThrows(() => argmin(SEED, { axis: 0, out: [0, 0, 0] as never }), TypeError, `${expected}an array`);
    expectThrows(
      () => argmin(SEED, { axis: 0, out: ndarray(new Float64Array(3)) as never }),
      TypeError,
      `${expected}an NDArray over a Float64Array`,
    );
  });

  it("an index that does not fit is a RangeError and out is left untouched", () => {
    const data = new Float64Array(600).fill(1);
    data[2] = 0.5;
    data[300 + 299] = 0;
    const out = new Int8Array([7, 7]);
    expectThrows(
      () => argmin(ndarray(data, [2, 300]), { axis: 1, out }),
      RangeError,
      "argmin: index 299 at [1] does not fit in out, an Int8Array (largest 127); use a wider integer type such as Int32Array or BigInt64Array",
    );
    expect([...out]).toEqual([7, 7]);
    expectThrows(
      () => argmax(new Float64Array(70_000).fill(1).fill(2, 66_000), { out: new Uint16Array(1) }),
      RangeError,
      "argmax: index 66000 does not fit in out, a Uint16Array (largest 65535); use a wider integer type such as Int32Array or BigInt64Array",
    );
    const wide = new Uint16Array(1);
    expect(argmax(new Float64Array(70_000).fill(1).fill(2, 65_535), { out: wide })).toBe(wide);
    expect(wide[0]).toBe(65_535);
  });

  it("a failed check leaves out untouched", () => {
    const out = new Int32Array([9, 9]);
    expectThrows(() => nanargmin([[NaN, 1], [NaN, NaN]], { axis: 1, out }), ValueError, "All-NaN slice encountered");
    expectThrows(() => argmin(SEED, { axis: 2, out }), AxisError, "axis 2 is out of bounds for array of dimension 2");
    expect([...out]).toEqual([9, 9]);
  });

  it("out may be the input itself: the indices are computed before writing", () => {
    const data = new Int32Array([5, 1, 4, 0]);
    const a = ndarray(data, [2, 2]);
    const out = ndarray(data.subarray(0, 2), [2]);
    expect(argmin(a, { axis: 1, out })).toBe(out);
    expect([...data]).toEqual([1, 1, 4, 0]);
  });
});
