import type { FileMetaData, SchemaElement, SchemaTree } from "hyparquet";
import { parquetSchema } from "hyparquet";
import { getMaxDefinitionLevel } from "hyparquet/src/schema.js";
import { type DataType, Field, Schema } from "apache-arrow";
import { arrowTypeOf } from "./arrow-type.js";
import { ParquetScanError } from "./errors.js";

/** A top-level primitive column of a Parquet file, and how it reads as Arrow. */
export interface LeafColumn {
  /** The column's name, also its Arrow field's. */
  readonly name: string;
  /** Its position among each row group's column chunks. */
  readonly chunkIndex: number;
  readonly element: SchemaElement;
  /** The path from the root, as the page decoder wants it. */
  readonly schemaPath: SchemaTree[];
  /** The definition level of a present value: 1 when optional, 0 when required. */
  readonly maxDefinition: number;
  readonly type: DataType;
}

/** The Arrow view of a Parquet file's schema. */
export interface ParquetLayout {
  readonly schema: Schema;
  /** The readable columns, in schema order. */
  readonly leaves: readonly LeafColumn[];
  /** Columns left out of the schema, with why: nested groups, lists, maps, unreadable types. */
  readonly skipped: readonly { name: string; why: string }[];
}

/**
 * Maps a file's schema to Arrow. Each top-level primitive column becomes a field; nested columns
 * (structs, lists, maps) are left out and named in `skipped`, so the file's other columns stay
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
  const leaves: LeafColumn[] = [];
  const skipped: { name: string; why: string }[] = [];
  let chunkIndex = 0;
  for (const [i, child] of tree.children.entries()) {
    const name = child.element.name;
    // A field's name is required by the format; without one the footer is damaged.
    if (typeof name !== "string") throw new ParquetScanError("corrupt", file, `the schema in the footer is malformed: column ${i} has no name`);
    const leafCount = countLeaves(child);
    const index = chunkIndex;
    chunkIndex += leafCount;
    if (child.children.length > 0 || child.element.repetition_type === "REPEATED") {
      skipped.push({ name, why: `nested (${describeNested(child)})` });
      continue;
    }
    const type = arrowTypeOf(child.element);
    if (typeof type === "string") {
      skipped.push({ name, why: type });
      continue;
    }
    const schemaPath = [tree, child];
    leaves.push({ name, chunkIndex: index, element: child.element, schemaPath, maxDefinition: getMaxDefinitionLevel(schemaPath), type });
  }
  const fields = leaves.map((leaf) => new Field(leaf.name, leaf.type, leaf.maxDefinition > 0));
  return { schema: new Schema(fields), leaves, skipped };
}

function countLeaves(node: SchemaTree): number {
  return node.children.length === 0 ? 1 : node.children.reduce((n, c) => n + countLeaves(c), 0);
}

function describeNested(node: SchemaTree): string {
  const annotation = node.element.logical_type?.type ?? node.element.converted_type;
  if (annotation === "LIST" || annotation === "MAP" || annotation === "MAP_KEY_VALUE") return annotation.toLowerCase().replace("_key_value", "");
  return node.element.repetition_type === "REPEATED" ? "repeated" : "struct";
}
