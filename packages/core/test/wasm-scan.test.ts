import { makeVector } from "apache-arrow";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argExtremeOfVector } from "../src/kernels/index.js";
import { argExtremeWasm } from "../src/kernels/wasm/instance.js";
import { allocateArray } from "../src/memory/index.js";
import { DEFAULT_WASM_SCAN_LIMITS, setWasmScanLimits } from "../src/kernels/wasm/limits.js";
import { ALL_TYPE_KINDS, arbColumn } from "../src/testing/index.js";
import { arbLaneColumn, LANE_KINDS, oracle, REDUCTIONS, reduceWith } from "./wasm-scan-support.js";

const RUNS = Number(process.env.QUIVER_RUNS ?? 1000);
const JS_ONLY = { minLength: Infinity };
/** Blocks of a few values, so that short columns cross many blocks; and the default block. */
const BLOCK_BYTES = [8, 16, 24, 48, 64, 136, DEFAULT_WASM_SCAN_LIMITS.blockBytes];

describe("WebAssembly dense scans equal the JavaScript loops and the contract", () => {
  it("WebAssembly SIMD is available on the supported Node versions", () => {
    expect(argExtremeWasm()).not.toBeNull();
  });

  it.each(LANE_KINDS.map((kind) => [kind.name, kind] as const))("%s: ties across blocks, late NaN, ±0, ±Infinity, extremes, sliced chunks", (_, kind) => {
    fc.assert(
      fc.property(arbLaneColumn(kind, 300), fc.constantFrom(...BLOCK_BYTES), (column, blockBytes) => {
        for (const options of REDUCTIONS) {
          const wasm = reduceWith({ minLength: 0, blockBytes }, column.vector, options);
          expect(wasm).toEqual(reduceWith(JS_ONLY, column.vector, options));
          expect(wasm).toEqual(oracle(column.values, options));
        }
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it("every generated number and temporal column, dense or not, in tiny blocks", () => {
    const kinds = ALL_TYPE_KINDS.filter((kind) => /^(u?int|float|date|time|duration)/.test(kind));
    fc.assert(
      fc.property(arbColumn({ kinds, maxLength: 120 }), fc.constantFrom(...BLOCK_BYTES), (column, blockBytes) => {
        for (const options of REDUCTIONS) {
          const wasm = reduceWith({ minLength: 0, blockBytes }, column.vector, options);
          expect(wasm).toEqual(reduceWith(JS_ONLY, column.vector, options));
          expect(wasm).toEqual(oracle(column.values as (number | bigint | null)[], options));
        }
      }),
      { numRuns: RUNS },
    );
  });

  describe("with the default limits", () => {
    const n = 100_000;

    it.each([
      ["float64", Float64Array],
      ["float32", Float32Array],
      ["int32", Int32Array],
      ["uint16", Uint16Array],
      ["int8", Int8Array],
    ] as const)("%s: a tie at a block boundary keeps the first, and a late NaN wins argmin", (_, ArrayClass) => {
      const values = new ArrayClass(n).fill(50);
      const valuesPerBlock = DEFAULT_WASM_SCAN_LIMITS.blockBytes / values.BYTES_PER_ELEMENT;
      // The minimum first appears as the last value of one block and again as the first of the next.
      values[3 * valuesPerBlock] = 3;
      values[3 * valuesPerBlock + 1] = 3;
      values[7 * valuesPerBlock + 5] = 3;
      values[5 * valuesPerBlock] = 90;
      values[9 * valuesPerBlock + 1] = 90;
      expect(argExtremeOfVector(makeVector(values))).toBe(3 * valuesPerBlock);
      expect(argExtremeOfVector(makeVector(values), { max: true })).toBe(5 * valuesPerBlock);
      if (values instanceof Float64Array || values instanceof Float32Array) {
        values[n - 2] = NaN;
        values[n - 1] = NaN;
        expect(argExtremeOfVector(makeVector(values))).toBe(n - 2);
        expect(argExtremeOfVector(makeVector(values), { skipNaN: true })).toBe(3 * valuesPerBlock);
        values[2] = -0;
        values[3 * valuesPerBlock] = 0;
        values.fill(0, 3 * valuesPerBlock + 1, 3 * valuesPerBlock + 9);
        values[3 * valuesPerBlock + 1] = -Infinity;
        values[8 * valuesPerBlock] = -Infinity;
        expect(argExtremeOfVector(makeVector(values), { skipNaN: true })).toBe(3 * valuesPerBlock + 1);
      }
    });

    it("int64 and uint64 compare exactly beyond 2^53, also in the last block", () => {
      const signed = new BigInt64Array(n).fill(2n ** 53n + 1n);
      signed[n - 1] = 2n ** 53n;
      signed[n - 2] = 2n ** 53n;
      expect(argExtremeOfVector(makeVector(signed))).toBe(n - 2);
      signed[10] = 2n ** 63n - 1n;
      expect(argExtremeOfVector(makeVector(signed), { max: true })).toBe(10);
      const unsigned = new BigUint64Array(n).fill(2n ** 63n);
      unsigned[70_000] = 2n ** 64n - 1n;
      unsigned[90_000] = 2n ** 64n - 1n;
      unsigned[99_999] = 2n ** 63n - 1n;
      expect(argExtremeOfVector(makeVector(unsigned), { max: true })).toBe(70_000);
      expect(argExtremeOfVector(makeVector(unsigned))).toBe(99_999);
    });
  });

  describe("values already in the module's memory are scanned in place", () => {
    let restore = DEFAULT_WASM_SCAN_LIMITS;
    beforeAll(() => {
      restore = setWasmScanLimits({ minLength: 0 });
    });
    afterAll(() => {
      setWasmScanLimits(restore);
    });

    it("float64 and int64 at unaligned positions", () => {
      const f64 = allocateArray(Float64Array, 10).subarray(1);
      expect(argExtremeWasm()!.holds(f64)).toBe(true);
      f64.set([5, 4, 4, -0, 0, 7, NaN, -0, 9]);
      expect(argExtremeOfVector(makeVector(f64))).toBe(6);
      expect(argExtremeOfVector(makeVector(f64), { skipNaN: true })).toBe(3);
      expect(argExtremeOfVector(makeVector(f64), { skipNaN: true, max: true })).toBe(8);
      const i64 = allocateArray(BigInt64Array, 8).subarray(3);
      i64.set([2n ** 53n + 1n, 2n ** 53n, 2n ** 53n, -(2n ** 63n), -(2n ** 63n)]);
      expect(argExtremeOfVector(makeVector(i64))).toBe(3);
      expect(argExtremeOfVector(makeVector(i64), { max: true })).toBe(0);
    });
  });
});
