/**
 * The fast path of rolling extremes over plain numbers (narrow integers and floats): the same
 * monotonic deque as rolling-extreme.ts, flattened into typed-array rings and one loop with no
 * calls per row. A rolling max runs as a rolling min of the negated values (negation keeps NaN a
 * NaN and -0 equal to 0, and is undone exactly on output). Nulls and NaN queue their positions
 * apart, so a column without them costs nothing for them.
 */
import type { Data, DataType } from "apache-arrow";
import { isValidAt, validityOf } from "../../kernels/validity.js";
import { materialize } from "../eval/operand.js";
import { MonotonicDeque } from "./deque.js";
import { fixedWidthOf, valuesData } from "../eval/build.js";
import type { WindowKernel } from "./kernel.js";

/**
 * A rolling extreme kernel over plain numbers.
 * @param outputType - Int64 for positions, else the values' type
 * @param max - largest instead of smallest
 * @param output - positions or values
 * @param size - the window's rows
 * @param minPeriods - values a window needs
 * @returns the kernel
 */
export function rollingNumberExtreme(outputType: DataType, max: boolean, output: "position" | "value", size: number, minPeriods: number): WindowKernel {
  const sign = max ? -1 : 1;
  const candidates = new MonotonicDeque<number>((a, b) => a < b, (length) => new Float64Array(length));
  const nans = new MonotonicDeque<number>(() => false);
  const nulls = new MonotonicDeque<number>(() => false);
  let seen = 0;
  const run = (data: Data, rows: number): Data => {
    const x = data.values as ArrayLike<number>;
    const validity = validityOf(data);
    // Positions go straight into the Int64 output as two 32-bit words (they are below 2^53).
    const out = new BigInt64Array(rows);
    const words = new Uint32Array(out.buffer);
    const valid = new Uint8Array((rows + 7) >> 3);
    const extremes = output === "value" ? new Float64Array(rows) : null;
    let missing = 0;
    // The candidate ring and the queue lengths live in locals for the loop (written back after
    // it): V8 keeps them in registers, where fields of an object it would reload on every row.
    let { positions: ringPositions, head, count } = candidates;
    let ringValues = candidates.values as Float64Array;
    let mask = ringPositions.length - 1;
    let nanCount = nans.count;
    let nullCount = nulls.count;
    const [base, window, least, factor] = [seen, size, minPeriods, sign];
    for (let i = 0; i < rows; i++) {
      const p = base + i;
      const start = p - window + 1;
      while (count > 0 && ringPositions[head] < start) {
        head = (head + 1) & mask;
        count--;
      }
      if (nanCount > 0) {
        nans.evictBefore(start);
        nanCount = nans.count;
      }
      if (nullCount > 0) {
        nulls.evictBefore(start);
        nullCount = nulls.count;
      }
      if (validity !== null && !isValidAt(validity, data.offset, i)) {
        nulls.push(p, 0);
        nullCount++;
      } else {
        const v = factor * x[i];
        if (v !== v) {
          nans.push(p, v);
          nanCount++;
        } else {
          while (count > 0 && ringValues[(head + count - 1) & mask] > v) count--;
          if (count === ringPositions.length) {
            Object.assign(candidates, { head, count });
            mask = candidates.grow();
            ({ positions: ringPositions, head } = candidates);
            ringValues = candidates.values as Float64Array;
          }
          const slot = (head + count) & mask;
          ringPositions[slot] = p;
          ringValues[slot] = v;
          count++;
        }
      }
      if ((start > 0 ? window : p + 1) - nullCount < least) {
        missing++;
        continue;
      }
      const at = nanCount > 0 ? nans.positions[nans.head] : ringPositions[head];
      words[2 * i] = at >>> 0;
      words[2 * i + 1] = (at / 4294967296) >>> 0;
      valid[i >> 3] |= 1 << (i & 7);
      if (extremes !== null) extremes[i] = nanCount > 0 ? NaN : factor * ringValues[head];
    }
    candidates.head = head;
    candidates.count = count;
    seen += rows;
    const outValidity = missing === 0 ? null : valid;
    if (extremes === null) return valuesData(outputType, rows, out, outValidity);
    const values = new (fixedWidthOf(outputType)!.ArrayType)(rows);
    for (let i = 0; i < rows; i++) if ((valid[i >> 3] >> (i & 7)) & 1) values[i] = extremes[i];
    return valuesData(outputType, rows, values, outValidity);
  };
  return {
    run: (operands, rows) => run(materialize(operands[0], rows), rows),
    reset() {
      candidates.clear();
      nans.clear();
      nulls.clear();
      seen = 0;
    },
  };
}
