import { type Data, type Field, makeData, RecordBatch, Schema, Struct, Type } from "apache-arrow";
import { take } from "../kernels/take.js";

/** A record batch from columns of equal length. */
export function makeBatch(fields: readonly Field[], columns: readonly Data[], length: number): RecordBatch {
  const schema = new Schema([...fields]);
  return new RecordBatch(schema, makeData({ type: new Struct([...fields]), length, nullCount: 0, children: [...columns] }));
}

/** The columns of a batch as Data, in schema order. */
export function columnsOf(batch: RecordBatch): Data[] {
  return batch.data.children as Data[];
}

/** The rows of a batch at the given positions, in that order. */
export function takeRows(batch: RecordBatch, rows: Int32Array): RecordBatch {
  return makeBatch(batch.schema.fields, columnsOf(batch).map((c) => take(c, rows)), rows.length);
}

/** Positions of rows whose Bool mask is true (a null mask slot counts as false). */
export function trueRows(mask: Data): Int32Array {
  // A predicate folded to a null constant is typed Null: it holds no true row.
  if (mask.typeId === Type.Null) return new Int32Array(0);
  const rows = new Int32Array(mask.length);
  let n = 0;
  const bits = mask.values as Uint8Array;
  const validity = mask.nullCount > 0 ? mask.nullBitmap : null;
  for (let i = 0; i < mask.length; i++) {
    const bit = mask.offset + i;
    if (((bits[bit >> 3] >> (bit & 7)) & 1) === 0) continue;
    if (validity && ((validity[bit >> 3] >> (bit & 7)) & 1) === 0) continue;
    rows[n++] = i;
  }
  return rows.subarray(0, n);
}
