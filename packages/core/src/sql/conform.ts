import { type Data, type DataType, type Field, type RecordBatch, Type, vectorFromArray } from "apache-arrow";
import { makeBatch } from "../exec/batch.js";
import { valuesData } from "../exec/eval/build.js";

/**
 * A value another engine returned, as apache-arrow's builders take it for the plan's type: 64-bit
 * integers as bigint, narrower ones as number (engines widen types the plan keeps narrow).
 * @param value - the engine's value
 * @param type - the plan's type of its column
 */
export function fromEngineValue(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (type.typeId === Type.Int && (type as unknown as { bitWidth: number }).bitWidth === 64) return BigInt(value as bigint);
  if (type.typeId === Type.Int) return Number(value);
  return value;
}

/**
 * A column another engine returned as the plan's type: dates and timestamps from their stored
 * integers (days, microseconds), anything else through apache-arrow's builders.
 * @param values - the engine's values, null for a null
 * @param type - the plan's type of the column
 * @returns the column's data
 */
export function engineData(values: readonly unknown[], type: DataType): Data {
  if (type.typeId !== Type.Date && type.typeId !== Type.Timestamp) return vectorFromArray(values.map((v) => fromEngineValue(v, type)), type).data[0];
  const wide = (type as unknown as { ArrayType: unknown }).ArrayType === BigInt64Array;
  const stored = wide ? new BigInt64Array(values.length) : new Int32Array(values.length);
  const validity = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    validity[i >> 3] |= 1 << (i & 7);
    stored[i] = (wide ? BigInt(v as bigint) : Number(v)) as never;
  });
  return valuesData(type, values.length, stored, values.includes(null) || values.includes(undefined) ? validity : null);
}

/**
 * A batch another engine returned, given the plan's fields: a column already of the plan's type is
 * kept as it is; another (a wider integer, large strings) is rebuilt in the plan's type.
 * @param batch - the engine's batch, its columns in the plan's order
 * @param fields - the plan's output fields
 * @returns a batch of exactly the plan's schema
 */
export function conformBatch(batch: RecordBatch, fields: readonly Field[]): RecordBatch {
  const columns = fields.map((field, c): Data => {
    const vector = batch.getChildAt(c)!;
    if (String(vector.type) === String(field.type)) return batch.data.children[c];
    const values = Array.from({ length: batch.numRows }, (_, r) => fromEngineValue(vector.get(r), field.type));
    return vectorFromArray(values, field.type).data[0];
  });
  return makeBatch(fields, columns, batch.numRows);
}
