import { forEachValidRun } from "../validity.js";
import { NO_CANDIDATE, type ScanMode, type ScanResult } from "./scan-result.js";

/** Orders slot `i` against slot `j` of one chunk: negative, zero or positive. */
export type SlotComparator = (i: number, j: number) => number;

/**
 * Arg-reduces a chunk whose slots have no NaN and are ordered by a slot comparator: variable-width
 * bytes, decimals. The comparator is called only against the current winner, so each slot costs
 * one comparison; a tie keeps the earlier slot.
 * @param compare - orders two slots of the chunk
 * @param bitmap - validity bitmap, or null when the chunk has no nulls
 * @param offset - bit offset of slot 0 in `bitmap`
 * @param length - number of slots
 */
export function scanOrdered(
  compare: SlotComparator,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  mode: ScanMode,
): ScanResult {
  const sign = mode.max ? -1 : 1;
  let index = -1;
  forEachValidRun(bitmap, offset, length, (start, end) => {
    let i = start;
    if (index < 0) index = i++;
    for (; i < end; i++) if (sign * compare(i, index) < 0) index = i;
    return true;
  });
  return index < 0 ? NO_CANDIDATE : { index, isNaN: false, sawNaN: false };
}

/**
 * Orders slots of a variable-width byte column (Utf8, Binary and their Large forms) by their
 * bytes, which for UTF-8 is code point order.
 * @param offsets - value offsets, indexed from 0 for the chunk's first slot
 * @param bytes - the value bytes
 */
export function bytesComparator(offsets: Int32Array | BigInt64Array, bytes: Uint8Array): SlotComparator {
  const start = offsets instanceof BigInt64Array ? Float64Array.from(offsets, Number) : offsets;
  return (i, j) => {
    let a = start[i];
    let b = start[j];
    const aEnd = start[i + 1];
    const bEnd = start[j + 1];
    for (; a < aEnd && b < bEnd; a++, b++) {
      const d = bytes[a] - bytes[b];
      if (d !== 0) return d;
    }
    return aEnd - a - (bEnd - b);
  };
}

/**
 * Orders slots of a FixedSizeBinary column by their bytes (all of one width, so as Binary orders them).
 * @param bytes - the values, `width` bytes per slot, indexed from 0 for the chunk's first slot
 * @param width - bytes per slot
 */
export function fixedBytesComparator(bytes: Uint8Array, width: number): SlotComparator {
  return (i, j) => {
    for (let a = i * width, b = j * width, end = a + width; a < end; a++, b++) {
      const d = bytes[a] - bytes[b];
      if (d !== 0) return d;
    }
    return 0;
  };
}

/**
 * Orders slots of a Decimal column: two's-complement little-endian integers of `words` 32-bit
 * words each, compared from the most significant word (signed) down (unsigned).
 * @param values - the decimal words, indexed from 0 for the chunk's first slot
 * @param words - 32-bit words per value (4 for Decimal128, 8 for Decimal256)
 */
export function decimalComparator(values: Uint32Array, words: number): SlotComparator {
  const signed = new Int32Array(values.buffer, values.byteOffset, values.length);
  return (i, j) => {
    const top = words - 1;
    const a = i * words;
    const b = j * words;
    if (signed[a + top] !== signed[b + top]) return signed[a + top] - signed[b + top];
    for (let k = top - 1; k >= 0; k--) {
      if (values[a + k] !== values[b + k]) return values[a + k] - values[b + k];
    }
    return 0;
  };
}
