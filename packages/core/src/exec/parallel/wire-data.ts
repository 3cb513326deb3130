/**
 * Arrow Data as messages between threads. A column's buffers go as typed arrays: buffers in
 * shared memory (a SharedArrayBuffer) are shared by the message, without a copy; buffers in the
 * engine's heap go to workers as their address there, which the worker views in the same memory
 * (so its kernels scan them in place); others are copied once, to just the bytes the view covers,
 * and the copy is transferred. The type is not part of the message: both ends know it from the
 * schema.
 */
import { Data, type DataType, type Dictionary, makeVector, type Vector } from "apache-arrow";
import { adoptInHeap, type LeasableArray, type LeasableClass, wasmHeap } from "../../memory/index.js";

/** A buffer in the engine's heap, by address: element type, address and length in elements. */
interface HeapBuffer {
  readonly array: string;
  readonly address: number;
  readonly length: number;
}

type Buffer = ArrayBufferView | HeapBuffer;

/** One Data as a structured-cloneable message. */
export interface DataWire {
  readonly offset: number;
  readonly length: number;
  readonly nullCount: number;
  /** valueOffsets, values, nullBitmap, typeIds (Arrow's BufferType order); undefined when absent. */
  readonly buffers: readonly (Buffer | undefined)[];
  readonly children: readonly DataWire[];
  /** The dictionary's chunks, for a dictionary-encoded column. */
  readonly dictionary: readonly DataWire[] | null;
  readonly variadic: readonly Buffer[];
}

/**
 * How a message carries buffers in the heap: by `address`, for a worker that reads the heap in
 * place (a morsel's columns, which the sender keeps alive until the worker is done); or as a
 * `copy`, for results, which must not point into blocks the heap's owner may free.
 */
export type HeapBuffers = "address" | "copy";

type View = ArrayBufferView & { slice(): ArrayBufferView; constructor: new (buffer: ArrayBufferLike, offset: number, length: number) => ArrayBufferView };

const ARRAYS: readonly LeasableClass[] = [
  Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array, BigInt64Array, BigUint64Array,
];
const ARRAY_BY_NAME = new Map(ARRAYS.map((c) => [c.name, c]));

/**
 * A Data as a message.
 * @param data - any Data
 * @param transfer - collects the buffers to transfer with the message (the copies of unshared buffers)
 * @param heapBuffers - how buffers in the heap go (see {@link HeapBuffers})
 * @returns the message
 */
export function encodeData(data: Data, transfer: ArrayBuffer[], heapBuffers: HeapBuffers): DataWire {
  const heap = wasmHeap();
  const post = (view: ArrayBufferView | undefined | null): Buffer | undefined => {
    if (view === undefined || view === null) return undefined;
    if (heap?.holds(view) && heapBuffers === "address") {
      return { array: view.constructor.name, address: view.byteOffset, length: view.byteLength / (view as LeasableArray).BYTES_PER_ELEMENT };
    }
    if (view.buffer instanceof SharedArrayBuffer && !heap?.holds(view)) return view;
    const copy = (view as View).slice();
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  return {
    offset: data.offset,
    length: data.length,
    nullCount: data.nullCount,
    buffers: [data.valueOffsets, data.values, data.nullBitmap, data.typeIds].map(post),
    children: data.children.map((c) => encodeData(c, transfer, heapBuffers)),
    dictionary: data.dictionary === undefined ? null : data.dictionary.data.map((d) => encodeData(d, transfer, heapBuffers)),
    variadic: (data.variadicBuffers ?? []).map((b) => post(b)!),
  };
}

/**
 * The Data a message describes, over the message's buffers (no copy); buffers sent by address
 * are viewed in this thread's heap, which is the sender's.
 * @param type - the column's type
 * @param wire - what {@link encodeData} gave
 */
export function decodeData(type: DataType, wire: DataWire): Data {
  const children = wire.children.map((c, i) => decodeData(type.children[i].type, c));
  const dictionary: Vector | undefined =
    wire.dictionary === null ? undefined : makeVector(wire.dictionary.map((d) => decodeData((type as Dictionary).dictionary, d)));
  const buffers = wire.buffers.map(viewOf) as never;
  return new Data(type, wire.offset, wire.length, wire.nullCount, buffers, children, dictionary, wire.variadic.map(viewOf) as Uint8Array[]);
}

function viewOf(buffer: Buffer | undefined): ArrayBufferView | undefined {
  if (buffer === undefined || ArrayBuffer.isView(buffer)) return buffer;
  const heap = wasmHeap();
  if (heap === null) throw new Error("a column sent by its heap address reached a thread without the heap");
  return new (ARRAY_BY_NAME.get(buffer.array)!)(heap.buffer(), buffer.address, buffer.length);
}

/** Whether every buffer of a Data (its children's and dictionary's too) is in shared memory. */
export function inSharedMemory(data: Data): boolean {
  const buffers = [data.valueOffsets, data.values, data.nullBitmap, data.typeIds, ...(data.variadicBuffers ?? [])];
  return (
    buffers.every((b) => b === undefined || b === null || b.byteLength === 0 || b.buffer instanceof SharedArrayBuffer) &&
    data.children.every(inSharedMemory) &&
    (data.dictionary === undefined || data.dictionary.data.every(inSharedMemory))
  );
}

const shared = new WeakMap<Data, Data>();

/**
 * The same Data with every buffer in shared memory, so that worker threads read it where it lies:
 * the Data itself when its buffers already are; otherwise a copy, made once and kept as long as
 * the Data lives, so repeated queries over an in-memory table copy it only the first time. Number
 * values go to the heap (the copy a frame's chunk keeps for its own kernels, when it has one), so
 * the workers' kernels scan them in place; other buffers to a SharedArrayBuffer.
 * @param data - any Data
 */
export function sharedData(data: Data): Data {
  if (inSharedMemory(data)) return data;
  let copy = shared.get(data);
  if (copy === undefined) {
    copy = new Data(
      data.type,
      data.offset,
      data.length,
      data.nullCount,
      [sharedView(data.valueOffsets), heapValues(data) ?? sharedView(data.values), sharedView(data.nullBitmap), sharedView(data.typeIds)] as never,
      data.children.map(sharedData),
      data.dictionary === undefined ? undefined : makeVector(data.dictionary.data.map(sharedData)),
      (data.variadicBuffers ?? []).map((b) => sharedView(b) as Uint8Array),
    );
    shared.set(data, copy);
  }
  return copy;
}

/**
 * A Data's number values in the heap: the chunk's adopted copy, else a copy of their own; null
 * without a heap (or room in it), and for bytes, which Arrow re-views (dropping the block's lease).
 */
function heapValues(data: Data): ArrayBufferView | null {
  const values = data.values as LeasableArray | undefined;
  const heap = wasmHeap();
  if (heap === null || values === undefined || values === null || !ARRAYS.includes(values.constructor as LeasableClass) || values instanceof Uint8Array) return null;
  const adopted = adoptInHeap(heap, data, values);
  if (adopted !== null) return adopted;
  const copy = heap.allocate(values.constructor as LeasableClass, values.length);
  copy?.set(values as never);
  return copy;
}

function sharedView(view: ArrayBufferView | undefined | null): ArrayBufferView | undefined {
  if (view === undefined || view === null || view.buffer instanceof SharedArrayBuffer) return view ?? undefined;
  const Type = (view as View).constructor;
  const bytes = new SharedArrayBuffer(view.byteLength);
  new Uint8Array(bytes).set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return new Type(bytes, 0, view.byteLength / ((view as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT ?? 1));
}
