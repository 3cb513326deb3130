import { type Data, type DataType, type Dictionary, Type } from "apache-arrow";
import { type ArgKernel, argKernelFor } from "./arg-kernel.js";
import { BytesKeyTable } from "./grouping/bytes-key-table.js";
import { entriesInRowOrder } from "./grouping/dictionary-entries.js";
import { Int64KeyTable } from "./grouping/int64-key-table.js";
import { type DirectFold, IntegerKeyTable } from "./integer-key-table.js";
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
  /** The lookup table of a single integer key column (of at most 32 bits). */
  private readonly integerTable: IntegerKeyTable | null;
  /** Whether the single key column is Uint32 (its keys past 2^31 have negative 32-bit patterns). */
  private readonly unsigned32: boolean;
  /** The lookup table of a single 64-bit integer key column. */
  private readonly int64Table: Int64KeyTable | null;
  /** The lookup table of a single string or binary key column. */
  private readonly bytesTable: BytesKeyTable | null;
  /**
   * For a single dictionary-encoded key column: the indexer of its values, given each batch's
   * entries once (see {@link entriesInRowOrder}); its groups are this indexer's.
   */
  private readonly entries: GroupIndexer | null;
  /** The key column of the batch being assigned, for reading a new group's key. */
  private column: Data | null = null;
  /** The first row of each group created by the latest batch. */
  private newRows: number[] = [];

  /**
   * @param keyTypes - the Arrow types of the key columns
   * @param buildSide - for the build side of a join: its keys are mostly distinct (one integer
   *   key column then sizes its table for them at once, see IntegerKeyTable.expectDistinctKeys)
   *   and their values are never asked back (`keyColumns`), so they are not read
   */
  constructor(keyTypes: readonly DataType[], private readonly buildSide = false) {
    this.kernels = keyTypes.map((t) => argKernelFor(t));
    const single = keyTypes.length === 1 ? integerWidth(keyTypes[0]) : 0;
    this.integerTable = single > 0 && single <= 32 ? new IntegerKeyTable() : null;
    if (buildSide) this.integerTable?.expectDistinctKeys();
    this.unsigned32 = single === 32 && !(keyTypes[0] as unknown as { isSigned: boolean }).isSigned;
    this.int64Table = single === 64 ? new Int64KeyTable() : null;
    this.bytesTable = keyTypes.length === 1 && isVariableWidth(keyTypes[0]) ? new BytesKeyTable() : null;
    this.entries = keyTypes.length === 1 && keyTypes[0].typeId === Type.Dictionary ? new GroupIndexer([(keyTypes[0] as Dictionary).dictionary]) : null;
  }

  /**
   * Whether keys are looked up in typed-array tables (one integer key column), whose per-row
   * loop gains from batches sliced to cache size; other keys go through a Map either way.
   */
  get hasTypedKeys(): boolean {
    return this.integerTable !== null || this.int64Table !== null;
  }

  /** Number of groups seen so far. */
  get groupCount(): number {
    return this.firstKeys.length;
  }

  /**
   * The group id of every row of a batch, given its key columns (same length, same order as the
   * key types).
   * @param keys - the batch's key columns
   * @param out - where to write the ids (at least as long as the batch); a fresh array if omitted
   * @returns the ids: `out` (its first rows) when given
   */
  assign(keys: readonly Data[], out?: Int32Array): Int32Array {
    const length = keys.length === 0 ? 0 : keys[0].length;
    if (out === undefined) out = new Int32Array(length);
    else if (out.length < length) throw new RangeError(`an id array of ${out.length} for ${length} rows: pass one at least as long as the batch`);
    else if (out.length > length) out = out.subarray(0, length);
    this.newRows = [];
    // An empty batch may come without buffers (an empty scan's batch): nothing to read.
    if (length === 0) return out;
    if (this.entries !== null) return this.assignEntries(keys[0], out);
    if (this.integerTable !== null) {
      const column = (this.column = keys[0]);
      this.integerTable.assign(column.values as ArrayLike<number>, validityOf(column), column.offset, length, out, this.newReadGroup);
      this.column = null;
      return out;
    }
    if (this.int64Table !== null) {
      this.column = keys[0];
      this.int64Table.assign(keys[0], validityOf(keys[0]), out, this.newReadGroup);
      this.column = null;
      return out;
    }
    if (this.bytesTable !== null) {
      const column = (this.column = keys[0]);
      this.bytesTable.assign(column.valueOffsets, column.values, validityOf(column), column.offset, length, out, this.newReadGroup);
      this.column = null;
      return out;
    }
    if (keys.length === 1) {
      const column = keys[0];
      const bitmap = validityOf(column);
      const kernel = this.kernels[0];
      for (let r = 0; r < length; r++) {
        const value = isValidAt(bitmap, column.offset, r) ? kernel.read(column, r) : null;
        out[r] = this.idOf(value, r);
      }
      return out;
    }
    const bitmaps = keys.map(validityOf);
    for (let r = 0; r < length; r++) {
      const values = keys.map((column, k) => (isValidAt(bitmaps[k], column.offset, r) ? this.kernels[k].read(column, r) : null));
      out[r] = this.idOf(compositeKey(values), r, values);
    }
    return out;
  }

  /**
   * Groups a batch of one integer key column without nulls through `fold`, a loop that looks the
   * rows up in the key table itself and folds them (see IntegerKeyTable.foldDirect); new groups
   * are created as by `assign` and listed by `newGroupRows`.
   * @param key - the batch's key column
   * @returns how many rows, from the batch's first, went through `fold`: all, or fewer when the
   *   rest must be grouped by `assign` (0 for keys of another kind, with nulls, or hashed)
   */
  foldDirect(key: Data, fold: DirectFold): number {
    this.newRows = [];
    if (this.integerTable === null || validityOf(key) !== null) return 0;
    this.column = key;
    try {
      return this.integerTable.foldDirect(key.values as ArrayLike<number>, key.length, this.newReadGroup, fold);
    } finally {
      this.column = null;
    }
  }

  /**
   * Tells the indexer that no more keys come (only lookups): one integer key column may then
   * move to a faster table (see IntegerKeyTable.settle).
   */
  settle(): void {
    this.integerTable?.settle(this.unsigned32);
  }

  /**
   * The group id of every row of a batch, without creating groups: a key never assigned gets -1
   * (the probe side of a hash join).
   * @param keys - the batch's key columns
   * @param out - where to write the ids (at least as long as the batch)
   * @returns the ids: the first rows of `out`
   */
  lookup(keys: readonly Data[], out: Int32Array): Int32Array {
    const length = keys.length === 0 ? 0 : keys[0].length;
    if (out.length < length) throw new RangeError(`an id array of ${out.length} for ${length} rows: pass one at least as long as the batch`);
    out = out.subarray(0, length);
    if (length === 0) return out;
    const column = keys[0];
    if (this.entries !== null) {
      const { values, slotOfRow } = entriesInRowOrder(column);
      const ids = this.entries.lookup([values], new Int32Array(values.length));
      for (let r = 0; r < length; r++) out[r] = ids[slotOfRow[r]];
    } else if (this.integerTable !== null) this.integerTable.lookup(column.values as ArrayLike<number>, validityOf(column), column.offset, length, out);
    else if (this.int64Table !== null) this.int64Table.lookup(column, validityOf(column), out);
    else if (this.bytesTable !== null) this.bytesTable.lookup(column.valueOffsets, column.values, validityOf(column), column.offset, length, out);
    else {
      const bitmaps = keys.map(validityOf);
      for (let r = 0; r < length; r++) {
        const values = keys.map((c, k) => (isValidAt(bitmaps[k], c.offset, r) ? this.kernels[k].read(c, r) : null));
        out[r] = this.ids.get(mapKeyOf(keys.length === 1 ? values[0] : compositeKey(values))) ?? -1;
      }
    }
    return out;
  }

  /**
   * The first row of each group the latest `assign` created, in group id order (the groups from
   * `groupCount` before that call up to `groupCount` now).
   */
  newGroupRows(): Int32Array {
    return Int32Array.from(this.newRows);
  }

  /** The key values of each group, one array per key column, in group id order. */
  keyColumns(): KeyValue[][] {
    if (this.buildSide) throw new Error("a join's build-side indexer does not keep its keys' values");
    return this.kernels.map((_, k) => this.firstKeys.map((values) => values[k]));
  }

  /**
   * Groups a dictionary-encoded key chunk through its entries: each entry's value is grouped once,
   * in the order of its first row, and every row takes its entry's group.
   */
  private assignEntries(column: Data, out: Int32Array): Int32Array {
    const entries = this.entries!;
    const { values, firstRows, slotOfRow } = entriesInRowOrder(column);
    const ids = entries.assign([values]);
    for (const row of entries.newGroupRows()) {
      this.newRows.push(firstRows[row]);
      this.firstKeys.push(entries.firstKeys[this.firstKeys.length]);
    }
    for (let r = 0; r < column.length; r++) out[r] = ids[slotOfRow[r]];
    return out;
  }

  /** A new group of the single key column being assigned, its key read from the first row. */
  private readonly newReadGroup = (row: number, isNull: boolean): number => {
    this.newRows.push(row);
    this.firstKeys.push(this.buildSide ? UNREAD : [isNull ? null : this.kernels[0].read(this.column!, row)]);
    return this.firstKeys.length - 1;
  };

  /**
   * The id of a key, a new one when the key is first seen at `row`.
   * @param key - the value of a single key column, or the composite key of several
   * @param values - the key values of a new group; `[key]` when omitted (a single key column)
   */
  private idOf(key: unknown, row: number, values?: KeyValue[]): number {
    const mapKey = mapKeyOf(key);
    let id = this.ids.get(mapKey);
    if (id === undefined) {
      id = this.firstKeys.length;
      this.ids.set(mapKey, id);
      this.firstKeys.push(values ?? [key as KeyValue]);
      this.newRows.push(row);
    }
    return id;
  }
}

/** The key values of a group of a build-side indexer, which never reads them. */
const UNREAD: KeyValue[] = [];

/** A key as the Map holds it: bytes by their content. */
function mapKeyOf(key: unknown): unknown {
  return key instanceof Uint8Array ? `b:${Array.from(key).join(",")}` : key;
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

/** Utf8, Binary and their Large forms: keys compared by their bytes. */
function isVariableWidth(type: DataType): boolean {
  const id = type.typeId;
  return id === Type.Utf8 || id === Type.LargeUtf8 || id === Type.Binary || id === Type.LargeBinary;
}

/** The bit width of an integer type; 0 for other types. */
function integerWidth(type: DataType): number {
  return type.typeId === Type.Int ? (type as unknown as { bitWidth: number }).bitWidth : 0;
}
