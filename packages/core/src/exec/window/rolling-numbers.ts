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
import { positionsData, ValueColumn, type WindowKernel } from "./kernel.js";

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
    const positions = new Float64Array(rows);
    const extremes = output === "value" ? new Float64Array(rows) : null;
    // The candidate ring lives in locals for the loop (written back after it): V8 keeps them in
    // registers, where fields of an object it would reload on every row.
    let { positions: ringPositions, head, count } = candidates;
    let ringValues = candidates.values as Float64Array;
    let mask = ringPositions.length - 1;
    for (let i = 0; i < rows; i++) {
      const p = seen + i;
      const start = p - size + 1;
      while (count > 0 && ringPositions[head] < start) {
        head = (head + 1) & mask;
        count--;
      }
      if (nans.count > 0) nans.evictBefore(start);
      if (nulls.count > 0) nulls.evictBefore(start);
      if (validity !== null && !isValidAt(validity, data.offset, i)) nulls.push(p, 0);
      else {
        const v = sign * x[i];
        if (v !== v) nans.push(p, v);
        else {
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
      const inWindow = (start > 0 ? size : p + 1) - nulls.count;
      if (inWindow < minPeriods) positions[i] = -1;
      else if (nans.count > 0) positions[i] = nans.positions[nans.head];
      else positions[i] = ringPositions[head];
      if (extremes !== null) extremes[i] = nans.count > 0 ? NaN : sign * ringValues[head];
    }
    candidates.head = head;
    candidates.count = count;
    seen += rows;
    if (extremes === null) return positionsData(positions);
    const out = new ValueColumn(outputType, rows);
    for (let i = 0; i < rows; i++) if (positions[i] >= 0) out.set(i, extremes[i]);
    return out.finish();
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
