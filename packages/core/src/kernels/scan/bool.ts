import { forEachValidRun } from "../validity.js";
import { NO_CANDIDATE, type ScanMode, type ScanResult } from "./scan-result.js";

/**
 * Arg-reduces a chunk of booleans (false < true): argmin is the first valid false, else the first
 * valid true; argmax the reverse. The walk stops at the first slot holding the wanted value.
 * @param bits - the packed values; slot i is bit `offset + i`
 * @param bitmap - validity bitmap, or null when the chunk has no nulls
 * @param offset - bit offset of slot 0 in both `bits` and `bitmap`
 */
export function scanBool(
  bits: Uint8Array,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  mode: ScanMode,
): ScanResult {
  const wanted = mode.max ? 1 : 0;
  let first = -1;
  let found = -1;
  forEachValidRun(bitmap, offset, length, (start, end) => {
    if (first < 0) first = start;
    for (let i = start; i < end; i++) {
      const bit = offset + i;
      if (((bits[bit >> 3] >> (bit & 7)) & 1) === wanted) {
        found = i;
        return false;
      }
    }
    return true;
  });
  const index = found >= 0 ? found : first;
  return index < 0 ? NO_CANDIDATE : { index, isNaN: false, sawNaN: false };
}
