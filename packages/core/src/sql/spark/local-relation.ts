import { type Data, Field, Int16, Int32, Int64, makeData, type RecordBatch, RecordBatchStreamWriter, Schema, type DataType, Type, vectorFromArray } from "apache-arrow";
import { makeBatch } from "../../exec/batch.js";
import type { ScanSource } from "../../plan/nodes.js";
import { SqlLoweringError } from "../errors.js";
import { POSITION, slot } from "../names.js";

/**
 * A source as the Arrow IPC stream of a Spark Connect local relation: its columns named `c0`,
 * `c1`, … and the row-order column `__quiver_pos`, as the lowered SQL reads a registered source.
 * Spark has no unsigned integers: they go as the next wider signed type (the dialect's type for them).
 * @param source - an in-memory or file source
 * @param signal - aborts the read
 * @returns the IPC stream bytes (schema, then one message per batch)
 * @throws SqlLoweringError for a column type Spark cannot take yet (UInt64)
 */
export async function localRelationBytes(source: ScanSource, signal?: AbortSignal): Promise<Uint8Array> {
  const targets = source.schema.fields.map((f) => sparkType(f.type, f.name));
  const fields = [...targets.map((t, i) => new Field(slot(i), t, true)), new Field(POSITION, new Int64(), false)];
  const writer = new RecordBatchStreamWriter();
  writer.reset(undefined, new Schema(fields));
  let position = 0n;
  for await (const batch of source.batches({ signal })) {
    const positions = BigInt64Array.from({ length: batch.numRows }, () => position++);
    const columns = targets.map((t, c) => columnAs(batch, c, t));
    writer.write(makeBatch(fields, [...columns, makeData({ type: new Int64(), length: batch.numRows, data: positions })], batch.numRows));
  }
  writer.finish();
  return writer.toUint8Array(true);
}

function columnAs(batch: RecordBatch, c: number, target: DataType): Data {
  const vector = batch.getChildAt(c)!;
  if (vector.type === target) return batch.data.children[c];
  const values = Array.from({ length: batch.numRows }, (_, r) => {
    const v = vector.get(r);
    return typeof v === "bigint" && target.typeId === Type.Int && (target as unknown as { bitWidth: number }).bitWidth < 64 ? Number(v) : v;
  });
  return vectorFromArray(values, target).data[0];
}

/** The Arrow type Spark reads a column of the given type as: itself, unless Spark lacks it. */
function sparkType(type: DataType, name: string): DataType {
  if (type.typeId === Type.Dictionary) return sparkType((type as unknown as { dictionary: DataType }).dictionary, name);
  if (type.typeId !== Type.Int) return type;
  const { bitWidth, isSigned } = type as unknown as { bitWidth: number; isSigned: boolean };
  if (isSigned) return type;
  if (bitWidth === 64) throw new SqlLoweringError(`column "${name}" of type ${String(type)} has no Spark type yet`);
  return bitWidth === 8 ? new Int16() : bitWidth === 16 ? new Int32() : new Int64();
}
