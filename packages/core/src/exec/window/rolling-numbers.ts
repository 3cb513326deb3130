/**
 * The fast path of rolling extremes over plain numbers (narrow integers and floats): the van
 * Herk/Gil-Werman block scheme of block-extremes.ts over each batch's values as Float64 keys. A
 * rolling max runs as a rolling min of the negated values (negation keeps NaN a NaN and -0 equal
 * to 0, and is undone exactly on output). Nulls and NaN become ignored keys; a batch with none of
 * them within reach of its windows takes the scan's lightest loops and no per-row checks, and
 * only a batch that has some within reach walks its rows once more to count the nulls of each
 * window and let its first NaN win.
 */
import type { Data, DataType } from "apache-arrow";
import { isValidAt, validityOf } from "../../kernels/validity.js";
import { materialize } from "../eval/operand.js";
import { fixedWidthOf, valuesData } from "../eval/build.js";
import { BlockExtremes } from "./block-extremes.js";
import { MonotonicDeque } from "./deque.js";
import type { WindowKernel } from "./kernel.js";

/** Rows handled at a time: the scratch arrays of a chunk stay in the CPU's cache. */
const CHUNK = 4096;

/**
 * A rolling extreme kernel over plain numbers.
 * @param outputType - Int64 for positions, else the values' type
 * @param max - largest instead of smallest
 * @param output - positions or values
 * @param size - the window's rows
 * @param minPeriods - values a window needs (at least 1)
 * @returns the kernel
 */
export function rollingNumberExtreme(outputType: DataType, max: boolean, output: "position" | "value", size: number, minPeriods: number): WindowKernel {
  const sign = max ? -1 : 1;
  const blocks = new BlockExtremes(size);
  const ignored = new IgnoredRows(size, minPeriods);
  const scratch = new Float64Array(CHUNK);
  const at = new Float64Array(CHUNK);
  const least = new Float64Array(CHUNK);
  let seen = 0;
  let lastIgnored = -Infinity;
  const run = (data: Data, rows: number): Data => {
    const validity = validityOf(data);
    const x = data.values as ArrayLike<number>;
    const valid = new Uint8Array((rows + 7) >> 3);
    const values = output === "value" ? new (fixedWidthOf(outputType)!.ArrayType)(rows) : null;
    const positions = values === null ? new BigInt64Array(rows) : null;
    let missing = 0;
    for (let from = 0; from < rows; from += CHUNK) {
      const count = Math.min(CHUNK, rows - from);
      const first = seen + from;
      const keys = x instanceof Float64Array && sign === 1 && validity === null ? x.subarray(from, from + count) : scratch;
      const lastInChunk = keys === scratch ? copyKeys(data, from, count, sign, validity, scratch) : lastNaN(keys, count);
      if (lastInChunk >= 0) lastIgnored = first + lastInChunk;
      const aware = lastIgnored > first - size;
      blocks.scan(keys, count, at, least, aware);
      if (aware) missing += ignored.settle(validity, data.offset, from, keys, count, first, at, least, valid);
      else {
        ignored.clear();
        // Without nulls, a window has enough values once it has minPeriods rows.
        const short = Math.max(0, Math.min(count, minPeriods - 1 - first));
        missing += short;
        setBits(valid, from + short, from + count);
      }
      if (positions !== null) writePositions(at, count, positions, from);
      else for (let k = 0; k < count; k++) values![from + k] = sign * least[k];
    }
    seen += rows;
    return valuesData(outputType, rows, positions ?? values!, missing === 0 ? null : valid);
  };
  return {
    run: (operands, rows) => run(materialize(operands[0], rows), rows),
    reset() {
      blocks.reset();
      ignored.clear();
      seen = 0;
      lastIgnored = -Infinity;
    },
  };
}

/**
 * The nulls and NaN within the window, for the chunks that have some within reach: per row, the
 * window's count of values decides whether it answers, and its first NaN is the answer.
 */
