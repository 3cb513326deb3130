/**
 * The orders of the top-k aggregates over one chunk of values, built on sort's slot order
 * (numbers by value with NaN above every number, strings by UTF-8 bytes, 64-bit integers exact).
 */
import { type Data, Type } from "apache-arrow";
import { slotOrderOf } from "../../../kernels/sort/slot-order.js";
import type { SlotComparator } from "../../../kernels/scan/ordered.js";

/** Which rows a top-k aggregate keeps first, and what it gives of them. */
export interface TopKMode {
  /** Largest values first (`topK`, `argmaxK`) rather than smallest (`bottomK`, `argminK`). */
  readonly descending: boolean;
  /** NaN before every number even in ascending order (`argminK`, as argmin lets NaN win). */
  readonly nanFirst: boolean;
  /** The output is the rows' positions within the group, not their values. */
  readonly positions: boolean;
}

/**
 * Compares two valid slots of a chunk: negative when the first is kept before the second.
 * @param data - the values (a chunk of an orderable type)
 * @param mode - the direction and NaN rule
 * @returns the comparator; equal values give 0 (the caller breaks ties by position)
 */
export function topKOrder(data: Data, mode: TopKMode): SlotComparator {
  const compare = slotOrderOf(data).compare;
  if (mode.descending) return (i, j) => compare(j, i);
  const isNaN = nanTest(data);
  if (!mode.nanFirst || isNaN === null) return compare;
  return (i, j) => {
    const a = isNaN(i);
    const b = isNaN(j);
    return a || b ? Number(b) - Number(a) : compare(i, j);
  };
}

/** Whether a slot holds NaN, for float chunks; null for types without NaN. */
function nanTest(data: Data): ((i: number) => boolean) | null {
  if (data.type.typeId !== Type.Float) return null;
  const values = data.values as Float64Array | Float32Array | Uint16Array;
  if (values instanceof Uint16Array) return (i) => (values[i] & 0x7c00) === 0x7c00 && (values[i] & 0x3ff) !== 0;
  return (i) => values[i] !== values[i];
}
