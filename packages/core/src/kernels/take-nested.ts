import { type Data, type Union, UnionMode } from "apache-arrow";

/**
 * How `take` gathers the children of nested layouts, by the rows of the parent. Each function
 * returns what `makeData` needs besides the type, length and validity; `gather` is `take` itself,
 * which the children recurse into. A negative row (the missing side of an outer join) gathers
 * nothing: an empty list, or a null child slot.
 */
type Gather = (data: Data, rows: Int32Array) => Data;

/**
 * Structs: every field gathered by the same rows (a struct's children line up with its slots).
 * @param data - the struct chunk
 * @param rows - positions within the chunk
 * @param gather - the take kernel
 * @returns the gathered children
 */
export function takeStruct(data: Data, rows: Int32Array, gather: Gather): { children: Data[] } {
  return { children: data.children.map((child) => gather(child, rows)) };
}

/**
 * Lists, large lists and maps: offsets rebuilt from the gathered rows' lengths, the elements they
 * span gathered from the child.
 * @param data - the chunk; its offsets are Int32 (List, Map) or BigInt64 (LargeList)
 * @param rows - positions within the chunk
 * @param gather - the take kernel
 * @returns the new offsets and child
 */
export function takeList(data: Data, rows: Int32Array, gather: Gather): { valueOffsets: Int32Array | BigInt64Array; child: Data } {
  const offsets = data.valueOffsets as Int32Array | BigInt64Array;
  const large = offsets instanceof BigInt64Array;
  const at = (i: number): number => Number(offsets[i]);
  const valueOffsets = large ? new BigInt64Array(rows.length + 1) : new Int32Array(rows.length + 1);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r >= 0) total += at(r + 1) - at(r);
    valueOffsets[i + 1] = (large ? BigInt(total) : total) as never;
  }
  const elements = new Int32Array(total);
  let k = 0;
  for (const r of rows) if (r >= 0) for (let p = at(r); p < at(r + 1); p++) elements[k++] = p;
  return { valueOffsets, child: gather(data.children[0], elements) };
}

/**
 * Fixed-size lists: the `size` elements of each gathered row; a missing row's elements are null.
 * @param data - the chunk
 * @param rows - positions within the chunk
 * @param gather - the take kernel
 * @returns the gathered child
 */
export function takeFixedSizeList(data: Data, rows: Int32Array, gather: Gather): { child: Data } {
  const size = (data.type as unknown as { listSize: number }).listSize;
  const elements = new Int32Array(rows.length * size);
  for (let i = 0; i < rows.length; i++) {
    for (let k = 0; k < size; k++) elements[i * size + k] = rows[i] >= 0 ? rows[i] * size + k : -1;
  }
  return { child: gather(data.children[0], elements) };
}

/**
 * Unions: the type ids gathered; a sparse union's children by the same rows, a dense union's
 * each by the offsets of the rows that chose it, with new offsets counting within each child. A
 * missing row chooses the first member and a null slot of it.
 * @param data - the chunk
 * @param rows - positions within the chunk
 * @param gather - the take kernel
 * @returns the type ids, offsets (dense) and children
 */
export function takeUnion(data: Data, rows: Int32Array, gather: Gather): { typeIds: Int8Array; valueOffsets?: Int32Array; children: Data[] } {
  const type = data.type as Union;
  const ids = data.typeIds as Int8Array;
  const typeIds = new Int8Array(rows.length);
  for (let i = 0; i < rows.length; i++) typeIds[i] = rows[i] >= 0 ? ids[rows[i]] : type.typeIds[0];
  if (type.mode === UnionMode.Sparse) return { typeIds, children: data.children.map((child) => gather(child, rows)) };
  const offsets = data.valueOffsets as Int32Array;
  const member = (id: number): number => type.typeIdToChildIndex[id];
  const picks: number[][] = data.children.map(() => []);
  const valueOffsets = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const chosen = picks[member(typeIds[i])];
    valueOffsets[i] = chosen.length;
    chosen.push(rows[i] >= 0 ? offsets[rows[i]] : -1);
  }
  return { typeIds, valueOffsets, children: data.children.map((child, c) => gather(child, Int32Array.from(picks[c]))) };
}
