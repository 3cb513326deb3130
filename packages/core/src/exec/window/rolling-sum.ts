/**
 * rollingSum and rollingMean over the last `size` rows. Integer and Bool sums are exact (bigint,
 * wrapping to the 64-bit output type as sum does); a float window's sum is exact and rounded once,
 * like the sum aggregate, so it equals the sum of the window's values however the input was split
 * — kept as an exact running total that adds each entering value and subtracts each leaving one,
 * with NaN and infinities counted apart. Nulls are skipped; a window with fewer than `minPeriods`
 * values gives null.
 */
import { type DataType, Type } from "apache-arrow";
import { ExactSum, SAW_NAN, SAW_NEGATIVE_INFINITY, SAW_POSITIVE_INFINITY, specialValue } from "../eval/aggregate/exact-sum.js";
import { materialize } from "../eval/operand.js";
import { MonotonicDeque } from "./deque.js";
import { ValueColumn, type WindowKernel } from "./kernel.js";
import { orderingOf } from "./ordered.js";

/**
 * A rolling sum or mean kernel.
 * @param inputType - numbers or Bool
 * @param outputType - the sum's type, or Float64 for a mean
 * @param mean - divide by the window's count of values
 * @param size - the window's rows
 * @param minPeriods - values a window needs
 * @returns the kernel
 */
export function rollingSum(inputType: DataType, outputType: DataType, mean: boolean, size: number, minPeriods: number): WindowKernel {
  const ordering = orderingOf(inputType);
  const float = inputType.typeId === Type.Float;
  const unsigned = !float && !mean && !(outputType as unknown as { isSigned: boolean }).isSigned;
  const window = new MonotonicDeque<number | bigint>(() => false);
  let exact = new ExactSum();
  let integer = 0n;
  // NaN, +Infinity, -Infinity and -0 in the window: a zero sum is -0 only when every value was -0.
  const specials = [0, 0, 0, 0];
  let seen = 0;
  const addValue = (v: number | bigint, sign: 1 | -1) => {
    if (!float) integer += sign === 1 ? (v as bigint) : -(v as bigint);
    else if (Number.isFinite(v)) {
      exact.add(sign * (v as number));
      if (Object.is(v, -0)) specials[3] += sign;
    } else specials[v !== v ? 0 : (v as number) > 0 ? 1 : 2] += sign;
  };
  return {
    run(operands, rows) {
      const batch = ordering.read(materialize(operands[0], rows));
      const out = new ValueColumn(outputType, rows);
      for (let i = 0; i < rows; i++) {
        const p = seen + i;
        while (window.size > 0 && window.frontPosition <= p - size) {
          addValue(window.frontValue, -1);
          window.evictBefore(window.frontPosition + 1);
        }
        if (batch.valid(i)) {
          const raw = batch.value(i);
          const v = float ? (raw as number) : BigInt(typeof raw === "boolean" ? Number(raw) : (raw as number | bigint));
          window.push(p, v);
          addValue(v, 1);
        }
        if (window.size < minPeriods) continue;
        const flags = (specials[0] > 0 ? SAW_NAN : 0) | (specials[1] > 0 ? SAW_POSITIVE_INFINITY : 0) | (specials[2] > 0 ? SAW_NEGATIVE_INFINITY : 0);
        const sum = float ? specialValue(flags) ?? (specials[3] === window.size ? -0 : exact.value()) : integer;
        if (mean) out.set(i, Number(sum) / window.size);
        else out.set(i, float ? sum : unsigned ? BigInt.asUintN(64, sum as bigint) : BigInt.asIntN(64, sum as bigint));
      }
      seen += rows;
      return out.finish();
    },
    reset() {
      window.clear();
      exact = new ExactSum();
      integer = 0n;
      specials.fill(0);
      seen = 0;
    },
  };
}
