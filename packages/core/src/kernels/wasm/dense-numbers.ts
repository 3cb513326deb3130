/**
 * Dense (null-free) arg-reduction of number typed arrays in WebAssembly SIMD. Values that live in
 * the module's memory — everything Quiver allocated itself, and foreign chunks adopted there (see
 * in-memory.ts) — are scanned where they are, in one call. Others are copied block by block into
 * the instance's block buffer (a memcpy that keeps each block in the L1 cache) and each block is
 * scanned against the best value so far; only a block that beats it is searched for the first
 * index of its winner.
 */

import type { DenseLoop } from "../scan/number-loops.js";
import { argExtremeWasm, type ArgExtremeWasm, type BlockScan, type FloatSuffix, type IntegerSuffix } from "./instance.js";
import { wasmScanLimits, wasmScanPays } from "./limits.js";

/** Typed arrays the kernels read, by the suffix of their exports. */
type LaneArray = Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;
type LaneArrayClass = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): LaneArray;
  readonly BYTES_PER_ELEMENT: number;
};

const FLOAT_SUFFIX = new Map<unknown, FloatSuffix>([
  [Float64Array, "F64"],
  [Float32Array, "F32"],
]);

const INTEGER_SUFFIX = new Map<unknown, IntegerSuffix>([
  [Int32Array, "I32"],
  [Uint32Array, "U32"],
  [Int16Array, "I16"],
  [Uint16Array, "U16"],
  [Int8Array, "I8"],
  [Uint8Array, "U8"],
]);

/** The min and max loops of one typed-array class; for floats each picks the NaN-skipping kernel when asked. */
interface ClassLoops {
  readonly min: DenseLoop;
  readonly max: DenseLoop;
}

const byClass = new Map<unknown, ClassLoops | null>();

/**
 * A dense loop with the contract of number-loops.ts (winner's index, or -(i + 1) for a
 * propagating NaN at i) running in WebAssembly, or null when WebAssembly SIMD is unavailable, the
 * class has no kernel, or the range is too short to gain.
 * @param values - the typed array the loop will scan
 * @param length - how many values it will scan
 */
export function wasmDenseLoop(values: ArrayLike<number>, length: number, max: boolean): DenseLoop | null {
  if (!wasmScanPays(length, (values as LaneArray).BYTES_PER_ELEMENT)) return null;
  // A heap array reports its standard class as its constructor (memory/leased-array.ts).
  let loops = byClass.get(values.constructor);
  if (loops === undefined) {
    loops = makeLoops(values.constructor);
    byClass.set(values.constructor, loops);
  }
  return loops === null ? null : max ? loops.max : loops.min;
}

function makeLoops(arrayClass: unknown): ClassLoops | null {
  const float = FLOAT_SUFFIX.get(arrayClass);
  const integer = INTEGER_SUFFIX.get(arrayClass);
  const wasm = float === undefined && integer === undefined ? null : argExtremeWasm();
  if (wasm === null) return null;
  const laneClass = arrayClass as LaneArrayClass;
  const blockView = new laneClass(wasm.block.buffer, wasm.block.byteOffset, wasm.block.byteLength / laneClass.BYTES_PER_ELEMENT);
  const loop = (scan: BlockScan, nanScan: BlockScan): DenseLoop => (v, start, end, skipNaN) =>
    scanValues(wasm, blockView, v as LaneArray, start, end, skipNaN ? nanScan : scan);
  if (float !== undefined) {
    return { min: loop(wasm[`min${float}`], wasm[`nanmin${float}`]), max: loop(wasm[`max${float}`], wasm[`nanmax${float}`]) };
  }
  const name = integer as IntegerSuffix;
  return { min: loop(wasm[`min${name}`], wasm[`min${name}`]), max: loop(wasm[`max${name}`], wasm[`max${name}`]) };
}

/**
 * Runs `scan` over values[start + 1, end) starting from values[start] as the best: in one call
 * where the values lie in the module's memory, else block by block.
 */
function scanValues(wasm: ArgExtremeWasm, blockView: LaneArray, values: LaneArray, start: number, end: number, scan: BlockScan): number {
  if (!wasm.holds(values)) return scanBlocks(blockView, values, start, end, scan);
  const found = scan(values.byteOffset + (start + 1) * values.BYTES_PER_ELEMENT, end - start - 1, values[start]);
  return found === -1 ? start : found < -1 ? -(start + 1 + (-found - 2)) - 1 : start + 1 + found;
}

/**
 * Copies values[start + 1, end) block by block into the block buffer and scans each block; a
 * block's winner replaces the best only when strictly better, so ties keep the first index.
 */
function scanBlocks(blockView: LaneArray, values: LaneArray, start: number, end: number, scan: BlockScan): number {
  let index = start;
  let best = values[start];
  const bytes = values.BYTES_PER_ELEMENT;
  const block = Math.max(1, Math.floor(Math.min(wasmScanLimits().blockBytes, blockView.byteLength) / bytes));
  const ptr = blockView.byteOffset;
  const arrayClass = values.constructor as LaneArrayClass;
  const source = values.buffer;
  const byteOffset = values.byteOffset;
  for (let pos = start + 1; pos < end; pos += block) {
    const n = Math.min(block, end - pos);
    // A view made with the constructor costs less than subarray(), which looks up the species.
    blockView.set(new arrayClass(source, byteOffset + pos * bytes, n));
    const found = scan(ptr, n, best);
    if (found === -1) continue;
    if (found < -1) return -(pos + (-found - 2)) - 1;
    index = pos + found;
    best = values[index];
  }
  return index;
}
