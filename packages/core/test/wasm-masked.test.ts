import { Float64, makeData, makeVector, Vector } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { argExtremeOfVector } from "../src/kernels/index.js";
import { argExtremeWasm } from "../src/kernels/wasm/instance.js";
import { DEFAULT_WASM_SCAN_LIMITS } from "../src/kernels/wasm/limits.js";
import { slicedColumn } from "./sliced-column.js";
import { LANE_KINDS, type LaneKind, oracle, REDUCTIONS, reduceWith } from "./wasm-scan-support.js";
import { allocateArray } from "../src/memory/index.js";

const RUNS = Number(process.env.QUIVER_RUNS ?? 1000);
const JS_ONLY = { minLength: Infinity };
/** Blocks of a few values, so that short columns cross many blocks; and the default block. */
const BLOCK_BYTES = [8, 16, 40, 64, 136, DEFAULT_WASM_SCAN_LIMITS.blockBytes];
const MASKED_KINDS = LANE_KINDS.filter((kind) => ["float64", "float32", "int32", "uint32"].includes(kind.name));

/** A column with nulls: its plain values (null for a null) and the vector. */
interface MaskedColumn {
  readonly values: (number | null)[];
  readonly vector: Vector;
}

/**
 * Columns of up to `maxLength` values from the kind's pool, each null with a random rate (none
 * to all), a pool value (NaN, ±Infinity, extremes) as garbage under the nulls, NaN only after a
 * random position, cut into chunks that are slices at random offsets, so bits start mid-byte.
 */
function arbMaskedColumn(kind: LaneKind, maxLength: number): fc.Arbitrary<MaskedColumn> {
  const type = makeVector(new kind.arrayClass(0) as never).type;
  return fc
    .record({
      picks: fc.array(fc.tuple(fc.nat(kind.pool.length - 1), fc.nat(99)), { maxLength }),
      nullPercent: fc.oneof(fc.constant(0), fc.constant(100), fc.nat(100)),
      garbage: fc.constantFrom(...kind.pool),
      nanFrom: fc.nat(maxLength),
      cuts: fc.array(fc.nat(maxLength), { maxLength: 3 }),
      pads: fc.array(fc.nat(13), { minLength: 4, maxLength: 4 }),
    })
    .map(({ picks, nullPercent, garbage, nanFrom, cuts, pads }) => {
      const values = picks.map(([p, roll], i) => {
        if (roll < nullPercent) return null;
        const v = kind.pool[p] as number;
        return i < nanFrom && Number.isNaN(v) ? (kind.pool[0] as number) : v;
      });
      const bounds = [...new Set([0, ...cuts.filter((c) => c < values.length), values.length])].sort((a, b) => a - b);
      const chunks = bounds.slice(1).map((end, c) => slicedColumn(type, values.slice(bounds[c], end), { garbage, pad: pads[c % pads.length] }));
      return { values, vector: new Vector(chunks.length === 0 ? [makeVector(new kind.arrayClass(0) as never).data[0]] : chunks) };
    });
}

describe("WebAssembly scans of columns with nulls equal the JavaScript loops and the contract", () => {
  it.each(MASKED_KINDS.map((kind) => [kind.name, kind] as const))("%s: nulls over garbage, ties across blocks, late NaN, ±0, ±Infinity, bits mid-byte", (_, kind) => {
    fc.assert(
      fc.property(arbMaskedColumn(kind, 300), fc.constantFrom(...BLOCK_BYTES), (column, blockBytes) => {
        for (const options of REDUCTIONS) {
          const expected = oracle(column.values, options);
          expect(reduceWith({ minLength: 0, blockBytes }, column.vector, options)).toEqual(expected);
          expect(reduceWith(JS_ONLY, column.vector, options)).toEqual(expected);
        }
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it("with the default limits: a null over -Infinity never wins, the first of tied minima does, NaN propagates", () => {
    const n = 100_000;
    const values: (number | null)[] = Array.from({ length: n }, (_, i) => (i % 10 === 3 ? null : 50));
    values[40_001] = 2;
    values[70_002] = 2;
    const vector = makeVector(slicedColumn(makeVector(new Float64Array(0)).type, values, { garbage: -Infinity, pad: 5 }));
    expect(argExtremeOfVector(vector)).toBe(40_001);
    values[90_000] = NaN;
    const withNaN = makeVector(slicedColumn(makeVector(new Float64Array(0)).type, values, { garbage: -Infinity, pad: 3 }));
    expect(argExtremeOfVector(withNaN)).toBe(90_000);
    expect(argExtremeOfVector(withNaN, { skipNaN: true })).toBe(40_001);
  });

  it("values and validity that live in the module's memory are read in place", () => {
    const wasm = argExtremeWasm()!;
    // 10, 9, …, 4, 10, 9, …: the minimum 4 at 6 and 13, and a null over -Infinity at 6.
    const values = allocateArray(Float64Array, 21).subarray(1);
    for (let i = 0; i < 20; i++) values[i] = 10 - (i % 7);
    values[6] = -Infinity;
    const bitmap = allocateArray(Uint8Array, 3).fill(0xff);
    expect(wasm.holds(values) && wasm.holds(bitmap)).toBe(true);
    bitmap[0] = 0xff & ~(1 << 6);
    const vector = makeVector(makeData({ type: new Float64(), length: 20, nullCount: 1, nullBitmap: bitmap, data: values }));
    expect(reduceWith({ minLength: 0 }, vector, {})).toBe(13);
    expect(reduceWith({ minLength: 0 }, vector.slice(3), { max: true })).toBe(4);
  });
});
