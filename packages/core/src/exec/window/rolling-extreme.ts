/**
 * rollingMin, rollingMax, rollingArgmin, rollingArgmax over a window of the last `size` rows, in
 * O(1) per row, batch after batch, never holding more than a window or two of rows. Plain numbers
 * take the block scheme of rolling-numbers.ts; other orderable types (64-bit integers, strings,
 * temporal, decimal) a monotonic deque of ordering scalars. The argmin rules hold in each window: nulls are skipped, the first NaN in
 * the window wins, ties go to the first position; a window with fewer than `minPeriods` values
 * gives null. Positions count rows from the start of the input (of the partition under over).
 */
import type { DataType } from "apache-arrow";
import type { Scalar } from "../../kernels/scalar.js";
import { materialize } from "../eval/operand.js";
import { MonotonicDeque } from "./deque.js";
import { ExtremeColumn, type ExtremeOutput, type WindowKernel } from "./kernel.js";
import { isNaNValue, isPlainNumber, orderingOf } from "./ordered.js";
import { rollingNumberExtreme } from "./rolling-numbers.js";

/**
 * A rolling extreme kernel.
 * @param inputType - the values' type
 * @param outputType - Int64 for positions, else the values' type
 * @param max - largest instead of smallest
 * @param output - positions or values
 * @param size - the window's rows
 * @param minPeriods - values a window needs
 * @returns the kernel
 */
export function rollingExtreme(
  inputType: DataType, outputType: DataType, max: boolean, output: ExtremeOutput, size: number, minPeriods: number,
): WindowKernel {
  if (isPlainNumber(inputType)) return rollingNumberExtreme(outputType, max, output, size, minPeriods);
  const ordering = orderingOf(inputType);
  const candidates = new MonotonicDeque<Scalar>(max ? (a, b) => ordering.less(b, a) : ordering.less);
  const nans = new MonotonicDeque<Scalar>(() => false);
  const validRows = new MonotonicDeque<Scalar>(() => false);
  let seen = 0;
  return {
    run(operands, rows) {
      const batch = ordering.read(materialize(operands[0], rows));
      const out = new ExtremeColumn(output, outputType, rows);
      for (let i = 0; i < rows; i++) {
        const p = seen + i;
        const start = p - size + 1;
        candidates.evictBefore(start);
        nans.evictBefore(start);
        validRows.evictBefore(start);
        if (batch.valid(i)) {
          const v = batch.value(i);
          validRows.push(p, v);
          if (isNaNValue(v)) nans.push(p, v);
          else candidates.push(p, v);
        }
        const enough = validRows.size >= minPeriods;
        const position = !enough ? -1 : nans.size > 0 ? nans.frontPosition : candidates.frontPosition;
        out.set(i, position, () => (nans.size > 0 ? NaN : candidates.frontValue));
      }
      seen += rows;
      return out.finish();
    },
    reset() {
      candidates.clear();
      nans.clear();
      validRows.clear();
      seen = 0;
    },
  };
}
