/**
 * The engine's WebAssembly heap: one shared `WebAssembly.Memory`, the allocator over it, and the
 * leases that free its blocks. Buffers Quiver allocates for itself live here, so the WebAssembly
 * kernels scan them where they are; worker threads are handed the same memory.
 */

import { Allocator, PAGE_BYTES } from "./allocator.js";
import { type Lease, leasedView, type LeasableArray, type LeasableClass } from "./leased-array.js";

/** The largest memory a wasm32 module can address: 65,536 pages of 64 KiB, 4 GiB. */
export const MAX_PAGES = 65536;

/** Pages the memory starts with (256 KiB); it grows as blocks are allocated. */
const INITIAL_PAGES = 4;

/** Bytes at the start of the memory that no block uses, so that address 0 is never a block. */
const RESERVED_BYTES = 1024;

export interface HeapOptions {
  /** Fill freed blocks with a poison pattern and never reuse them (debug mode). */
  readonly poison?: boolean;
  /** The memory's maximum in pages; default {@link MAX_PAGES}. */
  readonly maximumPages?: number;
  /**
   * For a worker thread reading the heap of the thread that owns the memory: the one block the
   * owner lent it. Such a heap allocates nothing itself: `allocate` hands out the lent block once
   * (its kernels' block buffer), then null, so every other array it makes is an ordinary one.
   */
  readonly lent?: LentBlock;
}

/** A block of a memory lent to another thread: its address and size. */
export interface LentBlock {
  readonly address: number;
  readonly bytes: number;
}

/** A block allocated in the heap: a typed array over it, and the lease that frees it. */
export class Heap {
  readonly memory: WebAssembly.Memory;
  readonly allocator: Allocator;
  /** Every buffer object the memory has had: growth gives `memory.buffer` a new one each time. */
  private readonly buffers = new WeakSet<ArrayBufferLike>();
  private readonly registry = new FinalizationRegistry<number>((address) => this.allocator.free(address));
  /** The block lent by the memory's owner, until handed out (a lent heap only). */
  private lent: LentBlock | null;
  private readonly borrowed: boolean;

  /**
   * @param memory - a memory this heap alone allocates in
   * @param options - the poison mode
   */
  constructor(memory: WebAssembly.Memory, options: HeapOptions = {}) {
    this.memory = memory;
    this.allocator = new Allocator(memory, { base: RESERVED_BYTES, poison: options.poison });
    this.lent = options.lent ?? null;
    this.borrowed = options.lent !== undefined;
  }

  /** Whether freed blocks are poisoned and never reused (debug mode). */
  get poison(): boolean {
    return this.allocator.poison;
  }

  set poison(on: boolean) {
    this.allocator.poison = on;
  }

  /** The memory's buffer now; views made from it keep their length when the memory grows later. */
  buffer(): ArrayBufferLike {
    const buffer = this.memory.buffer;
    this.buffers.add(buffer);
    return buffer;
  }

  /**
   * Whether a view's bytes lie in this memory, so that its `byteOffset` is their address.
   * @param view - any typed array or DataView
   */
  holds(view: ArrayBufferView): boolean {
    return this.buffers.has(view.buffer) || view.buffer === this.buffer();
  }

  /**
   * A typed array of `length` elements in a new block, freed once no view of the block is
   * reachable (or when its lease is released). Its contents are unspecified.
   * @param arrayClass - the element type, e.g. Float64Array
   * @param length - elements
   * @returns the array, or null when the memory cannot grow enough (allocate elsewhere then)
   * @example heap.allocate(Float64Array, 1024)?.fill(0)
   */
  allocate<T extends LeasableArray>(arrayClass: LeasableClass<T>, length: number): T | null {
    if (this.borrowed) return this.lend(arrayClass, length);
    const address = this.allocator.allocate(length * arrayClass.BYTES_PER_ELEMENT);
    if (address === null) return null;
    const lease = new BlockLease(this, address);
    this.registry.register(lease, address, lease);
    return leasedView(arrayClass, this.buffer(), address, length, lease);
  }

  /** The lent block, the first time it is asked for and fits; it is never freed by this thread. */
  private lend<T extends LeasableArray>(arrayClass: LeasableClass<T>, length: number): T | null {
    const block = this.lent;
    if (block === null || length * arrayClass.BYTES_PER_ELEMENT > block.bytes) return null;
    this.lent = null;
    const lease: Lease = { address: block.address, released: false, release: () => undefined };
    return leasedView(arrayClass, this.buffer(), block.address, length, lease);
  }

  /** Frees the block of a lease now, and forgets it in the finalization registry. */
  release(lease: BlockLease): void {
    this.registry.unregister(lease);
    this.allocator.free(lease.address);
  }
}

class BlockLease implements Lease {
  readonly address: number;
  private readonly heap: Heap;
  private done = false;

  constructor(heap: Heap, address: number) {
    this.heap = heap;
    this.address = address;
  }

  get released(): boolean {
    return this.done;
  }

  release(): void {
    if (this.done) return;
    this.done = true;
    this.heap.release(this);
  }
}

/**
 * A shared memory of `initial` pages, or null where SharedArrayBuffer is unavailable (a browser
 * page that is not cross-origin isolated) or the engine refuses the maximum.
 * @param maximumPages - the most it may grow to
 */
export function createSharedMemory(maximumPages = MAX_PAGES): WebAssembly.Memory | null {
  if (typeof SharedArrayBuffer !== "function") return null;
  for (let maximum = maximumPages; maximum >= INITIAL_PAGES; maximum = Math.floor(maximum / 4)) {
    try {
      return new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum, shared: true });
    } catch {
      // A 32-bit engine may not reserve 4 GiB; try a smaller maximum.
    }
  }
  return null;
}

/** Bytes in a page, re-exported for callers that size memories. */
export { PAGE_BYTES };
