/**
 * Schemas and types as messages between threads: an Arrow IPC stream holding only the schema,
 * which Arrow itself writes and reads back with every type, field and metadata intact.
 */
import { type DataType, Field, Schema, Table, tableFromIPC, tableToIPC } from "apache-arrow";

/** A schema as IPC bytes. */
export function encodeSchema(schema: Schema): Uint8Array {
  return tableToIPC(new Table(schema), "stream");
}

/** The schema of {@link encodeSchema}'s bytes. */
export function decodeSchema(bytes: Uint8Array): Schema {
  return tableFromIPC(bytes).schema;
}

/** Types as IPC bytes: the schema of one field per type. */
export function encodeTypes(types: readonly DataType[]): Uint8Array {
  return encodeSchema(new Schema(types.map((type, i) => new Field(String(i), type, true))));
}

/** The types of {@link encodeTypes}' bytes, in order. */
export function decodeTypes(bytes: Uint8Array): DataType[] {
  return decodeSchema(bytes).fields.map((f) => f.type);
}
