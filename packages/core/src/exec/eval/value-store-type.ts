/**
 * The value store interface, apart from its implementations so the dictionary store can use it
 * without an import cycle.
 */
import type { Data, DataType } from "apache-arrow";

/** Numbered slots of values of one Arrow type; a slot never set is null. */
export interface ValueStore {
  /** The type of the values. */
  readonly type: DataType;
  /** Copies row `row` of `data` (its value, or null) into `slot`. */
  set(slot: number, data: Data, row: number): void;
  /** Copies slot `fromSlot` of another store of the same type into `slot`. */
  copy(slot: number, from: ValueStore, fromSlot: number): void;
  /** Slots 0 … length-1 as one Data of the store's type. */
  finish(length: number): Data;
  /** The slots as plain data for another thread; absent for stores whose values cannot move. */
  save?(): unknown;
  /** Restores what `save` gave into an empty store of the same type. */
  load?(state: unknown): void;
}
