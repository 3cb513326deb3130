/**
 * The running windows: each row's value depends only on the rows up to it, so a kernel keeps a
 * little state (a sum, the best value so far and its position) from batch to batch. Null rows
 * stay null in cumSum, cumMin and cumMax (as Polars), cumCount counts the values so far, and
 * cumArgmin / cumArgmax give the position of the extreme so far in every row once a value was
 * seen: the first of ties, and from the first NaN on, that NaN's position.
 */
import { type Data, type DataType, Type } from "apache-arrow";
import { concatData } from "../../kernels/concat.js";
import type { Scalar } from "../../kernels/scalar.js";
import { nullData } from "../eval/build.js";
import { materialize } from "../eval/operand.js";
import { ExtremeColumn, type ExtremeOutput, positionsData, ValueColumn, type WindowKernel } from "./kernel.js";
import { isNaNValue, orderingOf } from "./ordered.js";

/**
 * cumSum: a sequential sum in row order, of doubles as IEEE adds them (as NumPy's and Polars'
 * cumsum), of integers and booleans exactly, wrapping to the 64-bit output type.
 * @param inputType - numbers or Bool
 * @param outputType - Int64, UInt64 or Float64 (see the sum rule)
 * @returns the kernel
 */
export function cumSum(inputType: DataType, outputType: DataType): WindowKernel {
  const ordering = orderingOf(inputType);
  const float = outputType.typeId === Type.Float;
  const unsigned = !float && !(outputType as unknown as { isSigned: boolean }).isSigned;
  let floatSum = 0;
  let intSum = 0n;
  return {
    run(operands, rows) {
      const batch = ordering.read(materialize(operands[0], rows));
      const out = new ValueColumn(outputType, rows);
      for (let i = 0; i < rows; i++) {
        if (!batch.valid(i)) continue;
        const v = batch.value(i);
        if (float) out.set(i, (floatSum += v as number));
        else {
          intSum += typeof v === "boolean" ? BigInt(v) : BigInt(v as number | bigint);
          intSum = unsigned ? BigInt.asUintN(64, intSum) : BigInt.asIntN(64, intSum);
          out.set(i, intSum);
        }
      }
      return out.finish();
    },
    reset() {
      floatSum = 0;
      intSum = 0n;
    },
  };
}

/**
 * cumCount: the number of non-null values up to and including each row, as Int64.
 * @returns the kernel
 */
export function cumCount(): WindowKernel {
  let count = 0;
  return {
    run(operands, rows) {
      const data = materialize(operands[0], rows);
      const valid = orderingOf(data.type).read(data).valid;
      const positions = new Float64Array(rows);
      for (let i = 0; i < rows; i++) positions[i] = valid(i) ? ++count : count;
      return positionsData(positions);
    },
    reset() {
      count = 0;
    },
  };
}

/**
 * cumMin, cumMax (values; numbers only) and cumArgmin, cumArgmax (positions).
 * @param inputType - the values' type
 * @param outputType - the values' type or Int64
 * @param max - largest instead of smallest
 * @param output - positions or values
 * @returns the kernel
 */
export function cumExtreme(inputType: DataType, outputType: DataType, max: boolean, output: ExtremeOutput): WindowKernel {
  const ordering = orderingOf(inputType);
  const better = max ? (a: Scalar, b: Scalar) => ordering.less(b, a) : ordering.less;
  let best: Scalar | null = null;
  let bestPosition = -1;
  let seen = 0;
  return {
    run(operands, rows) {
      const batch = ordering.read(materialize(operands[0], rows));
      const out = new ExtremeColumn(output, outputType, rows);
      for (let i = 0; i < rows; i++) {
        const valid = batch.valid(i);
        if (valid && (best === null || !isNaNValue(best))) {
          const v = batch.value(i);
          // Once a NaN is the best, it stays: NaN propagates.
          if (best === null || isNaNValue(v) || better(v, best)) {
            best = v;
            bestPosition = seen + i;
          }
        }
        out.set(i, output === "value" && !valid ? -1 : bestPosition, () => best!);
      }
      seen += rows;
      return out.finish();
    },
    reset() {
      best = null;
      bestPosition = -1;
      seen = 0;
    },
  };
}

/**
 * shift: each row gets the value `n` rows earlier, null where there is none. A positive shift
 * carries the last `n` rows of the input into the next batch; a negative one (a lead) needs the
 * rows after it, so it runs over a whole input (see needsWholeInput).
 * @param type - the values' type (any)
 * @param n - the offset
 * @returns the kernel
 */
export function shift(type: DataType, n: number): WindowKernel {
  let carried: Data = nullData(type, 0);
  let seen = 0;
  return {
    run(operands, rows) {
      const data = materialize(operands[0], rows);
      if (n < 0) {
        const lead = Math.min(-n, rows);
        return concatData(type, [data.slice(lead, rows - lead), nullData(type, lead)]);
      }
      // Row p takes input row p - n: nulls while p < n, then the carried rows, then this batch's.
      const leadingNulls = Math.min(Math.max(0, n - seen), rows);
      const out = concatData(type, [nullData(type, leadingNulls), carried, data]).slice(0, rows);
      seen += rows;
      carried = n === 0 ? nullData(type, 0) : sliceTail(concatData(type, [carried, data]), n);
      return out;
    },
    reset() {
      carried = nullData(type, 0);
      seen = 0;
    },
  };
}

function sliceTail(data: Data, n: number): Data {
  const start = Math.max(0, data.length - n);
  // A copy, so the carried rows do not keep the whole batch alive.
  return concatData(data.type, [data.slice(start, data.length - start)]);
}

/**
 * rowNumber: the position of each row from 0, as Int64.
 * @returns the kernel
 */
export function rowNumber(): WindowKernel {
  let seen = 0;
  return {
    run(_, rows) {
      const positions = new Float64Array(rows);
      for (let i = 0; i < rows; i++) positions[i] = seen + i;
      seen += rows;
      return positionsData(positions);
    },
    reset() {
      seen = 0;
    },
  };
}
