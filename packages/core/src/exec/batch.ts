import { type Data, type Field, makeData, RecordBatch, Schema, Struct } from "apache-arrow";
import { concatData } from "../kernels/concat.js";
import { take } from "../kernels/take.js";
import { isValidAt, validityOf } from "../kernels/validity.js";
import { bitAt } from "./eval/bitmaps.js";

/** A record batch from columns of equal length. */
export function makeBatch(fields: readonly Field[], columns: readonly Data[], length: number): RecordBatch {
  const schema = new Schema([...fields]);
  return new RecordBatch(schema, makeData({ type: new Struct([...fields]), length, nullCount: 0, children: [...columns] }));
}

/** The columns of a batch as Data, in schema order. */
export function columnsOf(batch: RecordBatch): Data[] {
  return batch.data.children as Data[];
}

/** One batch of the rows of several batches of one schema, in order. */
export function concatBatches(batches: readonly RecordBatch[]): RecordBatch {
  if (batches.length === 1) return batches[0];
  const schema = batches[0].schema;
  const length = batches.reduce((n, b) => n + b.numRows, 0);
  const columns = schema.fields.map((f, c) => concatData(f.type, batches.map((b) => columnsOf(b)[c])));
  return makeBatch(schema.fields, columns, length);
}

/** The rows of a batch at the given positions, in that order. */
export function takeRows(batch: RecordBatch, rows: Int32Array): RecordBatch {
  return makeBatch(batch.schema.fields, columnsOf(batch).map((c) => take(c, rows)), rows.length);
}

/** Positions of rows whose Bool mask is true (a null mask slot counts as false). */
export function trueRows(mask: Data): Int32Array {
  const rows = new Int32Array(mask.length);
  let n = 0;
  const bits = mask.values as Uint8Array;
  const validity = validityOf(mask);
  for (let i = 0; i < mask.length; i++) {
    if (bitAt(bits, mask.offset + i) && isValidAt(validity, mask.offset, i)) rows[n++] = i;
  }
  return rows.subarray(0, n);
}
