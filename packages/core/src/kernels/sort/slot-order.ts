import { type Data, Type } from "apache-arrow";
import { argKernelFor } from "../arg-kernel.js";
import { dictionarySlots } from "../dictionary-kernel.js";
import { decodeFloat16Array } from "../float16.js";
import { bytesComparator, decimalComparator, fixedBytesComparator, type SlotComparator } from "../scan/ordered.js";
import { isValidAt, validityOf } from "../validity.js";

/** How the slots of one chunk order: which hold a value, and how two values compare. */
export interface SlotOrder {
  /** False for a null slot (including a dictionary key pointing at a null entry). */
  isValid(i: number): boolean;
  /**
   * Orders two valid slots in the order argmin uses: numbers by value (-0 equals 0) with NaN
   * above every number, strings by UTF-8 bytes, false before true, 64-bit integers exactly,
   * temporal values by their ticks, decimals by value, dictionaries by their values.
   */
  compare: SlotComparator;
}

/**
 * The order of the slots of a chunk, for sorting.
 * @throws TypeError for types without an order
 */
export function slotOrderOf(data: Data): SlotOrder {
  const bitmap = validityOf(data);
  const isValid = (i: number) => isValidAt(bitmap, data.offset, i);
  switch (data.type.typeId) {
    case Type.Null:
      return { isValid: () => false, compare: () => 0 };
    case Type.Bool: {
      const bits = data.values as Uint8Array;
      const bit = (i: number) => (bits[(data.offset + i) >> 3] >> ((data.offset + i) & 7)) & 1;
      return { isValid, compare: (i, j) => bit(i) - bit(j) };
    }
    case Type.Utf8: case Type.LargeUtf8: case Type.Binary: case Type.LargeBinary:
      return { isValid, compare: bytesComparator(data.valueOffsets, data.values) };
    case Type.FixedSizeBinary:
      return { isValid, compare: fixedBytesComparator(data.values, (data.type as unknown as { byteWidth: number }).byteWidth) };
    case Type.Decimal:
      return { isValid, compare: decimalComparator(data.values, (data.type as unknown as { bitWidth: number }).bitWidth / 32) };
    case Type.Dictionary:
      return dictionaryOrder(data);
    case Type.Float:
    case Type.Float16:
      if (data.values instanceof Uint16Array) return { isValid, compare: numberComparator(decodeFloat16Array(data.values, data.length)) };
  }
  if (data.children.length > 0 || !ArrayBuffer.isView(data.values)) {
    throw new TypeError(`sort is not defined for type ${String(data.type)}: its values have no order`);
  }
  // Every other orderable type stores one number or bigint per slot: integers, floats, and the
  // ticks of dates, times, timestamps and durations (one unit per column).
  return { isValid, compare: numberComparator(data.values as unknown as ArrayLike<number>) };
}

/** Orders numbers (or bigints) by value, NaN above everything, two NaN equal. */
function numberComparator(values: ArrayLike<number | bigint>): SlotComparator {
  return (i, j) => {
    const a = values[i];
    const b = values[j];
    if (a < b) return -1;
    if (a > b) return 1;
    if (a === b) return 0;
    const aNaN = a !== a;
    return aNaN === (b !== b) ? 0 : aNaN ? 1 : -1;
  };
}

function dictionaryOrder(data: Data): SlotOrder {
  const { ranks, bitmap, offset } = dictionarySlots(data, argKernelFor);
  return { isValid: (i) => isValidAt(bitmap, offset, i), compare: numberComparator(ranks) };
}
