import { type Data, type DataType, type Dictionary, makeData, Type, Vector } from "apache-arrow";
import { concatFixedSizeList, concatList, concatStruct, concatUnion } from "./concat-nested.js";
import { isValidAt, validityOf } from "./validity.js";

/**
 * Joins chunks of one type into a single chunk (offset 0): the step before an operator that must
 * see all rows at once, such as sort. Handles the layouts `take` handles — fixed width (any
 * stride), bits, variable width (offsets rebased, Large forms included), the nested layouts
 * (lists, maps, structs, fixed-size lists, unions: their children joined in turn) and
 * dictionaries, whose dictionaries are concatenated (duplicate entries are allowed in Arrow) with
 * the keys shifted.
 * @param type - the chunks' type (also the type of an empty result)
 * @param chunks - the chunks, in order; each may be sliced
 * @throws TypeError for a nested layout not listed; RangeError when joined dictionaries outgrow the key type
 */
export function concatData(type: DataType, chunks: readonly Data[]): Data {
  if (chunks.length === 1 && chunks[0].offset === 0) return chunks[0];
  const length = chunks.reduce((n, c) => n + c.length, 0);
  const { bits: bitmap, unset: nullCount } = concatBits(chunks, length, validityOf);
  const base = { type, length, nullCount, nullBitmap: nullCount > 0 ? bitmap : null };
  switch (type.typeId) {
    case Type.Null:
      return makeData({ type, length, nullCount: length } as never);
    case Type.Bool:
      return makeData({ ...base, data: concatBits(chunks, length, (c) => c.values as Uint8Array).bits } as never);
    case Type.Utf8:
    case Type.Binary:
    case Type.LargeUtf8:
    case Type.LargeBinary:
      return makeData({ ...base, ...concatVariable(type, chunks, length) } as never);
    case Type.Dictionary:
      return makeData({ ...base, ...concatDictionaries(type as Dictionary, chunks, length) } as never);
    case Type.List:
    case Type.LargeList:
    case Type.Map:
      return makeData({ ...base, ...concatList(type, chunks, length, concatData) } as never);
    case Type.Struct:
      return makeData({ ...base, ...concatStruct(type, chunks, concatData) } as never);
    case Type.FixedSizeList:
      return makeData({ ...base, ...concatFixedSizeList(type, chunks, concatData) } as never);
    case Type.Union:
    case Type.DenseUnion:
    case Type.SparseUnion:
      return makeData({ type, length, nullCount: 0, ...concatUnion(type, chunks, length, concatData) } as never);
    default:
      if (chunks.some((c) => c.children.length > 0)) throw new TypeError(`concatenation is not defined for nested type ${String(type)}`);
      return makeData({ ...base, data: concatFixed(type, chunks, length) } as never);
  }
}

/**
 * The chunks' bitmaps (validity or Bool values, as `bitmapOf` picks) joined from bit 0, and how
 * many bits are unset; a null bitmap reads as all set.
 */
function concatBits(
  chunks: readonly Data[],
  length: number,
  bitmapOf: (chunk: Data) => Uint8Array | null,
): { bits: Uint8Array; unset: number } {
  const bits = new Uint8Array((length + 7) >> 3);
  let unset = 0;
  let at = 0;
  for (const chunk of chunks) {
    const bitmap = bitmapOf(chunk);
    for (let i = 0; i < chunk.length; i++, at++) {
      if (isValidAt(bitmap, chunk.offset, i)) bits[at >> 3] |= 1 << (at & 7);
      else unset++;
    }
  }
  return { bits, unset };
}

type FixedArray = { length: number; set(values: ArrayLike<unknown>, offset: number): void; subarray(a: number, b: number): FixedArray };

function concatFixed(type: DataType, chunks: readonly Data[], length: number): FixedArray {
  const stride = chunks[0]?.stride ?? 1;
  const ArrayType = (chunks[0]?.values.constructor ?? (type as unknown as { ArrayType: unknown }).ArrayType) as new (n: number) => FixedArray;
  const out = new ArrayType(length * stride);
  let at = 0;
  for (const chunk of chunks) {
    // Arrow JS has already narrowed a sliced chunk's value buffer to its own slots.
    out.set((chunk.values as FixedArray).subarray(0, chunk.length * stride) as unknown as ArrayLike<unknown>, at);
    at += chunk.length * stride;
  }
  return out;
}

function concatVariable(type: DataType, chunks: readonly Data[], length: number): { valueOffsets: Int32Array | BigInt64Array; data: Uint8Array } {
  const large = type.typeId === Type.LargeUtf8 || type.typeId === Type.LargeBinary;
  const offsets = large ? new BigInt64Array(length + 1) : new Int32Array(length + 1);
  let total = 0;
  for (const c of chunks) total += Number(c.valueOffsets[c.length]) - Number(c.valueOffsets[0]);
  const bytes = new Uint8Array(total);
  let row = 0;
  let position = 0;
  for (const chunk of chunks) {
    const first = Number(chunk.valueOffsets[0]);
    const end = Number(chunk.valueOffsets[chunk.length]);
    bytes.set((chunk.values as Uint8Array).subarray(first, end), position);
    for (let i = 1; i <= chunk.length; i++) {
      const offset = position + Number(chunk.valueOffsets[i]) - first;
      offsets[row + i] = (large ? BigInt(offset) : offset) as never;
    }
    row += chunk.length;
    position += end - first;
  }
  return { valueOffsets: offsets, data: bytes };
}

function concatDictionaries(type: Dictionary, chunks: readonly Data[], length: number): { data: FixedArray; dictionary: Vector } {
  const dictionaries = chunks.map((c) => c.dictionary!);
  const shared = dictionaries.every((d) => d === dictionaries[0]);
  const keys = concatFixed(type.indices, chunks, length) as unknown as { [i: number]: number | bigint; length: number };
  if (shared && dictionaries.length > 0) return { data: keys as unknown as FixedArray, dictionary: dictionaries[0] };
  const entries = dictionaries.reduce((n, d) => n + d.length, 0);
  const maxKey = 2 ** (type.indices.bitWidth - (type.indices.isSigned ? 1 : 0)) - 1;
  if (entries - 1 > maxKey) {
    throw new RangeError(
      `the joined dictionaries hold ${entries} entries, more than ${String(type.indices)} keys can address; cast the column to its value type first`,
    );
  }
  let shift = 0;
  let at = 0;
  chunks.forEach((chunk, c) => {
    for (let i = 0; i < chunk.length; i++, at++) {
      const key = Number(keys[at]) + shift;
      keys[at] = (typeof keys[at] === "bigint" ? BigInt(key) : key) as never;
    }
    shift += dictionaries[c].length;
  });
  const dictionary = new Vector(dictionaries.flatMap((d) => d.data));
  return { data: keys as unknown as FixedArray, dictionary };
}
