import type { Data, DataType } from "apache-arrow";
import { type ArgKernel, argKernelFor } from "./arg-kernel.js";
import { IntegerKeyTable } from "./integer-key-table.js";
import { isNumberStorage } from "./storage.js";
import { isValidAt, validityOf } from "./validity.js";

/** A key value as groups see it: the ordering scalar of the slot, or null. */
type KeyValue = ReturnType<ArgKernel["read"]> | null;

/**
 * Assigns dense group ids (0, 1, 2, … in order of first appearance) to rows by the values of one
 * or more key columns, batch after batch. Nulls form one group, NaN forms one group, and -0 and 0
 * are the same key (JS Map's SameValueZero), as in SQL and Polars.
 */
export class GroupIndexer {
  private readonly kernels: ArgKernel[];
  private readonly ids = new Map<unknown, number>();
  private readonly firstKeys: KeyValue[][] = [];
  /** The lookup table of a single integer key column, until its keys outgrow it. */
  private integerTable: IntegerKeyTable | null = new IntegerKeyTable();

  /** @param keyTypes - the Arrow types of the key columns */
  constructor(keyTypes: readonly DataType[]) {
    this.kernels = keyTypes.map((t) => argKernelFor(t));
  }

  /** Number of groups seen so far. */
  get groupCount(): number {
    return this.firstKeys.length;
  }

  /**
   * The group id of every row of a batch, given its key columns (same length, same order as the
   * key types).
   */
  assign(keys: readonly Data[]): Int32Array {
    const length = keys.length === 0 ? 0 : keys[0].length;
    const out = new Int32Array(length);
    if (keys.length === 1 && this.integerTable !== null && isIntegerStorage(keys[0]) && this.assignIntegers(keys[0], out)) {
      return out;
    }
    if (keys.length === 1) {
      const column = keys[0];
      const bitmap = validityOf(column);
      const kernel = this.kernels[0];
      for (let r = 0; r < length; r++) {
        const value = isValidAt(bitmap, column.offset, r) ? kernel.read(column, r) : null;
        out[r] = this.idOf(value, () => [value]);
      }
      return out;
    }
    const bitmaps = keys.map(validityOf);
    for (let r = 0; r < length; r++) {
      const values = keys.map((column, k) => (isValidAt(bitmaps[k], column.offset, r) ? this.kernels[k].read(column, r) : null));
      out[r] = this.idOf(compositeKey(values), () => values);
    }
    return out;
  }

  /** The key values of each group, one array per key column, in group id order. */
  keyColumns(): KeyValue[][] {
    return this.kernels.map((_, k) => this.firstKeys.map((values) => values[k]));
  }

  /** The fast path for one integer key column; false when its keys span too wide a range. */
  private assignIntegers(column: Data, out: Int32Array): boolean {
    const keys = column.values as ArrayLike<number>;
    const bitmap = validityOf(column);
    const isValid = bitmap === null ? null : (r: number) => isValidAt(bitmap, column.offset, r);
    let low = Infinity;
    let high = -Infinity;
    for (let r = 0; r < column.length; r++) {
      if (isValid !== null && !isValid(r)) continue;
      const key = keys[r];
      if (key < low) low = key;
      if (key > high) high = key;
    }
    const table = this.integerTable!;
    if (low <= high && !table.cover(low, high)) {
      for (const [key, id] of table.entries()) this.ids.set(key, id);
      this.integerTable = null;
      return false;
    }
    const nullId = () => this.idOf(null, () => [null]);
    table.assign(keys, column.length, isValid, nullId, (key) => this.idOf(key, () => [key]), out);
    return true;
  }

  private idOf(key: unknown, values: () => KeyValue[]): number {
    const mapKey = key instanceof Uint8Array ? `b:${Array.from(key).join(",")}` : key;
    let id = this.ids.get(mapKey);
    if (id === undefined) {
      id = this.firstKeys.length;
      this.ids.set(mapKey, id);
      this.firstKeys.push(values());
    }
    return id;
  }
}

/** One string standing for several key values; types are tagged so 1 and "1" stay apart. */
function compositeKey(values: readonly KeyValue[]): string {
  return values
    .map((v) => {
      if (v === null) return "n";
      if (v instanceof Uint8Array) return `b${Array.from(v).join(",")}`;
      if (typeof v === "number") return `f${Object.is(v, -0) ? 0 : v}`;
      return `${typeof v === "string" ? "s" : typeof v === "bigint" ? "i" : "t"}${JSON.stringify(String(v))}`;
    })
    .join("|");
}

/** Integer columns of at most 32 bits, whose values index a lookup table directly. */
function isIntegerStorage(data: Data): boolean {
  return isNumberStorage(data) && !(data.values instanceof Float64Array || data.values instanceof Float32Array);
}
