/**
 * Where a kernel finds a chunk's values in the WebAssembly memory: the values themselves when
 * Quiver allocated them there, else (for a chunk long enough to scan in WebAssembly) their copy
 * adopted into the heap once and cached with the chunk (see memory/adopt.ts). Otherwise the
 * values stay where they are and the kernels copy them block by block.
 */

import { adoptInHeap, type LeasableArray, wasmHeap } from "../../memory/index.js";
import { argExtremeWasm } from "./instance.js";
import { wasmScanPays } from "./limits.js";

/** Whether foreign buffers are adopted into the heap; off to measure or test the block copies. */
let adopting = true;

/**
 * The values of a chunk, in the module's memory when they are or can be put there.
 * @param data - the chunk (an Arrow Data): owner of the cached copy
 * @param values - its values
 * @param length - the slots a scan will read
 * @returns `values`, or an array of equal contents in the heap
 */
export function residentValues<T extends LeasableArray>(data: object, values: T, length: number): T {
  const wasm = argExtremeWasm();
  if (wasm === null || wasm.holds(values) || !adopting || !wasmScanPays(length, values.BYTES_PER_ELEMENT)) return values;
  const heap = wasmHeap();
  return heap !== null && heap.memory === wasm.memory ? (adoptInHeap(heap, data, values) ?? values) : values;
}

/**
 * Switches the adoption of foreign buffers; for tests and measurements of the block-copy path.
 * @param on - whether to adopt
 * @returns whether adoption was on before
 */
export function setAdoption(on: boolean): boolean {
  const before = adopting;
  adopting = on;
  return before;
}
