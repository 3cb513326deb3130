import type { SchemaTree } from "hyparquet";
import { type DataType, Field, List, Map_, Struct } from "apache-arrow";
import { arrowTypeOf } from "./arrow-type.js";

/** A primitive column chunk of a Parquet file, and how it reads as Arrow. */
export interface LeafColumn {
  /** The column's name; for a leaf of a nested column, its dotted path. */
  readonly name: string;
  /** Its position among each row group's column chunks. */
  readonly chunkIndex: number;
  readonly element: SchemaTree["element"];
  /** The path from the root, as the page decoder wants it. */
  readonly schemaPath: SchemaTree[];
  /** The definition level of a present value: the number of non-required nodes on its path. */
  readonly maxDefinition: number;
  /** The repetition level of its innermost list: 0 for a column holding no list. */
  readonly maxRepetition: number;
  readonly type: DataType;
}

/**
 * One node of a nested column, with the levels that decide it (Dremel's encoding). A node has a
 * slot at each level entry whose repetition is at most `slotRepetition` and whose definition is
 * at least `slotDefinition`; the slot is valid when the definition reaches `definition`.
 */
export type NestedNode = LeafNode | StructNode | ListNode;

interface NodeBase {
  readonly field: Field;
  readonly definition: number;
  readonly slotDefinition: number;
  readonly slotRepetition: number;
}

export interface LeafNode extends NodeBase {
  readonly kind: "leaf";
  /** The leaf's position among the column's leaves. */
  readonly leaf: number;
}

export interface StructNode extends NodeBase {
  readonly kind: "struct";
  readonly children: readonly NestedNode[];
}

/** A List or a Map: offsets into one element child, whose entries repeat at `repetition`. */
export interface ListNode extends NodeBase {
  readonly kind: "list";
  /** The definition level at which a list holds at least one element. */
  readonly elementDefinition: number;
  readonly repetition: number;
  readonly element: NestedNode;
}

/** A top-level column holding lists, structs or maps, and the leaves it is stored in. */
export interface NestedColumn {
  readonly node: NestedNode;
  readonly leaves: readonly LeafColumn[];
}

/** Why a nested column cannot be read: its schema is not one the Parquet spec allows. */
class SchemaShapeError extends Error {}

/**
 * Maps a top-level nested column of a Parquet schema to Arrow: groups as Structs, LIST groups
 * and unannotated repeated fields as Lists, MAP groups as Maps, following the spec's backward
 * compatibility rules for lists (LogicalTypes.md) as pyarrow does; a MAP whose key_value group
 * has a key only reads as a List of its keys.
 * @param root - the schema's root
 * @param child - the column's node
 * @param firstChunk - the index of its first column chunk
 * @returns the column, or a string saying why it cannot be read
 */
export function nestedColumn(root: SchemaTree, child: SchemaTree, firstChunk: number): NestedColumn | string {
  const leaves: LeafColumn[] = [];
  const builder = new NodeBuilder(leaves, firstChunk);
  try {
    return { node: builder.node(child, [root], { definition: 0, slotDefinition: 0, repetition: 0 }, false), leaves };
  } catch (error) {
    if (error instanceof SchemaShapeError) return error.message;
    throw error;
  }
}

/** Where a node sits: its parent's definition level, and the levels of its slots. */
interface Levels {
  /** The definition level of the node's parent in the schema. */
  readonly definition: number;
  /** The definition level at which the node has a slot (a null parent still gives its children one). */
  readonly slotDefinition: number;
  /** The repetition level of the innermost list holding the node: a new slot starts at or below it. */
  readonly repetition: number;
}

class NodeBuilder {
  constructor(
    private readonly leaves: LeafColumn[],
    private readonly firstChunk: number,
  ) {}

