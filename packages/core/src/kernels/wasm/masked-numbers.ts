/**
 * Arg-reduction of number columns with nulls in WebAssembly SIMD: as dense-numbers.ts, block by
 * block against the best value so far, with each block's validity bits copied beside its values
 * and expanded to lane masks by the kernel (packages/core/wasm/assembly/masked.ts), so null slots
 * never win. Values and bitmap that already live in the module's memory are read in place.
 */

import type { MaskedLoop } from "../scan/number-loops.js";
import { perArrayClass } from "../specialise.js";
import { argExtremeWasm } from "./instance.js";
import { wasmScanLimits, wasmScanPays } from "./limits.js";

type MaskedArray = Float64Array | Float32Array | Int32Array | Uint32Array;
type MaskedArrayClass = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): MaskedArray;
  readonly BYTES_PER_ELEMENT: number;
};

/**
 * Scans `n` values at `ptr`, value i valid when bit `shift + i` of the bytes at `bits` is set,
 * against `best`: -1 when no valid value beats it, the first index of the block's winner, or
 * -(k + 2) for a propagating NaN first met at k.
 */
type MaskedScan = (ptr: number, n: number, bits: number, shift: number, best: number) => number;
type MaskedScanName = `masked${"Min" | "Max" | "NanMin" | "NanMax"}${"F64" | "F32"}` | `masked${"Min" | "Max"}${"I32" | "U32"}`;

const SUFFIX = new Map<unknown, string>([
  [Float64Array, "F64"],
  [Float32Array, "F32"],
  [Int32Array, "I32"],
  [Uint32Array, "U32"],
]);

/**
 * A masked loop with the contract of number-loops.ts (winner's index among valid slots, or
 * -(i + 1) for a propagating NaN at i) running in WebAssembly, or null when WebAssembly SIMD is
 * unavailable, the class has no kernel, or the range is too short to gain.
 * @param values - the typed array the loop will scan
 * @param length - how many values it will scan
 */
export function wasmMaskedLoop(values: ArrayLike<number>, length: number, max: boolean): MaskedLoop | null {
  if (!wasmScanPays(length, (values as MaskedArray).BYTES_PER_ELEMENT)) return null;
  const loops = loopsFor(values);
  return loops === null ? null : max ? loops.max : loops.min;
}

/** The min and max loops of a typed-array class, null for a class without kernels. */
const loopsFor = perArrayClass((arrayClass): { min: MaskedLoop; max: MaskedLoop } | null => {
  const suffix = SUFFIX.get(arrayClass);
  const wasm = suffix === undefined ? null : argExtremeWasm();
  if (wasm === null) return null;
  const scans = wasm as unknown as Record<MaskedScanName, MaskedScan>;
  const float = suffix === "F64" || suffix === "F32";
  const scan = (name: string): MaskedScan => scans[`masked${name}${suffix}` as MaskedScanName];
  const loop = (plain: MaskedScan, nanSkipping: MaskedScan): MaskedLoop => (v, bitmap, offset, start, end, skipNaN) =>
    scanBlocks(v as MaskedArray, bitmap, offset, start, end, skipNaN ? nanSkipping : plain);
  return { min: loop(scan("Min"), scan(float ? "NanMin" : "Min")), max: loop(scan("Max"), scan(float ? "NanMax" : "Max")) };
});

/**
 * Runs `scan` over the valid slots of values[start + 1, end) block by block, starting from
 * values[start] (valid, not NaN) as the best; a block's winner replaces the best only when
 * strictly better, so ties keep the first index.
 */
function scanBlocks(values: MaskedArray, bitmap: Uint8Array, offset: number, start: number, end: number, scan: MaskedScan): number {
  const wasm = argExtremeWasm()!;
  const buffer = wasm.block.buffer;
  let index = start;
  let best = values[start];
  if (wasm.holds(values) && wasm.holds(bitmap)) {
    const bit = offset + start + 1;
    return answer(scan(values.byteOffset + (start + 1) * values.BYTES_PER_ELEMENT, end - start - 1, bitmap.byteOffset + (bit >> 3), bit & 7, best), start + 1, index);
  }
  const size = values.BYTES_PER_ELEMENT;
  const arrayClass = values.constructor as MaskedArrayClass;
  // Whole bytes of validity per block, so every block's bits start at the same shift.
  const block = Math.max(8, Math.floor(Math.min(wasmScanLimits().blockBytes, wasm.block.byteLength / 2) / size / 8) * 8);
  const valuesAt = wasm.block.byteOffset;
  const bitsAt = valuesAt + block * size;
  const blockValues = new arrayClass(buffer, valuesAt, block);
  const blockBits = new Uint8Array(buffer, bitsAt, block / 8 + 1);
  for (let pos = start + 1; pos < end; pos += block) {
    const n = Math.min(block, end - pos);
    const bit = offset + pos;
    blockValues.set(new arrayClass(values.buffer, values.byteOffset + pos * size, n));
    blockBits.set(new Uint8Array(bitmap.buffer, bitmap.byteOffset + (bit >> 3), ((bit & 7) + n + 7) >> 3));
    const found = scan(valuesAt, n, bitsAt, bit & 7, best);
    if (found === -1) continue;
    if (found < -1) return -(pos + (-found - 2)) - 1;
    index = pos + found;
    best = values[index];
  }
  return index;
}

/** The loop's answer for one scan of values from `pos` on: a propagating NaN, a winner, or `index` kept. */
function answer(found: number, pos: number, index: number): number {
  return found === -1 ? index : found < -1 ? -(pos + (-found - 2)) - 1 : pos + found;
}
