import { type Data, type DataType, Type, type Union, UnionMode } from "apache-arrow";

/**
 * How `concatData` joins the children of nested layouts. Each function returns what `makeData`
 * needs besides the type, length and validity; `join` is `concatData` itself, which the children
 * recurse into.
 */
type Join = (type: DataType, chunks: readonly Data[]) => Data;

/**
 * Structs: each field's chunks joined (a struct's children line up with its slots).
 * @param type - the struct type
 * @param chunks - the chunks, in order
 * @param join - the concatenation kernel
 * @returns the joined children
 */
export function concatStruct(type: DataType, chunks: readonly Data[], join: Join): { children: Data[] } {
  return { children: type.children.map((field, k) => join(field.type, chunks.map((c) => c.children[k].slice(0, c.length)))) };
}

/**
 * Lists, large lists and maps: offsets rebased, the elements each chunk spans joined.
 * @param type - the list type
 * @param chunks - the chunks, in order
 * @param length - their total length
 * @param join - the concatenation kernel
 * @returns the new offsets and child
 */
export function concatList(type: DataType, chunks: readonly Data[], length: number, join: Join): { valueOffsets: Int32Array | BigInt64Array; child: Data } {
  const large = type.typeId === Type.LargeList;
  const valueOffsets = large ? new BigInt64Array(length + 1) : new Int32Array(length + 1);
  const pieces: Data[] = [];
  let row = 0;
  let at = 0;
  for (const chunk of chunks) {
    const offsets = chunk.valueOffsets as Int32Array | BigInt64Array;
    const first = Number(offsets[0]);
    const end = Number(offsets[chunk.length]);
    pieces.push(chunk.children[0].slice(first, end - first));
    for (let i = 1; i <= chunk.length; i++) {
      const offset = at + Number(offsets[i]) - first;
      valueOffsets[row + i] = (large ? BigInt(offset) : offset) as never;
    }
    row += chunk.length;
    at += end - first;
  }
  return { valueOffsets, child: join(type.children[0].type, pieces) };
}

/**
 * Fixed-size lists: the elements of each chunk's slots joined.
 * @param type - the fixed-size list type
 * @param chunks - the chunks, in order
 * @param join - the concatenation kernel
 * @returns the joined child
 */
export function concatFixedSizeList(type: DataType, chunks: readonly Data[], join: Join): { child: Data } {
  const size = (type as unknown as { listSize: number }).listSize;
  return { child: join(type.children[0].type, chunks.map((c) => c.children[0].slice(0, c.length * size))) };
}

/**
 * Unions: type ids joined; a sparse union's children joined slot for slot, a dense union's
 * joined whole with each chunk's offsets shifted past the earlier chunks' members.
 * @param type - the union type
 * @param chunks - the chunks, in order
 * @param length - their total length
 * @param join - the concatenation kernel
 * @returns the type ids, offsets (dense) and children
 */
export function concatUnion(type: DataType, chunks: readonly Data[], length: number, join: Join): { typeIds: Int8Array; valueOffsets?: Int32Array; children: Data[] } {
  const union = type as Union;
  const typeIds = new Int8Array(length);
  let row = 0;
  for (const chunk of chunks) {
    typeIds.set((chunk.typeIds as Int8Array).subarray(0, chunk.length), row);
    row += chunk.length;
  }
  const members = union.children.map((field, k) => ({ field, k }));
  if (union.mode === UnionMode.Sparse) {
    return { typeIds, children: members.map(({ field, k }) => join(field.type, chunks.map((c) => c.children[k].slice(0, c.length)))) };
  }
  const valueOffsets = new Int32Array(length);
  const shift = new Int32Array(members.length);
  row = 0;
  for (const chunk of chunks) {
    const offsets = chunk.valueOffsets as Int32Array;
    for (let i = 0; i < chunk.length; i++, row++) valueOffsets[row] = offsets[i] + shift[union.typeIdToChildIndex[typeIds[row]]];
    chunk.children.forEach((child, k) => (shift[k] += child.length));
  }
  return { typeIds, valueOffsets, children: members.map(({ field, k }) => join(field.type, chunks.map((c) => c.children[k]))) };
}
