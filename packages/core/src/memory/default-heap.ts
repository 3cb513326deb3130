/**
 * The one heap of the engine, made on first use. Where SharedArrayBuffer is unavailable there is
 * none: buffers then live in ordinary ArrayBuffers and the kernels copy them block by block.
 */

import { createSharedMemory, Heap, type LentBlock } from "./heap.js";

let heap: Heap | null | undefined;

/**
 * The engine's heap, or null where no shared WebAssembly memory can be made.
 * @returns the heap every Quiver-allocated buffer and every kernel instance uses
 */
export function wasmHeap(): Heap | null {
  if (heap === undefined) {
    const memory = createSharedMemory();
    heap = memory === null ? null : new Heap(memory, { poison: poisonFromEnvironment() });
  }
  return heap;
}

/**
 * Makes the engine's heap, in a worker thread, the memory of the thread that started it, so that
 * the worker's kernels scan that thread's buffers in place. The worker allocates nothing there but
 * the block lent to it (see HeapOptions.lent). Call before anything uses the heap.
 * @param memory - the owner's heap memory
 * @param block - the block the owner lent to this worker
 */
export function useLentHeap(memory: WebAssembly.Memory, block: LentBlock): void {
  heap = new Heap(memory, { lent: block });
}

/**
 * Switches the poison mode of the engine's heap: freed blocks are filled with 0xFF bytes (NaN,
 * -1) and never reused, so a read after release changes results instead of passing unseen. Also
 * on when the environment variable `QUIVER_POISON_FREED=1` is set at start.
 * @param on - whether to poison
 * @returns whether it was on before
 */
export function setPoisonFreed(on: boolean): boolean {
  const current = wasmHeap();
  const before = current?.poison ?? false;
  if (current !== null) current.poison = on;
  return before;
}

function poisonFromEnvironment(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.QUIVER_POISON_FREED === "1";
}
