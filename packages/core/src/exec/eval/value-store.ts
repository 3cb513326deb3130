/**
 * Value stores: numbered slots that each hold one value copied out of some record batch, so that
 * aggregates (first, last, minBy, get, min…) keep their winners without keeping the batches, and
 * row-wise kernels can pick values from several inputs. This file is the one place that knows how
 * to copy a single value of each Arrow type.
 */
import { type Data, type DataType, makeVector, Type, Vector, vectorFromArray } from "apache-arrow";
import { bitAt, isValidRow, setBit } from "./bitmaps.js";
import { type AnyArray, type ArrayConstructor, bytesData, fixedWidthOf, nullData, valuesData } from "./build.js";
import { DictionaryStore } from "./dictionary-store.js";
import type { ValueStore } from "./value-store-type.js";

export type { ValueStore };

/**
 * A store for values of a type.
 * @param type - any Arrow type
 * @returns an empty store
 * @example valueStoreFor(new Utf8()).set(0, names, 3)
 */
export function valueStoreFor(type: DataType): ValueStore {
  const fixed = fixedWidthOf(type);
  if (fixed !== undefined) return new FixedStore(type, fixed.ArrayType, fixed.stride);
  switch (type.typeId) {
    case Type.Null: return { type, set() {}, copy() {}, finish: (length) => nullData(type, length), save: () => null, load() {} };
    case Type.Bool: return new BoolStore(type);
    case Type.Utf8: case Type.Binary: case Type.LargeUtf8: case Type.LargeBinary: return new BytesStore(type);
    case Type.Dictionary: return new DictionaryStore(type, valueStoreFor);
    default: return new GenericStore(type);
  }
}

/** Per-slot validity flags, grown on demand. */
class Slots {
  valid = new Uint8Array(8);

  ensure(slot: number): boolean {
    if (slot < this.valid.length) return false;
    const grown = new Uint8Array(Math.max(slot + 1, this.valid.length * 2));
    grown.set(this.valid);
    this.valid = grown;
    return true;
  }

  validity(length: number): Uint8Array | null {
    let bits: Uint8Array | null = null;
    for (let i = 0; i < length; i++) {
      if (i < this.valid.length && this.valid[i] === 1) continue;
      if (bits === null) bits = new Uint8Array((length + 7) >> 3).fill(0xff);
      bits[i >> 3] &= ~(1 << (i & 7));
    }
    return bits;
  }
}

class FixedStore extends Slots implements ValueStore {
  private values: AnyArray;

  constructor(readonly type: DataType, private readonly ArrayType: ArrayConstructor, private readonly stride: number) {
    super();
    this.values = new ArrayType(8 * stride);
  }

  set(slot: number, data: Data, row: number): void {
    this.grow(slot);
    this.valid[slot] = isValidRow(data, row) ? 1 : 0;
    if (this.valid[slot] === 0) return;
    const source = data.values as ArrayLike<number | bigint>;
    for (let k = 0; k < this.stride; k++) this.values[slot * this.stride + k] = source[row * this.stride + k];
  }

  copy(slot: number, from: ValueStore, fromSlot: number): void {
    const other = from as FixedStore;
    this.grow(slot);
    this.valid[slot] = fromSlot < other.valid.length ? other.valid[fromSlot] : 0;
    if (this.valid[slot] === 0) return;
    for (let k = 0; k < this.stride; k++) this.values[slot * this.stride + k] = other.values[fromSlot * this.stride + k];
  }

  finish(length: number): Data {
    this.grow(length - 1);
    const values = new this.ArrayType(length * this.stride);
    values.set(this.values.subarray(0, length * this.stride));
    return valuesData(this.type, length, values, this.validity(length));
  }

  save(): unknown {
    return { valid: this.valid, values: this.values };
  }

  load(state: unknown): void {
    ({ valid: this.valid, values: this.values } = state as { valid: Uint8Array<ArrayBuffer>; values: AnyArray });
  }

  private grow(slot: number): void {
    if (!this.ensure(slot)) return;
    const values = new this.ArrayType(this.valid.length * this.stride);
    values.set(this.values);
    this.values = values;
  }
}

class BoolStore extends Slots implements ValueStore {
  private bits = new Uint8Array(8);

  constructor(readonly type: DataType) {
    super();
  }

