/** The part of lz4js (which ships no types) that Quiver uses. */
declare module "lz4js" {
  /**
   * Compresses bytes into one LZ4 frame.
   * @param src - the bytes
   * @returns the frame
   */
  export function compress(src: Uint8Array): ArrayLike<number>;
}
