import type { Data, Dictionary } from "apache-arrow";
import { concatData } from "../concat.js";
import { take } from "../take.js";
import { isValidAt, validityOf } from "../validity.js";

/**
 * A dictionary-encoded key chunk seen through its entries: grouping or joining on it needs each
 * entry's value once, not each row's.
 */
export interface EntryOrder {
  /** The values of the entries the rows use, in the order of their first rows; null where the first null row is. */
  readonly values: Data;
  /** The first row using each of those entries. */
  readonly firstRows: Int32Array;
  /** For each row, its entry's position in `values`. */
  readonly slotOfRow: Int32Array;
}

/**
 * The entries a dictionary chunk's rows use, in the order they first appear (so that groups made
 * from them are numbered as rows would number them), and which one each row uses.
 * @param column - a chunk of a Dictionary column
 */
export function entriesInRowOrder(column: Data): EntryOrder {
  const keys = column.values as ArrayLike<number | bigint>;
  const bitmap = validityOf(column);
  const dictionary = column.dictionary!;
  const slotOfEntry = new Int32Array(dictionary.length).fill(-1);
  const order: number[] = [];
  const firstRows: number[] = [];
  const slotOfRow = new Int32Array(column.length);
  let nullSlot = -1;
  for (let r = 0; r < column.length; r++) {
    if (!isValidAt(bitmap, column.offset, r)) {
      if (nullSlot < 0) {
        nullSlot = order.length;
        order.push(-1);
        firstRows.push(r);
      }
      slotOfRow[r] = nullSlot;
      continue;
    }
    const entry = Number(keys[r]);
    let slot = slotOfEntry[entry];
    if (slot < 0) {
      slot = slotOfEntry[entry] = order.length;
      order.push(entry);
      firstRows.push(r);
    }
    slotOfRow[r] = slot;
  }
  const type = (column.type as Dictionary).dictionary;
  const entries = dictionary.data.length === 1 ? dictionary.data[0] : concatData(type, dictionary.data);
  return { values: take(entries, Int32Array.from(order)), firstRows: Int32Array.from(firstRows), slotOfRow };
}
