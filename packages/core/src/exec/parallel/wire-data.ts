/**
 * Arrow Data as messages between threads. A column's buffers go as typed arrays: buffers in
 * shared memory (a SharedArrayBuffer) are shared by the message, without a copy; others are
 * copied once, to just the bytes the view covers, and the copy is transferred. The type is not
 * part of the message: both ends know it from the schema.
 */
import { Data, type DataType, type Dictionary, makeVector, type Vector } from "apache-arrow";

/** One Data as a structured-cloneable message. */
export interface DataWire {
  readonly offset: number;
  readonly length: number;
  readonly nullCount: number;
  /** valueOffsets, values, nullBitmap, typeIds (Arrow's BufferType order); undefined when absent. */
  readonly buffers: readonly (ArrayBufferView | undefined)[];
  readonly children: readonly DataWire[];
  /** The dictionary's chunks, for a dictionary-encoded column. */
  readonly dictionary: readonly DataWire[] | null;
  readonly variadic: readonly ArrayBufferView[];
}

type View = ArrayBufferView & { slice(): ArrayBufferView; constructor: new (buffer: ArrayBufferLike, offset: number, length: number) => ArrayBufferView };

/**
 * A Data as a message.
 * @param data - any Data
 * @param transfer - collects the buffers to transfer with the message (the copies of unshared buffers)
 * @returns the message
 */
export function encodeData(data: Data, transfer: ArrayBuffer[]): DataWire {
  const post = (view: ArrayBufferView | undefined): ArrayBufferView | undefined => {
    if (view === undefined || view === null || view.buffer instanceof SharedArrayBuffer) return view ?? undefined;
    const copy = (view as View).slice();
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  return {
    offset: data.offset,
    length: data.length,
    nullCount: data.nullCount,
    buffers: [data.valueOffsets, data.values, data.nullBitmap, data.typeIds].map(post),
    children: data.children.map((c) => encodeData(c, transfer)),
    dictionary: data.dictionary === undefined ? null : data.dictionary.data.map((d) => encodeData(d, transfer)),
    variadic: (data.variadicBuffers ?? []).map((b) => post(b)!),
  };
}

/**
 * The Data a message describes, over the message's buffers (no copy).
 * @param type - the column's type
 * @param wire - what {@link encodeData} gave
 */
export function decodeData(type: DataType, wire: DataWire): Data {
  const children = wire.children.map((c, i) => decodeData(type.children[i].type, c));
  const dictionary: Vector | undefined =
    wire.dictionary === null ? undefined : makeVector(wire.dictionary.map((d) => decodeData((type as Dictionary).dictionary, d)));
  const buffers = wire.buffers as never;
  return new Data(type, wire.offset, wire.length, wire.nullCount, buffers, children, dictionary, wire.variadic as Uint8Array[]);
}

/** Whether every buffer of a Data (its children's and dictionary's too) is in shared memory. */
export function inSharedMemory(data: Data): boolean {
  const buffers = [data.valueOffsets, data.values, data.nullBitmap, data.typeIds, ...(data.variadicBuffers ?? [])];
  return (
    buffers.every((b) => b === undefined || b === null || b.buffer instanceof SharedArrayBuffer) &&
    data.children.every(inSharedMemory) &&
    (data.dictionary === undefined || data.dictionary.data.every(inSharedMemory))
  );
}

const shared = new WeakMap<Data, Data>();

/**
 * The same Data with every buffer in shared memory, so that worker threads read it where it lies:
 * the Data itself when its buffers already are; otherwise a copy, made once and kept as long as
 * the Data lives, so repeated queries over an in-memory table copy it only the first time.
 * @param data - any Data
 */
export function sharedData(data: Data): Data {
  let copy = shared.get(data);
  if (copy === undefined) {
    copy = new Data(
      data.type,
      data.offset,
      data.length,
      data.nullCount,
      [data.valueOffsets, data.values, data.nullBitmap, data.typeIds].map(sharedView) as never,
      data.children.map(sharedData),
      data.dictionary === undefined ? undefined : makeVector(data.dictionary.data.map(sharedData)),
      (data.variadicBuffers ?? []).map((b) => sharedView(b) as Uint8Array),
    );
    shared.set(data, copy);
  }
  return copy;
}

function sharedView(view: ArrayBufferView | undefined | null): ArrayBufferView | undefined {
  if (view === undefined || view === null || view.buffer instanceof SharedArrayBuffer) return view ?? undefined;
  const Type = (view as View).constructor;
  const bytes = new SharedArrayBuffer(view.byteLength);
  new Uint8Array(bytes).set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return new Type(bytes, 0, view.byteLength / ((view as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT ?? 1));
}