  set(slot: number, data: Data, row: number): void {
    this.grow(slot);
    this.valid[slot] = isValidRow(data, row) ? 1 : 0;
    this.bits[slot] = bitAt(data.values as Uint8Array, data.offset + row) ? 1 : 0;
  }

  copy(slot: number, from: ValueStore, fromSlot: number): void {
    const other = from as BoolStore;
    this.grow(slot);
    this.valid[slot] = other.valid[fromSlot] ?? 0;
    this.bits[slot] = other.bits[fromSlot] ?? 0;
  }

  finish(length: number): Data {
    const packed = new Uint8Array((length + 7) >> 3);
    for (let i = 0; i < length && i < this.bits.length; i++) if (this.bits[i] === 1) setBit(packed, i);
    return valuesData(this.type, length, packed, this.validity(length));
  }

  save(): unknown {
    return { valid: this.valid, bits: this.bits };
  }

  load(state: unknown): void {
    ({ valid: this.valid, bits: this.bits } = state as { valid: Uint8Array<ArrayBuffer>; bits: Uint8Array<ArrayBuffer> });
  }

  private grow(slot: number): void {
    if (!this.ensure(slot)) return;
    const bits = new Uint8Array(this.valid.length);
    bits.set(this.bits);
    this.bits = bits;
  }
}

/** Utf8, Binary and their Large forms: each slot holds a copy of its bytes. */
class BytesStore implements ValueStore {
  private items: (Uint8Array | null)[] = [];

  constructor(readonly type: DataType) {}

  set(slot: number, data: Data, row: number): void {
    if (!isValidRow(data, row)) {
      this.items[slot] = null;
      return;
    }
    const offsets = data.valueOffsets as ArrayLike<number | bigint>;
    this.items[slot] = (data.values as Uint8Array).slice(Number(offsets[row]), Number(offsets[row + 1]));
  }

  copy(slot: number, from: ValueStore, fromSlot: number): void {
    this.items[slot] = (from as BytesStore).items[fromSlot] ?? null;
  }

  finish(length: number): Data {
    const large = this.type.typeId === Type.LargeUtf8 || this.type.typeId === Type.LargeBinary;
    const offsets = large ? new BigInt64Array(length + 1) : new Int32Array(length + 1);
    let total = 0;
    for (let i = 0; i < length; i++) {
      total += this.items[i]?.length ?? 0;
      offsets[i + 1] = large ? BigInt(total) : total;
    }
    const bytes = new Uint8Array(total);
    const validity = new Uint8Array((length + 7) >> 3);
    for (let i = 0; i < length; i++) {
      const item = this.items[i];
      if (item === null || item === undefined) continue;
      setBit(validity, i);
      bytes.set(item, Number(offsets[i]));
    }
    return bytesData(this.type, length, offsets, bytes, validity);
  }

  save(): unknown {
    return this.items;
  }

  load(state: unknown): void {
    this.items = state as (Uint8Array | null)[];
  }
}

/**
 * A value read by Arrow as plain JS: Arrow's builders take arrays and objects, but mis-read the
 * Vectors and row proxies its own readers return for nested values.
 */
function plain(value: unknown): unknown {
  if (value instanceof Vector) return Array.from(value, plain);
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !ArrayBuffer.isView(value) && "toJSON" in value) {
    const fields = (value as { toJSON(): Record<string, unknown> }).toJSON();
    return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * Nested and other rare types: values go through Arrow's own row reader and builder. Slower than
 * the buffer copies above, which is why only the types those do not cover come here.
 */
class GenericStore implements ValueStore {
  private items: unknown[] = [];

  constructor(readonly type: DataType) {}

  set(slot: number, data: Data, row: number): void {
    this.items[slot] = isValidRow(data, row) ? plain(makeVector(data).get(row)) : null;
  }

  copy(slot: number, from: ValueStore, fromSlot: number): void {
    this.items[slot] = (from as GenericStore).items[fromSlot] ?? null;
  }

  finish(length: number): Data {
    const values = Array.from({ length }, (_, i) => this.items[i] ?? null);
    return length === 0 ? nullData(this.type, 0) : (vectorFromArray(values, this.type).data[0] as Data);
  }

  save(): unknown {
    return this.items;
  }

  load(state: unknown): void {
    this.items = state as unknown[];
  }
}
