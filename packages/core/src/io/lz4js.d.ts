/** The part of lz4js (which ships no types) that Quiver uses. */
declare module "lz4js" {
  /**
   * Compresses bytes into one LZ4 frame.
   * @param src - the bytes
   * @returns the frame
   */
  export function compress(src: Uint8Array): ArrayLike<number>;
  /** The most bytes compressing `n` bytes can give. */
  export function compressBound(n: number): number;
  /**
   * Compresses `src[sIndex…sIndex+sLength)` into `dst` as one raw LZ4 block.
   * @param hashTable - 2^16 entries, zeroed before the call
   * @returns the block's length, or 0 when nothing could be matched
   */
  export function compressBlock(src: Uint8Array, dst: Uint8Array, sIndex: number, sLength: number, hashTable: Uint32Array): number;
}
