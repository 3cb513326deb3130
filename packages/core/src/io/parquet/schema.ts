import type { FileMetaData, SchemaTree } from "hyparquet";
import { parquetSchema } from "hyparquet";
import { getMaxDefinitionLevel } from "hyparquet/src/schema.js";
import { Dictionary, Field, Int32, Schema, Utf8 } from "apache-arrow";
import { arrowTypeOf } from "./arrow-type.js";
import { ParquetScanError } from "./errors.js";
import { keepsDictionary } from "./keeps-dictionary.js";
import { type LeafColumn, nestedColumn, type NestedNode } from "./nested-schema.js";

/** A top-level column of a Parquet file: flat (one leaf) or nested (lists, structs, maps). */
export interface ParquetColumn {
  readonly field: Field;
  /** The column chunks it is stored in, in schema order; a flat column has one. */
  readonly leaves: readonly LeafColumn[];
  /** How a nested column's leaves assemble, or undefined for a flat one. */
  readonly nested: NestedNode | undefined;
}

/** The Arrow view of a Parquet file's schema. */
export interface ParquetLayout {
  readonly schema: Schema;
  /** The readable columns, in schema order. */
  readonly columns: readonly ParquetColumn[];
  /** Columns left out of the schema, with why: types Arrow has no place for, malformed groups. */
  readonly skipped: readonly { name: string; why: string }[];
}

/**
 * Maps a file's schema to Arrow. Each top-level column becomes a field: primitive columns as
 * their Arrow type (strings as Dictionary<Utf8> where {@link keepsDictionary}), groups as Structs, lists and maps as Lists and Maps (see {@link nestedColumn}).
 * A column Arrow cannot hold is left out and named in `skipped`, so the file's other columns stay
 * queryable.
 * @throws ParquetScanError "corrupt" when the schema's tree does not add up or a column has no name
 */
export function parquetLayout(metadata: FileMetaData, file: string): ParquetLayout {
  let tree: SchemaTree;
  try {
    tree = parquetSchema(metadata);
  } catch (cause) {
    throw new ParquetScanError("corrupt", file, `the schema in the footer is malformed: ${(cause as Error).message}`, undefined, { cause });
  }
  const columns: ParquetColumn[] = [];
  const skipped: { name: string; why: string }[] = [];
  let chunkIndex = 0;
  for (const [i, child] of tree.children.entries()) {
    const name = child.element.name;
    // A field's name is required by the format; without one the footer is damaged.
    if (typeof name !== "string") throw new ParquetScanError("corrupt", file, `the schema in the footer is malformed: column ${i} has no name`);
    const index = chunkIndex;
    chunkIndex += countLeaves(child);
    if (child.children.length > 0 || child.element.repetition_type === "REPEATED") {
      const nested = nestedColumn(tree, child, index);
      if (typeof nested === "string") skipped.push({ name, why: `nested (${nested})` });
      else columns.push({ field: nested.node.field, leaves: nested.leaves, nested: nested.node });
      continue;
    }
    const plain = arrowTypeOf(child.element);
    const type = plain instanceof Utf8 && keepsDictionary(metadata, index) ? new Dictionary(plain, new Int32()) : plain;
    if (typeof type === "string") {
      skipped.push({ name, why: type });
      continue;
    }
    const schemaPath = [tree, child];
    const maxDefinition = getMaxDefinitionLevel(schemaPath);
    const leaf = { name, chunkIndex: index, element: child.element, schemaPath, maxDefinition, maxRepetition: 0, type };
    columns.push({ field: new Field(name, type, maxDefinition > 0), leaves: [leaf], nested: undefined });
  }
  return { schema: new Schema(columns.map((c) => c.field)), columns, skipped };
}

/**
 * The one leaf of a flat column, whose footer statistics describe the column's values.
 * @returns undefined for a nested column or a name not in the file
 */
export function flatLeaf(layout: ParquetLayout, name: string): LeafColumn | undefined {
  const column = layout.columns.find((c) => c.field.name === name);
  return column?.nested === undefined ? column?.leaves[0] : undefined;
}

function countLeaves(node: SchemaTree): number {
  return node.children.length === 0 ? 1 : node.children.reduce((n, c) => n + countLeaves(c), 0);
}
