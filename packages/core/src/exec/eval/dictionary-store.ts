/**
 * The value store of dictionary-encoded columns. A slot keeps a reference to the dictionary its
 * value came from and the key, rather than the value, so a winner costs no copy; at the end the
 * distinct dictionaries are concatenated into one and the keys rebased onto it. Plain values of
 * the dictionary's value type (a fill value, say) go to an extra dictionary of their own.
 */
import { type Data, type DataType, type Dictionary, makeVector, Vector } from "apache-arrow";
import { emptyBits, isValidRow, setBit } from "./bitmaps.js";
import { fixedWidthOf, make } from "./build.js";
import type { ValueStore } from "./value-store-type.js";

/** Values that are not in a column's dictionary, kept in a store of the value type. */
interface Extra {
  readonly store: ValueStore;
  length: number;
  /** The extra entry of each (Data, row) already stored, so a broadcast fill is stored once. */
  readonly seen: WeakMap<Data, Map<number, number>>;
}

export class DictionaryStore implements ValueStore {
  /** Where each slot's value lives: a dictionary Vector or an Extra; null for a null slot. */
  private sources: (Vector | Extra | null)[] = [];
  private keys: number[] = [];
  private readonly extra: Extra;
  private readonly valueType: DataType;

  /**
   * @param type - the Dictionary type
   * @param storeFor - makes the store of the dictionary's value type
   */
  constructor(readonly type: DataType, storeFor: (type: DataType) => ValueStore) {
    this.valueType = (type as Dictionary).dictionary;
    this.extra = { store: storeFor(this.valueType), length: 0, seen: new WeakMap() };
  }

  set(slot: number, data: Data, row: number): void {
    if (!isValidRow(data, row)) {
      this.sources[slot] = null;
    } else if (data.dictionary !== undefined) {
      this.sources[slot] = data.dictionary;
      this.keys[slot] = Number((data.values as ArrayLike<number | bigint>)[row]);
    } else {
      this.sources[slot] = this.extra;
      this.keys[slot] = this.extraEntry(data, row);
    }
  }

  copy(slot: number, from: ValueStore, fromSlot: number): void {
    const other = from as DictionaryStore;
    this.sources[slot] = other.sources[fromSlot] ?? null;
    this.keys[slot] = other.keys[fromSlot] ?? 0;
  }

  finish(length: number): Data {
    const bases = new Map<Vector | Extra, number>();
    const chunks: Data[] = [];
    let size = 0;
    for (let i = 0; i < length; i++) {
      const source = this.sources[i];
      if (source === null || source === undefined || bases.has(source)) continue;
      bases.set(source, size);
      if (source instanceof Vector) chunks.push(...(source.data as Data[]));
      else chunks.push(source.store.finish(source.length));
      size += source.length;
    }
    const indices = (this.type as Dictionary).indices;
    const keys = new (fixedWidthOf(indices)!.ArrayType)(length);
    const wide = keys instanceof BigInt64Array || keys instanceof BigUint64Array;
    const validity = emptyBits(length);
    let nullCount = 0;
    for (let i = 0; i < length; i++) {
      const source = this.sources[i];
      if (source === null || source === undefined) {
        nullCount++;
        continue;
      }
      const key = bases.get(source)! + this.keys[i];
      keys[i] = wide ? BigInt(key) : key;
      if (keys[i] != key) {
        throw new RangeError(`${size} dictionary entries do not fit the ${String(indices)} keys of ${String(this.type)}; cast the column to its value type first`);
      }
      setBit(validity, i);
    }
    const dictionary = chunks.length === 0 ? makeVector(this.extra.store.finish(0)) : new Vector(chunks);
    return make({ type: this.type, length, data: keys, dictionary, nullCount, nullBitmap: validity });
  }

  private extraEntry(data: Data, row: number): number {
    let rows = this.extra.seen.get(data);
    if (rows === undefined) this.extra.seen.set(data, (rows = new Map()));
    let entry = rows.get(row);
    if (entry === undefined) {
      entry = this.extra.length++;
      this.extra.store.set(entry, data, row);
      rows.set(row, entry);
    }
    return entry;
  }
}
