/**
 * Typed arrays for the buffers Quiver fills itself: in the heap where there is one, so that the
 * kernels scan them in place, and ordinary arrays otherwise.
 */

import { wasmHeap } from "./default-heap.js";
import { type LeasableArray, type LeasableClass, leaseOf } from "./leased-array.js";

/**
 * A typed array of `length` elements for values Quiver is about to write: in the WebAssembly heap
 * when there is one and it has room, else an ordinary (zero-filled) array.
 * @param arrayClass - the element type, e.g. Float64Array
 * @param length - elements
 * @param zero - fill the heap block with zeros (an ordinary array always starts zeroed)
 * @returns the array; its contents are unspecified unless `zero`
 * @example const values = allocateArray(Float64Array, n); for (let i = 0; i < n; i++) values[i] = f(i);
 */
export function allocateArray<T extends LeasableArray>(arrayClass: LeasableClass<T>, length: number, zero = false): T {
  const inHeap = heapArray(arrayClass, length);
  if (inHeap === null) return new arrayClass(new ArrayBuffer(length * arrayClass.BYTES_PER_ELEMENT), 0, length);
  if (zero) new Uint8Array(inHeap.buffer, inHeap.byteOffset, inHeap.byteLength).fill(0);
  return inHeap;
}

/**
 * A typed array of `length` elements in the WebAssembly heap, or null when there is no heap or it
 * has no room; its contents are unspecified.
 * @param arrayClass - the element type
 * @param length - elements
 */
export function heapArray<T extends LeasableArray>(arrayClass: LeasableClass<T>, length: number): T | null {
  return wasmHeap()?.allocate(arrayClass, length) ?? null;
}

/**
 * Frees the heap block under `view` now, for an owner that knows no one reads it any more (a
 * streamed batch every operator has passed on). Arrays outside the heap are left to the garbage
 * collector.
 * @param view - an array from {@link allocateArray}, or a subarray of one
 */
export function releaseArray(view: ArrayBufferView): void {
  leaseOf(view)?.release();
}
