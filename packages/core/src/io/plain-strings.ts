import { Binary, type Data, type DataType, Field, makeData, RecordBatch, Schema, Struct, Table, Type, Utf8 } from "apache-arrow";
import { bitAt, validityBits } from "../exec/eval/bitmaps.js";
import type { IpcSource } from "./scan/types.js";

/**
 * Strings and bytes in the view layouts (Utf8View, BinaryView — what Polars and DuckDB write)
 * are converted on input to the offset layouts (Utf8, Binary) every kernel reads. Columns of other
 * types pass through untouched, so only view columns are copied, once, as data enters Quiver.
 */

const VIEW_SIZE = 16;
const INLINE_CAPACITY = 12;
const MAX_OFFSET = 2 ** 31 - 1;

/** Whether a type is a view layout that Quiver converts on input. */
function isViewType(type: DataType): boolean {
  return type.typeId === Type.Utf8View || type.typeId === Type.BinaryView;
}

/** The type a view type becomes (Utf8View → Utf8, BinaryView → Binary); other types unchanged. */
function plainType(type: DataType): DataType {
  if (type.typeId === Type.Utf8View) return new Utf8();
  if (type.typeId === Type.BinaryView) return new Binary();
  return type;
}

/** The schema with view types replaced; the same object when there are none. */
function plainSchema(schema: Schema): Schema {
  if (!schema.fields.some((f) => isViewType(f.type))) return schema;
  return new Schema(
    schema.fields.map((f) => (isViewType(f.type) ? new Field(f.name, plainType(f.type), f.nullable, f.metadata) : f)),
    schema.metadata,
  );
}

/** The batch with view columns converted; the same object when there are none. */
function plainBatch(batch: RecordBatch): RecordBatch {
  const schema = plainSchema(batch.schema);
  if (schema === batch.schema) return batch;
  const children = (batch.data.children as Data[]).map((c) => (isViewType(c.type) ? plainData(c) : c));
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: batch.numRows, nullCount: 0, children }));
}

/** The table with view columns converted; the same object when there are none. */
export function plainTable(table: Table): Table {
  const schema = plainSchema(table.schema);
  if (schema === table.schema) return table;
  return new Table(schema, table.batches.map(plainBatch));
}

/**
 * One view-layout chunk as an offset-layout chunk. The first pass sums the lengths into the
 * offsets, so the second copies the bytes into one buffer allocated at its final size.
 * @throws RangeError when one chunk holds more than 2 GiB of string bytes
 */
function plainData(data: Data): Data {
  const views = data.values as Uint8Array;
  const words = new DataView(views.buffer, views.byteOffset, views.byteLength);
  const buffers = (data as unknown as { variadicBuffers?: readonly Uint8Array[] }).variadicBuffers ?? [];
  // Aligned to bit 0, the numbering of the offset-layout chunk this returns.
  const validity = validityBits(data);
  const offsets = new Int32Array(data.length + 1);
  let total = 0;
  for (let i = 0; i < data.length; i++) {
    if (validity === null || bitAt(validity, i)) total += Math.max(0, words.getInt32(i * VIEW_SIZE, true));
    if (total > MAX_OFFSET) throw new RangeError(`a ${String(data.type)} chunk holds more than 2 GiB of bytes; write it in smaller record batches`);
    offsets[i + 1] = total;
  }
  const bytes = new Uint8Array(total);
  for (let i = 0; i < data.length; i++) {
    const size = offsets[i + 1] - offsets[i];
    if (size === 0) continue;
    const at = i * VIEW_SIZE;
    if (size <= INLINE_CAPACITY) bytes.set(views.subarray(at + 4, at + 4 + size), offsets[i]);
    else {
      const buffer = buffers[words.getInt32(at + 8, true)];
      const start = words.getInt32(at + 12, true);
      bytes.set(buffer.subarray(start, start + size), offsets[i]);
    }
  }
  return makeData({
    type: plainType(data.type) as Utf8,
    length: data.length,
    nullCount: data.nullCount,
    // A copy: an aligned validity is a view of the input's bitmap, and would keep the buffer the
    // view-layout chunk was read into alive.
    nullBitmap: validity === null ? null : validity.slice(),
    valueOffsets: offsets,
    data: bytes,
  } as never);
}

/** An IPC source whose batches come out with view columns converted. */
export function plainIpcSource(source: IpcSource): IpcSource {
  const schema = plainSchema(source.schema);
  if (schema === source.schema) return source;
  return {
    schema,
    name: source.name,
    format: source.format,
    numBatches: source.numBatches,
    async *batches(options) {
      for await (const batch of source.batches(options)) yield plainBatch(batch);
    },
    close: () => source.close(),
  };
}
