import type { DataType, Field } from "apache-arrow";

/**
 * Layouts of the IPC format that apache-arrow has no type for, read as the type they encode:
 * a RunEndEncoded column as its values' type (the runs expanded), a ListView or LargeListView as
 * a List or LargeList (the views gathered). The decoded schema carries the logical type; this map
 * remembers, for that type object, the layout its buffers have in the file.
 */
export type Encoding = { kind: "run-end"; runEnds: Field; values: Field } | { kind: "list-view"; large: boolean; child: Field };

const encodings = new WeakMap<DataType, Encoding>();

/**
 * Records the file layout of a type decoded from a RunEndEncoded or ListView field.
 * @param type - the logical type, a fresh object for this field
 * @param encoding - its layout in the file
 * @returns the type
 */
export function encoded(type: DataType, encoding: Encoding): DataType {
  encodings.set(type, encoding);
  return type;
}

/**
 * The file layout of a type, when it differs from the type's own.
 * @param type - a type of a decoded schema
 * @returns its encoding, or undefined for a type laid out as itself
 */
export function encodingOf(type: DataType): Encoding | undefined {
  return encodings.get(type);
}