  /**
   * @param asElement - the node is a repeated field standing for its list's element: it reads as
   *   that element, required, at the level `levels` already counts it at
   */
  node(tree: SchemaTree, path: SchemaTree[], levels: Levels, asElement: boolean): NestedNode {
    const { element } = tree;
    if (element.repetition_type === "REPEATED" && !asElement) {
      // An unannotated repeated field is a required list of required elements.
      const at = { definition: levels.definition + 1, slotDefinition: levels.definition + 1, repetition: levels.repetition + 1 };
      return this.list(element.name, false, levels, levels.definition, at, this.node(tree, path, at, true));
    }
    const nullable = !asElement && element.repetition_type === "OPTIONAL";
    const definition = levels.definition + (asElement || element.repetition_type === "REQUIRED" ? 0 : 1);
    const base = { definition, slotDefinition: levels.slotDefinition, slotRepetition: levels.repetition };
    const inside = [...path, tree];
    if (tree.children.length === 0) return this.leaf(tree, inside, base, nullable);
    const annotation = element.converted_type ?? element.logical_type?.type;
    if (annotation === "LIST" || ((annotation === "MAP" || annotation === "MAP_KEY_VALUE") && !asElement)) {
      const repeated = tree.children[0];
      if (tree.children.length !== 1 || repeated.element.repetition_type !== "REPEATED" || repeated.children.length === 0 && annotation !== "LIST") {
        throw new SchemaShapeError(`a ${annotation} group whose one child is not a repeated group`);
      }
      const at = { definition: definition + 1, slotDefinition: definition + 1, repetition: levels.repetition + 1 };
      const entries = repeated.children;
      if (annotation !== "LIST" && entries.length === 2) {
        const pair = entries.map((c) => this.node(c, [...inside, repeated], at, false));
        const entryNode = this.struct("entries", false, { definition: at.definition, slotDefinition: at.definition, slotRepetition: at.repetition }, pair);
        return this.list(element.name, nullable, levels, definition, at, entryNode, true);
      }
      if (annotation !== "LIST" && entries.length !== 1) throw new SchemaShapeError(`a MAP whose key_value group has ${entries.length} fields`);
      const elementNode = annotation === "LIST" && isElementItself(tree, repeated) ? this.node(repeated, inside, at, true) : this.node(entries[0], [...inside, repeated], at, false);
      return this.list(element.name, nullable, levels, definition, at, elementNode);
    }
    // A struct's children have a slot wherever it has one, and are valid only where it is.
    const childLevels = { definition, slotDefinition: levels.slotDefinition, repetition: levels.repetition };
    return this.struct(element.name, nullable, base, tree.children.map((c) => this.node(c, inside, childLevels, false)));
  }

  private leaf(tree: SchemaTree, schemaPath: SchemaTree[], base: Omit<NodeBase, "field">, nullable: boolean): LeafNode {
    const type = arrowTypeOf(tree.element);
    if (typeof type === "string") throw new SchemaShapeError(type);
    const maxRepetition = schemaPath.filter((t) => t.element.repetition_type === "REPEATED").length;
    // Levels are held a byte each.
    if (base.definition > 255) throw new SchemaShapeError(`nesting ${base.definition} levels deep`);
    const name = schemaPath.slice(1).map((t) => t.element.name).join(".");
    this.leaves.push({ name, chunkIndex: this.firstChunk + this.leaves.length, element: tree.element, schemaPath, maxDefinition: base.definition, maxRepetition, type });
    return { kind: "leaf", field: new Field(tree.element.name, type, nullable), leaf: this.leaves.length - 1, ...base };
  }

  private struct(name: string, nullable: boolean, base: Omit<NodeBase, "field">, children: NestedNode[]): StructNode {
    return { kind: "struct", field: new Field(name, new Struct(children.map((c) => c.field)), nullable), children, ...base };
  }

  /**
   * @param levels - where the list has its slots
   * @param definition - the level at which it is not null
   * @param at - where its elements have theirs
   */
  private list(name: string, nullable: boolean, levels: Levels, definition: number, at: Levels, element: NestedNode, map = false): ListNode {
    const type: DataType = map ? new Map_(element.field as Field<Struct>) : new List(element.field);
    return {
      kind: "list",
      field: new Field(name, type, nullable),
      definition,
      slotDefinition: levels.slotDefinition,
      slotRepetition: levels.repetition,
      elementDefinition: at.definition,
      repetition: at.repetition,
      element,
    };
  }
}

/**
 * The backward-compatibility rule of LogicalTypes.md: the repeated field of a LIST is itself the
 * element when it is primitive, has several fields, or is named `array` or `<list>_tuple`.
 */
function isElementItself(list: SchemaTree, repeated: SchemaTree): boolean {
  return repeated.children.length !== 1 || repeated.element.name === "array" || repeated.element.name === `${list.element.name}_tuple`;
}
