/**
 * When a dense scan runs in WebAssembly. A call and a block copy cost a fixed ~100–200 ns, so
 * short columns stay in JavaScript; the crossover depends on the lane width, since JavaScript
 * spends the same time per value whatever its width while SIMD covers 2 to 16 values at once.
 * Tests lower the numbers so that small generated columns cross many blocks.
 */

export interface WasmScanLimits {
  /**
   * Fewest values a dense scan needs to run in WebAssembly, whatever the lane width; null uses
   * the measured per-width defaults, Infinity keeps every scan in JavaScript.
   */
  readonly minLength: number | null;
  /**
   * Bytes copied and scanned per block. Measured on Node 20 (AMD Zen 4): 3–5 KB is best; 2 KB
   * pays the fixed per-block cost (a view, `set`, a call: ~35 ns) too often, and from 8 KB on the
   * block buffer and the source streaming through no longer share the L1 cache, so the copy from
   * memory slows down (16 KB: 0.46 instead of 0.29 ns per 8-byte value).
   */
  readonly blockBytes: number;
}

/**
 * Measured crossovers on cached data, by bytes per value: 8-bit and 16-bit lanes win from ~128
 * values, 32-bit from ~512, 64-bit from ~1,500.
 */
const DEFAULT_MIN_LENGTH: Readonly<Record<number, number>> = { 1: 256, 2: 256, 4: 512, 8: 2048 };

export const DEFAULT_WASM_SCAN_LIMITS: WasmScanLimits = { minLength: null, blockBytes: 4096 };

let current = DEFAULT_WASM_SCAN_LIMITS;

/** The limits in force. */
export function wasmScanLimits(): WasmScanLimits {
  return current;
}

/** True when a dense scan of `length` values of `bytesPerValue` bytes should run in WebAssembly. */
export function wasmScanPays(length: number, bytesPerValue: number): boolean {
  return length >= (current.minLength ?? DEFAULT_MIN_LENGTH[bytesPerValue] ?? Infinity);
}

/**
 * Replaces some limits; for tests and measurements.
 * @returns the limits before the change, to restore them
 */
export function setWasmScanLimits(next: Partial<WasmScanLimits>): WasmScanLimits {
  const previous = current;
  current = { ...current, ...next };
  return previous;
}
