import { Int64, makeData, type Vector, Vector as ArrowVector } from "apache-arrow";

/**
 * An Arrow Int64 vector of indices (NumPy's intp), null where a slice had no value.
 * @param indices - the positions; null entries become Arrow nulls
 */
export function indexVector(indices: readonly (number | null)[]): Vector<Int64> {
  const values = new BigInt64Array(indices.length);
  let nullCount = 0;
  const bitmap = new Uint8Array((indices.length + 7) >> 3);
  indices.forEach((index, i) => {
    if (index === null) nullCount++;
    else {
      values[i] = BigInt(index);
      bitmap[i >> 3] |= 1 << (i & 7);
    }
  });
  const data = makeData({ type: new Int64(), length: indices.length, nullCount, data: values, nullBitmap: nullCount > 0 ? bitmap : null });
  return new ArrowVector([data]);
}
