/**
 * Columns of indices: Arrow Int64 (NumPy's intp), null where a slice held no value.
 */
import { type Data, Field, Int64, makeData, makeVector, RecordBatch, Schema, Struct, Table, type Vector } from "apache-arrow";

/** An Int64 Vector of the indices, null where a slice held no value. */
export function indexVector(indices: ArrayLike<number | null>): Vector<Int64> {
  return makeVector(indexData(indices));
}

/**
 * Int64 data of the indices; the validity bitmap (bit set = valid) only when some are null.
 * @param indices - non-negative indices; null, or -1 in a typed array, for a missing one
 */
export function indexData(indices: ArrayLike<number | null>): Data<Int64> {
  const length = indices.length;
  const values = new BigInt64Array(length);
  // Indices are non-negative and below 2^53: written as two 32-bit words, no BigInt per row.
  const words = new Uint32Array(values.buffer);
  const validity = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const index = indices[i];
    if (index === null || index < 0) nullCount++;
    else {
      words[2 * i] = index >>> 0;
      words[2 * i + 1] = Math.floor(index / 4294967296);
      validity[i >> 3] |= 1 << (i & 7);
    }
  }
  const type = new Int64();
  return nullCount === 0
    ? makeData({ type, length, nullCount, data: values })
    : makeData({ type, length, nullCount, data: values, nullBitmap: validity });
}

/** A Table of Int64 columns; built from a schema so repeated column names survive. */
export function indexTable(columns: readonly (readonly [string, readonly (number | null)[]])[], length: number): Table {
  const fields = columns.map(([name]) => new Field(name, new Int64(), true));
  const schema = new Schema(fields);
  const children = columns.map(([, indices]) => indexData(indices));
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length, nullCount: 0, children }));
  return new Table(schema, batch);
}
