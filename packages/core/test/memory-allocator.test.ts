import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALIGNMENT, Allocator, PAGE_BYTES, POISON_BYTE, sizeClass } from "../src/memory/index.js";

/** A fresh shared memory of one page, growable to 64 MiB. */
function memory(): WebAssembly.Memory {
  return new WebAssembly.Memory({ initial: 1, maximum: 1024, shared: true });
}

describe("size classes", () => {
  it("cover every request with at most 25% waste above 256 bytes, in multiples of 64", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (bytes) => {
        const size = sizeClass(bytes);
        expect(size).toBeGreaterThanOrEqual(Math.max(bytes, ALIGNMENT));
        expect(size % ALIGNMENT).toBe(0);
        if (bytes > 256) expect(size).toBeLessThanOrEqual(bytes * 1.25 + ALIGNMENT);
        expect(sizeClass(size)).toBe(size);
      }),
    );
  });
});

describe("the allocator", () => {
  it("hands out 64-byte-aligned, disjoint blocks", () => {
    const allocator = new Allocator(memory());
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 40 }), (sizes) => {
        const blocks = sizes.map((bytes) => ({ address: allocator.allocate(bytes)!, bytes }));
        for (const { address } of blocks) expect(address % ALIGNMENT).toBe(0);
        const sorted = [...blocks].sort((a, b) => a.address - b.address);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i].address).toBeGreaterThanOrEqual(sorted[i - 1].address + sizeClass(sorted[i - 1].bytes));
        for (const { address } of blocks) allocator.free(address);
        expect(allocator.stats().live).toBe(0);
      }),
    );
  });

  it("reuses a freed block for a request of the same class", () => {
    const allocator = new Allocator(memory());
    const a = allocator.allocate(3000)!;
    allocator.allocate(64);
    allocator.free(a);
    expect(allocator.stats().free).toBe(sizeClass(3000));
    expect(allocator.allocate(2900)).toBe(a);
    expect(allocator.stats().free).toBe(0);
  });

  it("lowers the top past freed blocks at its end, so the memory is used again from there", () => {
    const allocator = new Allocator(memory(), { base: 64 });
    const a = allocator.allocate(1000)!;
    const b = allocator.allocate(5000)!;
    const c = allocator.allocate(100)!;
    allocator.free(b);
    allocator.free(c);
    expect(allocator.stats().top).toBe(a + sizeClass(1000));
    expect(allocator.stats().free).toBe(0);
    expect(allocator.allocate(20_000)).toBe(b);
  });

  it("grows the memory, and blocks written before keep their bytes", () => {
    const mem = memory();
    const allocator = new Allocator(mem);
    const first = allocator.allocate(1000)!;
    const before = new Float64Array(mem.buffer, first, 125);
    before.forEach((_, i) => (before[i] = i * 1.5));
    const big = allocator.allocate(5 * PAGE_BYTES)!;
    expect(mem.buffer.byteLength).toBeGreaterThanOrEqual(big + 5 * PAGE_BYTES);
    expect(before.length).toBe(125);
    expect(Array.from(new Float64Array(mem.buffer, first, 125))).toEqual(Array.from({ length: 125 }, (_, i) => i * 1.5));
    expect(before[124]).toBe(186);
  });

  it("answers null when the memory cannot grow enough, and keeps working", () => {
    const allocator = new Allocator(new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true }));
    expect(allocator.allocate(3 * PAGE_BYTES)).toBeNull();
    expect(allocator.allocate(PAGE_BYTES)).not.toBeNull();
  });

  it("refuses to free a block twice", () => {
    const allocator = new Allocator(memory());
    const a = allocator.allocate(10)!;
    allocator.free(a);
    expect(() => allocator.free(a)).toThrow(/not a live block/);
  });

  it("in poison mode fills a freed block with the poison byte and never hands it out again", () => {
    const mem = memory();
    const allocator = new Allocator(mem, { poison: true });
    const a = allocator.allocate(256)!;
    new Uint8Array(mem.buffer, a, 256).fill(7);
    allocator.free(a);
    expect(new Uint8Array(mem.buffer, a, 256).every((b) => b === POISON_BYTE)).toBe(true);
    expect(new Float64Array(mem.buffer, a, 32).every(Number.isNaN)).toBe(true);
    expect(allocator.allocate(256)).not.toBe(a);
  });

  it("keeps a long stream of batches of varying sizes within a bounded memory", () => {
    const mem = memory();
    const allocator = new Allocator(mem);
    const rng = fc.sample(fc.integer({ min: 1000, max: 200_000 }), { numRuns: 3000, seed: 42 });
    const window: number[] = [];
    for (const bytes of rng) {
      window.push(allocator.allocate(bytes)!);
      if (window.length > 4) allocator.free(window.shift()!);
    }
    // Four live batches of at most 250 KB each, plus reuse slack: far below 3,000 batches' worth.
    expect(mem.buffer.byteLength).toBeLessThan(16 * 2 ** 20);
  });
});
