/**
 * Arrow arrays built by another copy or version of apache-arrow (or by flechette), re-wrapped as
 * this engine's `Data` over the very same buffers: the layout is Arrow's in every
 * implementation, so only the wrapper objects are new. A buffer is copied only where a typed
 * array cannot view it in place (a 64-bit view of bytes that are not 8-byte aligned).
 */
import { Data, DataType, Type, Vector } from "apache-arrow";
import { adoptType, isTypeLike } from "./foreign-type.js";

/** The fields of an apache-arrow Data, version 13 and later. */
interface ArrowDataLike {
  readonly type: unknown;
  readonly offset: number;
  readonly length: number;
  readonly nullCount: number;
  readonly children?: readonly unknown[];
  readonly valueOffsets?: ArrayBufferView;
  readonly values?: ArrayBufferView;
  readonly nullBitmap?: Uint8Array;
  readonly typeIds?: Int8Array;
  readonly dictionary?: { readonly data: readonly unknown[] };
  readonly variadicBuffers?: readonly Uint8Array[];
}

/** The fields of a flechette Batch. */
interface FlechetteBatchLike {
  readonly type: unknown;
  readonly length: number;
  readonly nullCount: number;
  readonly children?: readonly unknown[];
  readonly offsets?: ArrayBufferView;
  readonly values?: ArrayBufferView;
  readonly validity?: Uint8Array | null;
  readonly typeIds?: Int8Array;
  readonly dictionary?: { readonly data: readonly unknown[] };
  readonly data?: readonly Uint8Array[];
}

/**
 * Whether a value has the shape of an apache-arrow Data of any version: a type, an offset, a
 * length and children.
 * @param value - anything
 * @returns whether it can be adopted by {@link adoptData}
 */
export function isArrowDataLike(value: unknown): value is ArrowDataLike {
  const d = value as ArrowDataLike;
  return typeof value === "object" && value !== null && isTypeLike(d.type) && typeof d.offset === "number" && typeof d.length === "number";
}

/**
 * Whether a value has the shape of a flechette Batch: a type, a length, and `validity` in place
 * of apache-arrow's `nullBitmap`.
 * @param value - anything
 * @returns whether it can be adopted by {@link adoptFlechetteBatch}
 */
export function isFlechetteBatchLike(value: unknown): value is FlechetteBatchLike {
  const b = value as FlechetteBatchLike;
  return typeof value === "object" && value !== null && isTypeLike(b.type) && typeof b.length === "number" && "validity" in b && !("offset" in b);
}

/**
 * Re-wraps a Data of any apache-arrow copy or version over the same buffers.
 * @param data - the foreign Data (or one of this engine's, which is rebuilt the same way)
 * @param where - how messages name its place (`column "x"`)
 * @returns this engine's Data of the equivalent type
 * @throws TypeError for a type this engine's Arrow cannot represent
 */
export function adoptData(data: ArrowDataLike, where: string): Data {
  const type = adoptType(data.type, where);
  return build(type, data.offset, data.length, data.nullCount, {
    offsets: data.valueOffsets,
    values: data.values,
    validity: data.nullBitmap,
    typeIds: data.typeIds,
    children: (data.children ?? []).map((child, i) => adoptData(child as ArrowDataLike, `${where}, child ${i}`)),
    dictionary: data.dictionary?.data.map((chunk, i) => adoptData(chunk as ArrowDataLike, `${where}, dictionary chunk ${i}`)),
    variadic: data.variadicBuffers ?? [],
  });
}

/**
 * Re-wraps a flechette Batch as a Data over the same buffers.
 * @param batch - a flechette column batch
 * @param where - how messages name its place
 * @returns this engine's Data of the equivalent type
 * @throws TypeError for a type this engine's Arrow cannot represent
 */
export function adoptFlechetteBatch(batch: FlechetteBatchLike, where: string): Data {
  const type = adoptType(batch.type, where);
  return build(type, 0, batch.length, batch.nullCount, {
    offsets: batch.offsets,
    values: batch.values,
    validity: batch.validity ?? undefined,
    typeIds: batch.typeIds,
    children: (batch.children ?? []).map((child, i) => adoptFlechetteBatch(child as FlechetteBatchLike, `${where}, child ${i}`)),
    dictionary: batch.dictionary?.data.map((chunk, i) => adoptFlechetteBatch(chunk as FlechetteBatchLike, `${where}, dictionary chunk ${i}`)),
    variadic: type.typeId === Type.Utf8View || type.typeId === Type.BinaryView ? (batch.data ?? []) : [],
  });
}

interface Parts {
  readonly offsets: ArrayBufferView | undefined;
  readonly values: ArrayBufferView | undefined;
  readonly validity: Uint8Array | undefined;
  readonly typeIds: Int8Array | undefined;
  readonly children: Data[];
  readonly dictionary: Data[] | undefined;
  readonly variadic: readonly Uint8Array[];
}

function build(type: DataType, offset: number, length: number, nullCount: number, parts: Parts): Data {
  const validity = parts.validity !== undefined && parts.validity.byteLength > 0 ? parts.validity : undefined;
  // With no bitmap there are no nulls, whatever a stale count says (Null and unions keep theirs).
  const keepsCount = type.typeId === Type.Null || type.typeId === Type.Union;
  const nulls = validity === undefined && !keepsCount ? 0 : nullCount;
  // A dictionary's values are its indices, though apache-arrow's Dictionary.ArrayType names the dictionary's.
  const arrayType = DataType.isDictionary(type) ? type.indices.ArrayType : type.ArrayType;
  const values = parts.values === undefined ? undefined : viewAs(arrayType, parts.values);
  const buffers = [parts.offsets, values, validity, parts.typeIds] as never;
  const dictionary = parts.dictionary === undefined ? undefined : new Vector(parts.dictionary);
  return new Data(type, offset, length, nulls, buffers, parts.children, dictionary, parts.variadic);
}

type ArrayConstructor = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): ArrayBufferView; BYTES_PER_ELEMENT: number };

/**
 * The values as the typed array this engine's type reads them through (apache-arrow 13 keeps
 * millisecond timestamps in an Int32Array of twice the length; 21 in a BigInt64Array): a view
 * of the same bytes, or a copy when they are not aligned for it.
 */
function viewAs(arrayType: unknown, values: ArrayBufferView): ArrayBufferView {
  const Ctor = arrayType as ArrayConstructor | undefined;
  if (typeof Ctor !== "function" || typeof Ctor.BYTES_PER_ELEMENT !== "number" || values.constructor === Ctor) return values;
  const size = Ctor.BYTES_PER_ELEMENT;
  const count = Math.floor(values.byteLength / size);
  if (values.byteOffset % size === 0) return new Ctor(values.buffer, values.byteOffset, count);
  const bytes = new Uint8Array(values.buffer, values.byteOffset, count * size).slice();
  return new Ctor(bytes.buffer, 0, count);
}
