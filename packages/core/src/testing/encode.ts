import { makeData, type Data, type DataType } from "apache-arrow";
import type { Rng } from "./random";
import type { Encode, Slot } from "./spec";

type Props = Parameters<typeof makeData>[0] & Record<string, unknown>;

/**
 * Calls makeData with props whose exact shape TypeScript cannot see for a type held as `DataType`.
 * @param props The makeData props.
 * @returns The Data.
 * @example make({ type, length, nullBitmap, data })
 */
export function make(props: { type: DataType; length: number } & Record<string, unknown>): Data {
  return makeData(props as Props) as Data;
}

/**
 * Writes one bit of a bitmap.
 * @param bytes The bitmap.
 * @param index Bit index, least significant bit first.
 * @param on The value.
 * @example setBit(bitmap, 9, true)
 */
export function setBit(bytes: Uint8Array, index: number, on: boolean): void {
  if (on) bytes[index >> 3] |= 1 << (index & 7);
  else bytes[index >> 3] &= ~(1 << (index & 7));
}

/**
 * Builds a validity bitmap for `slots`; the bits past the last slot, and a spare byte or two, are
 * random so that readers ignoring the length are caught.
 * @param slots The slots, in order.
 * @param rng Source of the garbage.
 * @returns The bitmap.
 * @example buildBitmap([{ raw: 1, valid: false }], rng)
 */
export function buildBitmap(slots: readonly Slot<unknown>[], rng: Rng): Uint8Array {
  const bitmap = rng.bytes(Math.ceil(slots.length / 8) + rng.int(0, 2));
  slots.forEach((slot, i) => setBit(bitmap, i, slot.valid));
  return bitmap;
}

type Storage = { [index: number]: number | bigint; readonly buffer: ArrayBufferLike };

/** How raw values of a fixed-width kind are laid out in memory. */
export interface FixedLayout<R> {
  /** The typed array raw values are written into (the bits type for floats). */
  readonly storage: new (length: number) => ArrayBufferView;
  /** Elements of `storage` per slot. */
  readonly width: number;
  /** Writes slot `index`; the default stores `raw` in element `index`. */
  readonly write?: (storage: Storage, index: number, raw: R) => void;
}

/**
 * Makes an encoder for a fixed-width type: the raw values go into `layout.storage`, which is then
 * viewed as the type's own array type (Float64Array over the bits of a BigUint64Array, …).
 * @param type The Arrow type.
 * @param layout The memory layout.
 * @returns The encoder.
 * @example fixedEncoder(new Float64(), { storage: BigUint64Array, width: 1 })
 */
export function fixedEncoder<R>(type: DataType, layout: FixedLayout<R>): Encode<R> {
  const write = layout.write ?? ((storage: Storage, index: number, raw: R) => {
    storage[index] = raw as number | bigint;
  });
  const View = type.ArrayType as new (buffer: ArrayBufferLike) => ArrayBufferView;
  return (slots, length, nullBitmap) => {
    const storage = new layout.storage(slots.length * layout.width) as unknown as Storage;
    slots.forEach((slot, i) => write(storage, i, slot.raw));
    return make({ type, length, nullBitmap, data: new View(storage.buffer) });
  };
}

/**
 * Makes an encoder for booleans; bits outside the slots are random.
 * @param type A Bool type.
 * @param rng Source of the garbage.
 * @returns The encoder.
 * @example boolEncoder(new Bool(), rng)
 */
export function boolEncoder(type: DataType, rng: Rng): Encode<boolean> {
  return (slots, length, nullBitmap) => {
    const data = rng.bytes(Math.ceil(slots.length / 8) + rng.int(0, 1));
    slots.forEach((slot, i) => setBit(data, i, slot.raw));
    return make({ type, length, nullBitmap, data });
  };
}

/**
 * Makes an encoder for a variable-width type (utf8, binary and their large forms). The first
 * offset is often not zero and the bytes before and after the used range are garbage.
 * @param type The Arrow type.
 * @param toBytes The bytes of a raw value.
 * @param large Whether offsets are 64-bit.
 * @param rng Source of the garbage.
 * @returns The encoder.
 * @example varWidthEncoder(new Utf8(), (s) => new TextEncoder().encode(s), false, rng)
 */
export function varWidthEncoder<R>(type: DataType, toBytes: (raw: R) => Uint8Array, large: boolean, rng: Rng): Encode<R> {
  return (slots, length, nullBitmap) => {
    const pieces = slots.map((slot) => toBytes(slot.raw));
    const lead = rng.chance(0.5) ? 0 : rng.int(1, 5);
    const total = pieces.reduce((sum, piece) => sum + piece.length, lead);
    const data = rng.bytes(total + rng.int(0, 4));
    const offsets = large ? new BigInt64Array(slots.length + 1) : new Int32Array(slots.length + 1);
    let at = lead;
    pieces.forEach((piece, i) => {
      offsets[i] = large ? BigInt(at) : at;
      data.set(piece, at);
      at += piece.length;
    });
    offsets[slots.length] = large ? BigInt(at) : at;
    return make({ type, length, nullBitmap, valueOffsets: offsets, data });
  };
}
