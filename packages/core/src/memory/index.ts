/**
 * The engine's memory: one shared WebAssembly.Memory and the allocator over it. Internal to the
 * package; see docs/architecture.md ("Memory model") for who frees what, and when.
 *
 * - {@link wasmHeap}: the heap (null where SharedArrayBuffer is unavailable); `heap.memory` is the
 *   memory to hand to workers, `heap.allocate(Float64Array, n)` a typed array in a new block.
 * - {@link allocateArray}: a typed array in the heap when there is one, else an ordinary one;
 *   {@link heapArray}: one in the heap or null.
 * - {@link retype}: a view of a leased block as another element type, keeping the lease.
 * - {@link releaseArray}: frees an array's block now (the owner of a streamed batch does this).
 * - {@link markAdoptable}, {@link adoptInHeap}: a frame's foreign chunk copied into the heap once,
 *   on first scan, and cached with the chunk.
 * - {@link setPoisonFreed}: the debug mode that poisons freed blocks.
 * - {@link useLentHeap}: a worker thread reads the heap of the thread that started it.
 */

export { adoptInHeap, isAdopted, markAdoptable } from "./adopt.js";
export { Allocator, type AllocatorOptions, type AllocatorStats, PAGE_BYTES, POISON_BYTE } from "./allocator.js";
export { allocateArray, heapArray, releaseArray } from "./arrays.js";
export { setPoisonFreed, useLentHeap, wasmHeap } from "./default-heap.js";
export { createSharedMemory, Heap, type HeapOptions, type LentBlock, MAX_PAGES } from "./heap.js";
export { type LeasableArray, type LeasableClass, type Lease, leaseOf, retype } from "./leased-array.js";
export { ALIGNMENT, sizeClass } from "./size-class.js";
