/** Shared pieces of the tests of the WebAssembly dense scans: columns, a plain oracle, outcomes. */
import { makeVector, Vector } from "apache-arrow";
import fc from "fast-check";
import { ALL_NAN_SLICE } from "../src/errors.js";
import { argExtremeOfVector } from "../src/kernels/index.js";
import { setWasmScanLimits, type WasmScanLimits } from "../src/kernels/wasm/limits.js";

/** The four arg-reductions as option sets. */
export const REDUCTIONS = [{}, { max: true }, { skipNaN: true }, { max: true, skipNaN: true }] as const;

/** An index, null, or the name of what was thrown. */
export type Outcome = number | null | string;

/** Runs the reduction with the given limits in force, then restores the previous ones. */
export function reduceWith(limits: Partial<WasmScanLimits>, vector: Vector, options: (typeof REDUCTIONS)[number]): Outcome {
  return outcomeWith(limits, () => argExtremeOfVector(vector, options));
}

/** What `run` returns, or the message of what it throws, with the given limits in force. */
export function outcomeWith<T>(limits: Partial<WasmScanLimits>, run: () => T): T | string {
  const previous = setWasmScanLimits(limits);
  try {
    return run();
  } catch (error) {
    return (error as Error).message;
  } finally {
    setWasmScanLimits(previous);
  }
}

/**
 * The contract read literally: nulls skipped, the first NaN wins unless skipped, the first of
 * equal values wins (-0 equals +0), all-NaN when skipping is an error.
 */
export function oracle(values: readonly (number | bigint | null)[], options: { max?: boolean; skipNaN?: boolean }): Outcome {
  let best = -1;
  let sawNaN = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (typeof v === "number" && Number.isNaN(v)) {
      if (!options.skipNaN) return i;
      sawNaN = true;
      continue;
    }
    const b = values[best] as number | bigint;
    if (best < 0 || (options.max ? v > b : v < b)) best = i;
  }
  if (best >= 0) return best;
  return options.skipNaN && sawNaN ? ALL_NAN_SLICE : null;
}

type TypedArrayClass = new (length: number) => { [i: number]: number | bigint; readonly length: number };

/** A typed-array class with the pool its values are drawn from: few distinct values, so ties abound. */
export interface LaneKind {
  readonly name: string;
  readonly arrayClass: TypedArrayClass;
  readonly pool: readonly (number | bigint)[];
}

const int64Pool = [
  -(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, -(2n ** 53n), 2n ** 32n, 2n ** 32n - 1n,
  -(2n ** 32n), 0n, -1n, 1n, 0x7fffffff00000000n, -0x80000000n,
];
const uint64Pool = [0n, 2n ** 64n - 1n, 2n ** 63n, 2n ** 63n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 32n, 2n ** 32n - 1n, 1n, 0x80000000n];

/** Every lane type with a WebAssembly kernel. */
export const LANE_KINDS: readonly LaneKind[] = [
  { name: "float64", arrayClass: Float64Array as never, pool: [0, -0, 1, -1, 2.5, -2.5, Infinity, -Infinity, NaN, 1e300, -1e-300, 5e-324] },
  { name: "float32", arrayClass: Float32Array as never, pool: [0, -0, 1, -1, 2.5, -2.5, Infinity, -Infinity, NaN, 3.4028234663852886e38, -1.401298464324817e-45] },
  { name: "int32", arrayClass: Int32Array as never, pool: [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 7, -7] },
  { name: "uint32", arrayClass: Uint32Array as never, pool: [0, 1, 2 ** 32 - 1, 2 ** 31, 2 ** 31 - 1, 7] },
  { name: "int16", arrayClass: Int16Array as never, pool: [0, 1, -1, 32767, -32768, 7] },
  { name: "uint16", arrayClass: Uint16Array as never, pool: [0, 1, 65535, 32768, 32767, 7] },
  { name: "int8", arrayClass: Int8Array as never, pool: [0, 1, -1, 127, -128, 7] },
  { name: "uint8", arrayClass: Uint8Array as never, pool: [0, 1, 255, 128, 127, 7] },
  { name: "int64", arrayClass: BigInt64Array as never, pool: int64Pool },
  { name: "uint64", arrayClass: BigUint64Array as never, pool: uint64Pool },
];

/** A dense column of one lane kind, its plain values, and how it is laid out in chunks. */
export interface LaneColumn {
  readonly kind: string;
  readonly values: (number | bigint)[];
  readonly vector: Vector;
  readonly layout: string;
}

/**
 * Columns of up to `maxLength` values drawn from the kind's pool, NaN only after a random
 * position, split into chunks that are slices of larger buffers at offsets often not multiples of
 * 16 bytes.
 */
export function arbLaneColumn(kind: LaneKind, maxLength: number): fc.Arbitrary<LaneColumn> {
  const picks = fc.array(fc.nat(kind.pool.length - 1), { maxLength });
  return fc
    .record({
      picks,
      nanFrom: fc.nat(maxLength),
      cuts: fc.array(fc.nat(maxLength), { maxLength: 4 }),
      pads: fc.array(fc.nat(5), { minLength: 5, maxLength: 5 }),
    })
    .map(({ picks, nanFrom, cuts, pads }) => {
      // NaN only from `nanFrom` on, so that a NaN often first appears in a late block.
      const values = picks.map((p, i) => (i < nanFrom && Number.isNaN(kind.pool[p]) ? kind.pool[0] : kind.pool[p]));
      const bounds = [...new Set([0, ...cuts.filter((c) => c < values.length), values.length])].sort((a, b) => a - b);
      const chunks = bounds.slice(1).map((end, c): Vector => {
        const start = bounds[c];
        const pad = pads[c % pads.length];
        const backing = new kind.arrayClass(pad + (end - start) + 2);
        for (let i = start; i < end; i++) backing[pad + i - start] = values[i];
        return makeVector(backing as never).slice(pad, pad + end - start);
      });
      const vector: Vector = chunks.length === 0 ? makeVector(new kind.arrayClass(0) as never) : chunks.reduce((a, b) => a.concat(b));
      const layout = `[${vector.data.map((d) => `byte offset ${(d.values as ArrayBufferView).byteOffset} length ${d.length}`).join(", ")}]`;
      return { kind: kind.name, values, vector, layout };
    });
}
