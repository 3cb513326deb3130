import { Schema } from "apache-arrow";
import { ValueError } from "../../errors.js";
import { columnIndex } from "../../types/column-lookup.js";
import { dictionaryIds } from "./layout.js";

/** The columns a scan reads, resolved against the input's schema. */
export interface Projection {
  /** For each output column, its position in the input schema. */
  indices: number[];
  /** The schema of the batches the scan yields. */
  schema: Schema;
  /** The dictionaries the output columns need; dictionary batches for other ids are skipped. */
  dictionaryIds: Set<number>;
}

/**
 * Resolves the requested column names, in the requested order.
 * @param schema - the input's schema
 * @param columns - the names, or undefined for every column in schema order
 * @returns the projection
 * @throws ColumnNotFoundError listing the columns and the closest name, for an unknown name
 * @throws ValueError when a name is requested twice
 * @example projectColumns(schema, ["fare", "distance"]).indices // [7, 3]
 */
export function projectColumns(schema: Schema, columns: readonly string[] | undefined): Projection {
  const indices = columns === undefined ? schema.fields.map((_, i) => i) : columns.map((name) => columnIndex(schema, name));
  const seen = new Set<number>();
  for (const i of indices) {
    if (seen.has(i)) throw new ValueError(`column "${schema.fields[i].name}" is requested twice; each column can be projected once`);
    seen.add(i);
  }
  const fields = indices.map((i) => schema.fields[i]);
  return {
    indices,
    schema: new Schema(fields, schema.metadata, undefined, schema.metadataVersion),
    dictionaryIds: dictionaryIds(fields, schema.dictionaries),
  };
}
