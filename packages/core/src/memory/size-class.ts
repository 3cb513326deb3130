/**
 * Block sizes of the allocator: every block is a multiple of {@link ALIGNMENT} bytes, and sizes
 * above 256 bytes round up to one of four classes per power of two, so a block wastes at most a
 * quarter of its size and freed blocks of one class serve every request of that class.
 */

/** Alignment of every block, in bytes: one cache line, enough for any SIMD load. */
export const ALIGNMENT = 64;

/**
 * The size of the block that serves a request of `bytes` bytes.
 * @param bytes - the bytes asked for (0 is served by the smallest block)
 * @returns a multiple of {@link ALIGNMENT}, at least `bytes`, at most 25% larger above 256 bytes
 * @example sizeClass(1) // 64
 * @example sizeClass(1000) // 1024
 * @example sizeClass(1100) // 1280
 */
export function sizeClass(bytes: number): number {
  const aligned = Math.max(ALIGNMENT, Math.ceil(bytes / ALIGNMENT) * ALIGNMENT);
  if (aligned <= 4 * ALIGNMENT) return aligned;
  const quarter = 2 ** (Math.floor(Math.log2(aligned - 1)) - 2);
  return Math.ceil(aligned / quarter) * quarter;
}

/**
 * The next larger class after `size`, a class itself.
 * @param size - a value returned by {@link sizeClass}
 * @returns the smallest class larger than `size`
 */
export function nextSizeClass(size: number): number {
  return sizeClass(size + 1);
}
