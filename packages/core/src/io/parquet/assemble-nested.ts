import { type Data, makeData } from "apache-arrow";
import { ChunkError } from "./errors.js";
import type { LeafEntries } from "./nested-leaf.js";
import type { LeafColumn, ListNode, NestedNode } from "./nested-schema.js";
import { valueWriter } from "./value-writers.js";

/**
 * Builds the Arrow column of a nested Parquet column from its leaves' levels (Dremel's record
 * assembly, straight into Arrow's offsets and validity bitmaps). Each node reads the levels of
 * its first leaf: it has a slot at every entry whose repetition is at most its slot repetition
 * and whose definition reaches its slot definition, and is valid there when the definition
 * reaches its own. A list's elements are the entries after each of its slots that are element
 * slots, until its next slot.
 * @param node - the column's root node
 * @param leaves - the decoded chunks of its leaves, in schema order
 * @param columns - the leaves' descriptions, in the same order
 * @throws ChunkError when the leaves' levels disagree on the column's shape
 */
export function assembleNested(node: NestedNode, leaves: readonly LeafEntries[], columns: readonly LeafColumn[]): Data {
  switch (node.kind) {
    case "leaf":
      return leafData(node, leaves[node.leaf], columns[node.leaf]);
    case "struct": {
      const levels = leaves[firstLeaf(node)];
      const { length, nullCount, validity } = slotValidity(node, levels);
      const children = node.children.map((c) => assembleNested(c, leaves, columns));
      for (const [i, child] of children.entries()) {
        if (child.length !== length) throw new ChunkError(`field "${node.children[i].field.name}" has ${child.length} values where its struct has ${length}`);
      }
      return makeData({ type: node.field.type, length, nullCount, nullBitmap: validity, children } as never);
    }
    case "list":
      return listData(node, leaves, columns);
  }
}

/** The leftmost leaf under a node: the one whose levels decide the node's slots. */
function firstLeaf(node: NestedNode): number {
  return node.kind === "leaf" ? node.leaf : node.kind === "struct" ? firstLeaf(node.children[0]) : firstLeaf(node.element);
}

function isSlot(node: NestedNode, levels: LeafEntries, i: number): boolean {
  return levels.repetition[i] <= node.slotRepetition && levels.definition[i] >= node.slotDefinition;
}

/** The node's slot count, and its validity bitmap (null when every slot is valid or it is required). */
function slotValidity(node: NestedNode, levels: LeafEntries): { length: number; nullCount: number; validity: Uint8Array | null } {
  const n = levels.repetition.length;
  const length = countSlots(node, levels);
  if (!node.field.nullable) return { length, nullCount: 0, validity: null };
  const validity = new Uint8Array((length + 7) >> 3);
  let k = 0;
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    if (!isSlot(node, levels, i)) continue;
    if (levels.definition[i] >= node.definition) validity[k >> 3] |= 1 << (k & 7);
    else nullCount++;
    k++;
  }
  return { length, nullCount, validity: nullCount === 0 ? null : validity };
}

function countSlots(node: NestedNode, levels: LeafEntries): number {
  let length = 0;
  for (let i = 0; i < levels.repetition.length; i++) if (isSlot(node, levels, i)) length++;
  return length;
}

function listData(node: ListNode, leaves: readonly LeafEntries[], columns: readonly LeafColumn[]): Data {
  const levels = leaves[firstLeaf(node)];
  const { length, nullCount, validity } = slotValidity(node, levels);
  const offsets = new Int32Array(length + 1);
  let slot = -1;
  let elements = 0;
  for (let i = 0; i < levels.repetition.length; i++) {
    if (isSlot(node, levels, i)) offsets[++slot] = elements;
    if (levels.repetition[i] <= node.repetition && levels.definition[i] >= node.elementDefinition) elements++;
  }
  offsets[length] = elements;
  const child = assembleNested(node.element, leaves, columns);
  if (child.length !== elements) throw new ChunkError(`a list's levels give ${elements} elements, but its element column has ${child.length}`);
  return makeData({ type: node.field.type, length, nullCount, nullBitmap: validity, valueOffsets: offsets, child } as never);
}

/** A leaf's values at its slots: runs of present values written straight into the Arrow column. */
function leafData(node: NestedNode, levels: LeafEntries, column: LeafColumn): Data {
  const length = countSlots(node, levels);
  const writer = valueWriter(column.type, column.element.type!, length);
  const validity = new Uint8Array((length + 7) >> 3);
  const max = column.maxDefinition;
  let slot = 0;
  let nullCount = 0;
  levels.pages.forEach((page, p) => {
    const end = p + 1 < levels.pages.length ? levels.pages[p + 1].start : levels.repetition.length;
    let value = 0;
    let runSlot = slot;
    let runValue = 0;
    for (let i = page.start; i < end; i++) {
      if (!isSlot(node, levels, i)) continue;
      if (levels.definition[i] === max) {
        validity[slot >> 3] |= 1 << (slot & 7);
        value++;
      } else {
        if (value > runValue) writer.writeRun(runSlot, page.values, runValue, value - runValue);
        runSlot = slot + 1;
        runValue = value;
        nullCount++;
      }
      slot++;
    }
    if (value > runValue) writer.writeRun(runSlot, page.values, runValue, value - runValue);
  });
  return !node.field.nullable || nullCount === 0 ? writer.finish(0, null) : writer.finish(nullCount, validity);
}
