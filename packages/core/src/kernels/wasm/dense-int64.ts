/**
 * Dense (null-free) arg-reduction of 64-bit integers in WebAssembly SIMD, exact: values in the
 * module's memory are scanned in place, others copied block by block as in dense-numbers.ts, and
 * compared as 64-bit lanes; the best value crosses over as two 32-bit words, so no BigInt is made.
 */

import { argExtremeWasm, type BlockScan64 } from "./instance.js";
import { wasmScanLimits, wasmScanPays } from "./limits.js";

/** Scans values[0, length) and returns the first index of the winner. */
export type DenseInt64Scan = (values: BigInt64Array | BigUint64Array, length: number) => number;

let blockWords: Int32Array | null | undefined;

/**
 * The WebAssembly scan for Int64 (`signed`) or UInt64 values, or null when WebAssembly SIMD is
 * unavailable or `length` is too short to gain.
 */
export function wasmDenseInt64(length: number, signed: boolean, max: boolean): DenseInt64Scan | null {
  if (!wasmScanPays(length, 8)) return null;
  const wasm = argExtremeWasm();
  if (wasm === null) return null;
  blockWords ??= new Int32Array(wasm.block.buffer, wasm.block.byteOffset, wasm.block.byteLength / 4);
  const scan = wasm[`${max ? "max" : "min"}${signed ? "I64" : "U64"}`];
  const view = blockWords;
  return (values, n) => {
    if (!wasm.holds(values)) return scanBlocks(view, values, n, scan);
    // The first value's 32-bit words, low word first (little-endian).
    const first = new Int32Array(values.buffer, values.byteOffset, 2);
    const found = scan(values.byteOffset + 8, n - 1, first[1], first[0]);
    return found < 0 ? 0 : 1 + found;
  };
}

/**
 * Runs `scan` over values[1, length) block by block, starting from values[0] as the best; a
 * block's winner replaces the best only when strictly better, so ties keep the first index.
 */
function scanBlocks(blockView: Int32Array, values: BigInt64Array | BigUint64Array, length: number, scan: BlockScan64): number {
  const all = new Int32Array(values.buffer, values.byteOffset, length * 2);
  let index = 0;
  const block = Math.max(1, Math.floor(Math.min(wasmScanLimits().blockBytes, blockView.byteLength) / 8));
  const ptr = blockView.byteOffset;
  const source = values.buffer;
  const byteOffset = values.byteOffset;
  for (let pos = 1; pos < length; pos += block) {
    const n = Math.min(block, length - pos);
    blockView.set(new Int32Array(source, byteOffset + pos * 8, n * 2));
    const found = scan(ptr, n, all[2 * index + 1], all[2 * index]);
    if (found >= 0) index = pos + found;
  }
  return index;
}
