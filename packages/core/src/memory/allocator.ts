/**
 * A block allocator over a WebAssembly.Memory. Blocks are 64-byte aligned and sized by
 * {@link sizeClass}; a freed block goes to its class's free list and serves the next request of
 * that class (or of up to two smaller classes), and freed blocks at the top of the used region
 * shrink it, so a stream of batches of similar shapes reuses the same few blocks. The memory grows
 * when no free block fits; growth never moves or clears a block already handed out.
 */

import { ALIGNMENT, nextSizeClass, sizeClass } from "./size-class.js";

/** Bytes in a WebAssembly page. */
export const PAGE_BYTES = 65536;

/** Byte written over every freed block in poison mode: each float is then NaN, each integer -1. */
export const POISON_BYTE = 0xff;

/** A freed block waits for reuse in a larger class by at most this many classes. */
const LARGER_CLASSES_TRIED = 2;

export interface AllocatorOptions {
  /** First byte the allocator may hand out (below it belongs to someone else). Default 64. */
  readonly base?: number;
  /**
   * Debug mode: fill freed blocks with {@link POISON_BYTE} and never reuse them, so that a read
   * after release sees NaN and -1 instead of data that happens to still be there.
   */
  readonly poison?: boolean;
}

/** How much of the memory the allocator uses, in bytes. */
export interface AllocatorStats {
  /** Bytes of blocks handed out and not freed. */
  readonly live: number;
  /** Bytes of freed blocks waiting for reuse. */
  readonly free: number;
  /** Bytes freed since the allocator was made, counting each block once per release. */
  readonly freedTotal: number;
  /** The end of the used region: every block lies below it. */
  readonly top: number;
  /** The memory's size. */
  readonly memoryBytes: number;
}

export class Allocator {
  readonly memory: WebAssembly.Memory;
  /** Debug mode, see {@link AllocatorOptions.poison}; may be switched at any time. */
  poison: boolean;
  private top: number;
  /** Size of each block handed out, by address. */
  private readonly live = new Map<number, number>();
  /** Addresses of freed blocks, by size class. */
  private readonly freeBySize = new Map<number, Set<number>>();
  /** Freed blocks by end address, so that the top can fall past them. */
  private readonly freeByEnd = new Map<number, number>();
  private liveBytes = 0;
  private freeBytes = 0;
  private freedTotal = 0;

  /**
   * @param memory - the memory to allocate in; grown as needed up to its maximum
   * @param options - where to start, and the poison mode
   */
  constructor(memory: WebAssembly.Memory, options: AllocatorOptions = {}) {
    this.memory = memory;
    this.poison = options.poison ?? false;
    this.top = Math.ceil((options.base ?? ALIGNMENT) / ALIGNMENT) * ALIGNMENT;
  }

  /**
   * Reserves a 64-byte-aligned block of at least `bytes` bytes; its contents are unspecified.
   * @param bytes - the size asked for
   * @returns the block's address, or null when the memory cannot grow enough
   */
  allocate(bytes: number): number | null {
    const size = sizeClass(bytes);
    const reused = this.takeFree(size);
    if (reused !== null) return reused;
    const address = this.top;
    if (!this.ensure(address + size)) return null;
    this.top = address + size;
    return this.handOut(address, size);
  }

  /**
   * Returns a block to the allocator. Its bytes may be handed out again at once.
   * @param address - an address {@link allocate} returned and not yet freed
   * @throws Error when the address is not a live block (a double free, or a foreign address)
   */
  free(address: number): void {
    const size = this.live.get(address);
    if (size === undefined) throw new Error(`WebAssembly memory: ${address} is not a live block (freed twice?)`);
    this.live.delete(address);
    this.liveBytes -= size;
    this.freedTotal += size;
    if (this.poison) {
      new Uint8Array(this.memory.buffer, address, size).fill(POISON_BYTE);
      return;
    }
    if (address + size === this.top) {
      this.top = address;
      this.dropFreeBelowTop();
      return;
    }
    this.addFree(address, size);
  }

  /** The size of the block at `address`, or undefined when it is not a live block. */
  sizeOf(address: number): number | undefined {
    return this.live.get(address);
  }

  /** How much of the memory is in use. */
  stats(): AllocatorStats {
    return { live: this.liveBytes, free: this.freeBytes, freedTotal: this.freedTotal, top: this.top, memoryBytes: this.memory.buffer.byteLength };
  }

  private handOut(address: number, size: number): number {
    this.live.set(address, size);
    this.liveBytes += size;
    return address;
  }

  /** A freed block of class `size` or a little larger, removed from the free lists. */
  private takeFree(size: number): number | null {
    let candidate = size;
    for (let tried = 0; tried <= LARGER_CLASSES_TRIED; tried++, candidate = nextSizeClass(candidate)) {
      const blocks = this.freeBySize.get(candidate);
      if (blocks === undefined || blocks.size === 0) continue;
      const address = blocks.values().next().value as number;
      this.removeFree(address, candidate);
      return this.handOut(address, candidate);
    }
    return null;
  }

  private addFree(address: number, size: number): void {
    let blocks = this.freeBySize.get(size);
    if (blocks === undefined) this.freeBySize.set(size, (blocks = new Set()));
    blocks.add(address);
    this.freeByEnd.set(address + size, address);
    this.freeBytes += size;
  }

  private removeFree(address: number, size: number): void {
    this.freeBySize.get(size)?.delete(address);
    this.freeByEnd.delete(address + size);
    this.freeBytes -= size;
  }

  /** Lowers the top past free blocks that end at it. */
  private dropFreeBelowTop(): void {
    for (let below = this.freeByEnd.get(this.top); below !== undefined; below = this.freeByEnd.get(this.top)) {
      this.removeFree(below, this.top - below);
      this.top = below;
    }
  }

  /** Grows the memory so that it holds `end` bytes; false when its maximum forbids. */
  private ensure(end: number): boolean {
    const have = this.memory.buffer.byteLength;
    if (end <= have) return true;
    // Grow by at least an eighth, so that a growing stream does not grow page by page.
    const pages = Math.max(Math.ceil((end - have) / PAGE_BYTES), Math.ceil(have / PAGE_BYTES / 8));
    try {
      this.memory.grow(pages);
      return true;
    } catch {
      try {
        this.memory.grow(Math.ceil((end - have) / PAGE_BYTES));
        return true;
      } catch {
        return false;
      }
    }
  }
}
