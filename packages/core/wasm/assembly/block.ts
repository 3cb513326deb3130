/**
 * The linear memory the engine scans: a block buffer that each block of a column is copied into.
 * Nothing is ever allocated at run time.
 */

/** Capacity of the block buffer in bytes; the engine picks its block size up to this. */
export const BLOCK_BYTES: i32 = 128 * 1024;

/** Start of the block buffer, aligned for vector loads. */
export const BLOCK: usize = memory.data(BLOCK_BYTES, 64);

/** Sixteen bytes where a vector is stored to reduce its lanes one by one. */
export const LANES: usize = memory.data(16, 16);

/** Bytes that one unrolled step of a scan covers: four vectors. */
export const STEP: usize = 64;
