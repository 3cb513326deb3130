import { forEachValidRun } from "../validity.js";
import { wasmDenseInt64 } from "../wasm/dense-int64.js";
import { NO_CANDIDATE, type ScanMode, type ScanResult } from "./scan-result.js";

/**
 * Arg-reduces a chunk of 64-bit integers exactly, without a BigInt per element: each value is read
 * as two 32-bit words and compared high word first (signed for Int64, unsigned for UInt64), low
 * word unsigned.
 *
 * argmax runs the argmin loop on bitwise-complemented words: `~x` reverses the order of both signed
 * and unsigned words and maps equal values to equal values, so ties keep the first index. A long
 * chunk without nulls runs in WebAssembly SIMD when the engine has it (see wasm/dense-int64.ts).
 * @param values - BigInt64Array or BigUint64Array, indexed from 0
 * @param signed - true for Int64 and the temporal types, false for UInt64
 */
export function scanInt64(
  values: BigInt64Array | BigUint64Array,
  signed: boolean,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  mode: ScanMode,
): ScanResult {
  const wasm = bitmap === null ? wasmDenseInt64(length, signed, mode.max) : null;
  if (wasm !== null) return { index: wasm(values, length), isNaN: false, sawNaN: false };
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const scan = new Int64Scan(words, signed, mode.max);
  forEachValidRun(bitmap, offset, length, scan.run);
  return scan.index < 0 ? NO_CANDIDATE : { index: scan.index, isNaN: false, sawNaN: false };
}

class Int64Scan {
  index = -1;
  private bestHi = 0;
  private bestLo = 0;
  /** XOR mask of the low word: ~0 complements it (for max), 0 leaves it. */
  private readonly loMask: number;
  /**
   * XOR mask of the high word: the low word's, plus the sign bit for UInt64 so that unsigned
   * high words order correctly under a signed comparison.
   */
  private readonly hiMask: number;

  constructor(
    private readonly words: Int32Array,
    signed: boolean,
    max: boolean,
  ) {
    this.loMask = max ? ~0 : 0;
    this.hiMask = this.loMask ^ (signed ? 0 : 0x80000000);
  }

  readonly run = (start: number, end: number): boolean => {
    const w = this.words;
    const loMask = this.loMask;
    const hiMask = this.hiMask;
    let i = start;
    if (this.index < 0) {
      this.bestHi = w[2 * i + 1] ^ hiMask;
      this.bestLo = (w[2 * i] ^ loMask) >>> 0;
      this.index = i++;
    }
    let hi = this.bestHi;
    let lo = this.bestLo;
    let index = this.index;
    // Four slots whose high words all exceed the best one cannot win: one branch skips them.
    for (; i + 4 <= end; i += 4) {
      if ((w[2 * i + 1] ^ hiMask) > hi && (w[2 * i + 3] ^ hiMask) > hi && (w[2 * i + 5] ^ hiMask) > hi && (w[2 * i + 7] ^ hiMask) > hi) {
        continue;
      }
      for (let j = i; j < i + 4; j++) {
        const h = w[2 * j + 1] ^ hiMask;
        if (h < hi) {
          hi = h;
          lo = (w[2 * j] ^ loMask) >>> 0;
          index = j;
        } else if (h === hi) {
          const l = (w[2 * j] ^ loMask) >>> 0;
          if (l < lo) {
            lo = l;
            index = j;
          }
        }
      }
    }
    for (; i < end; i++) {
      const h = w[2 * i + 1] ^ hiMask;
      if (h < hi) {
        hi = h;
        lo = (w[2 * i] ^ loMask) >>> 0;
        index = i;
      } else if (h === hi) {
        const l = (w[2 * i] ^ loMask) >>> 0;
        if (l < lo) {
          lo = l;
          index = i;
        }
      }
    }
    this.bestHi = hi;
    this.bestLo = lo;
    this.index = index;
    return true;
  };
}
