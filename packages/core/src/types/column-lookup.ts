import type { Schema } from "apache-arrow";
import { ColumnNotFoundError } from "../errors.js";
import { closestName } from "./closest-name.js";

/**
 * The position of a column in a schema.
 * @throws ColumnNotFoundError listing the columns that exist and the closest name
 */
export function columnIndex(schema: Schema, name: string): number {
  const index = schema.fields.findIndex((f) => f.name === name);
  if (index >= 0) return index;
  const names = schema.fields.map((f) => f.name);
  throw new ColumnNotFoundError(name, names, closestName(name, names));
}