class IgnoredRows {
  private readonly nans = new MonotonicDeque<number>(() => false);
  private readonly nulls = new MonotonicDeque<number>(() => false);

  /**
   * @param size - the window's rows
   * @param minPeriods - values a window needs
   */
  constructor(private readonly size: number, private readonly minPeriods: number) {}

  /**
   * Corrects a chunk's answers for its windows' nulls and NaN.
   * @param validity - the batch's validity bitmap (null: no nulls)
   * @param offset - the batch's offset into the bitmap
   * @param from - the chunk's first row in the batch
   * @param keys - the chunk's keys (NaN for nulls and NaN)
   * @param count - the chunk's rows
   * @param first - the position of the chunk's first row
   * @param at - the chunk's answer positions, corrected for NaN
   * @param least - the chunk's extreme keys, corrected for NaN
   * @param valid - the batch's output validity, set for each window with enough values
   * @returns how many windows have too few values
   */
  settle(
    validity: Uint8Array | null, offset: number, from: number, keys: Float64Array, count: number, first: number,
    at: Float64Array, least: Float64Array, valid: Uint8Array,
  ): number {
    const { nans, nulls, size, minPeriods } = this;
    let missing = 0;
    for (let k = 0; k < count; k++) {
      const p = first + k;
      nans.evictBefore(p - size + 1);
      nulls.evictBefore(p - size + 1);
      if (!isValidAt(validity, offset, from + k)) nulls.push(p, 0);
      else if (keys[k] !== keys[k]) nans.push(p, 0);
      // A window needs minPeriods values: its rows (fewer at the start) less its nulls.
      if (Math.min(size, p + 1) - nulls.size < minPeriods) {
        missing++;
        continue;
      }
      valid[(from + k) >> 3] |= 1 << ((from + k) & 7);
      if (nans.size > 0) {
        at[k] = nans.frontPosition;
        least[k] = NaN;
      }
    }
    return missing;
  }

  /** Forgets the rows seen. */
  clear(): void {
    this.nans.clear();
    this.nulls.clear();
  }
}

/** Sets the bits [from, to) of a bitmap. */
function setBits(bitmap: Uint8Array, from: number, to: number): void {
  let i = from;
  for (; i < to && (i & 7) !== 0; i++) bitmap[i >> 3] |= 1 << (i & 7);
  const whole = (to - i) >> 3;
  bitmap.fill(0xff, i >> 3, (i >> 3) + whole);
  for (i += 8 * whole; i < to; i++) bitmap[i >> 3] |= 1 << (i & 7);
}

/** The last NaN of the first `count` keys, or -1. */
function lastNaN(keys: Float64Array, count: number): number {
  for (let k = count - 1; k >= 0; k--) if (keys[k] !== keys[k]) return k;
  return -1;
}

/**
 * Copies `count` values from row `from` as keys: negated for a maximum, NaN at null rows.
 * @returns the last key that is NaN (a null or a NaN), or -1
 */
function copyKeys(data: Data, from: number, count: number, sign: number, validity: Uint8Array | null, keys: Float64Array): number {
  const x = data.values as ArrayLike<number>;
  for (let k = 0; k < count; k++) keys[k] = sign * x[from + k];
  if (validity !== null) for (let k = 0; k < count; k++) if (!isValidAt(validity, data.offset, from + k)) keys[k] = NaN;
  return lastNaN(keys, count);
}

/** Writes positions (below 2^53) into an Int64 array from index `from`, as two 32-bit words each. */
function writePositions(at: Float64Array, count: number, out: BigInt64Array, from: number): void {
  const words = new Uint32Array(out.buffer, out.byteOffset + 8 * from, 2 * count);
  for (let k = 0; k < count; k++) words[2 * k] = at[k] >>> 0;
  if (at[count - 1] >= 4294967296 || at[0] >= 4294967296) for (let k = 0; k < count; k++) words[2 * k + 1] = (at[k] / 4294967296) >>> 0;
}
