import { forEachValidRun } from "../validity.js";
import { NO_CANDIDATE, type ScanMode, type ScanResult } from "./scan-result.js";

/** Typed arrays whose elements read as JS numbers. */
export type NumberArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint32Array
  | Uint16Array
  | Uint8Array;

/**
 * Arg-reduces a chunk of number-valued slots (floats, and integers of 32 bits or fewer).
 *
 * argmax runs the argmin loop on negated values: negation reverses the order, keeps ties as ties
 * (-0 and 0 stay equal) and keeps NaN as NaN, so one loop serves both with the first-index rule.
 * @param values - the slots, indexed from 0 (Arrow's sliced-values convention)
 * @param bitmap - validity bitmap, or null when the chunk has no nulls
 * @param offset - bit offset of slot 0 in `bitmap`
 * @param length - number of slots
 * @param mode - min or max, NaN propagating or skipped
 */
export function scanNumbers(
  values: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  mode: ScanMode,
): ScanResult {
  const scan = new NumberScan(values, mode.max ? -1 : 1, mode.skipNaN);
  forEachValidRun(bitmap, offset, length, scan.run);
  if (scan.nanIndex >= 0) return { index: scan.nanIndex, isNaN: true, sawNaN: true };
  if (scan.index < 0) return scan.sawNaN ? { ...NO_CANDIDATE, sawNaN: true } : NO_CANDIDATE;
  return { index: scan.index, isNaN: false, sawNaN: scan.sawNaN };
}

class NumberScan {
  best = NaN;
  index = -1;
  nanIndex = -1;
  sawNaN = false;

  constructor(
    private readonly values: ArrayLike<number>,
    private readonly sign: number,
    private readonly skipNaN: boolean,
  ) {}

  /** Scans the valid run [start, end); returns false once a propagating NaN settles the answer. */
  readonly run = (start: number, end: number): boolean => {
    return this.skipNaN ? this.runSkippingNaN(start, end) : this.runPropagatingNaN(start, end);
  };

  private runPropagatingNaN(start: number, end: number): boolean {
    const v = this.values;
    const s = this.sign;
    let i = start;
    if (this.index < 0) {
      const first = s * v[i];
      if (first !== first) {
        this.nanIndex = i;
        return false;
      }
      this.best = first;
      this.index = i++;
    }
    let best = this.best;
    let index = this.index;
    for (; i < end; i++) {
      const x = s * v[i];
      if (x < best) {
        best = x;
        index = i;
      } else if (x !== x) {
        this.nanIndex = i;
        return false;
      }
    }
    this.best = best;
    this.index = index;
    return true;
  }

  private runSkippingNaN(start: number, end: number): boolean {
    const v = this.values;
    const s = this.sign;
    let i = start;
    for (; this.index < 0 && i < end; i++) {
      const x = s * v[i];
      if (x === x) {
        this.best = x;
        this.index = i;
      } else {
        this.sawNaN = true;
      }
    }
    let best = this.best;
    let index = this.index;
    let sawNaN = this.sawNaN;
    for (; i < end; i++) {
      const x = s * v[i];
      if (x < best) {
        best = x;
        index = i;
      } else if (x !== x) {
        sawNaN = true;
      }
    }
    this.best = best;
    this.index = index;
    this.sawNaN = sawNaN;
    return true;
  }
}
