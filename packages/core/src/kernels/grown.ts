/** Typed arrays that per-group and per-key state grows in. */
type Growable = Float64Array | Int32Array | Uint8Array;

/**
 * An array with room for `size` entries: the array itself when it has room, else a copy at least
 * twice as long whose new entries are `fill`.
 * @param array - the current array
 * @param size - the entries needed
 * @param fill - the value of the new entries
 */
export function grown<T extends Growable>(array: T, size: number, fill = 0): T {
  if (size <= array.length) return array;
  const out = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  if (fill !== 0) out.fill(fill);
  out.set(array);
  return out;
}
