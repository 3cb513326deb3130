/**
 * The everyday conditionals: `when(…).then(…).otherwise(…)`, `isIn` and `fillNan`.
 */
import { Bool, type DataType } from "apache-arrow";
import { argKernelFor } from "../../kernels/arg-kernel.js";
import { compareScalars, isNaNScalar, type Scalar } from "../../kernels/scalar.js";
import { bitAt, emptyBits, isValidRow, setBit } from "./bitmaps.js";
import { valuesData } from "./build.js";
import { casterFor } from "./cast.js";
import type { VariadicKernel } from "./horizontal.js";
import { isFloatType, numbersOf } from "./numbers.js";
import { outputRows, resultOf, strideOf } from "./operand.js";
import { valueStoreFor } from "./value-store.js";

/**
 * when: per row, the value of the first branch whose predicate is true (null counts as false),
 * else the otherwise value; every value is first cast to the output type.
 * @param types - the arguments' types: predicate, value, …, otherwise
 * @param type - the output type
 * @param label - the expression, for cast errors
 * @returns the kernel
 */
export function whenKernel(types: readonly DataType[], type: DataType, label: string): VariadicKernel {
  const last = types.length - 1;
  const casts = types.map((t, i) => casterFor(t, i % 2 === 1 || i === last ? type : new Bool(), label));
  return (raw, rows) => {
    const operands = raw.map((o, i) => casts[i](o));
    const n = outputRows(operands, rows);
    const store = valueStoreFor(type);
    for (let r = 0; r < n; r++) {
      let branch = last;
      for (let p = 0; p < last; p += 2) {
        const { data } = operands[p];
        const row = r * strideOf(operands[p]);
        if (isValidRow(data, row) && bitAt(data.values as Uint8Array, data.offset + row)) {
          branch = p + 1;
          break;
        }
      }
      store.set(r, operands[branch].data, r * strideOf(operands[branch]));
    }
    return resultOf(operands, store.finish(n));
  };
}

/**
 * isIn: whether each value equals one of the listed literals, by the values' order (-0 equals 0,
 * Int64 exactly, strings by bytes), with NaN matching NaN; a null value gives null and a null in
 * the list matches nothing.
 * @param types - the receiver's type, then the listed values' types
 * @param type - Bool
 * @returns the kernel
 */
export function isInKernel(types: readonly DataType[], type: DataType): VariadicKernel {
  const kernels = types.map((t) => argKernelFor(t));
  return (operands, rows) => {
    const list: Scalar[] = [];
    operands.slice(1).forEach((o, k) => isValidRow(o.data, 0) && list.push(kernels[k + 1].read(o.data, 0)));
    const x = operands[0];
    const n = outputRows([x], rows);
    const bits = emptyBits(n);
    const valid = emptyBits(n);
    for (let r = 0; r < n; r++) {
      if (!isValidRow(x.data, r)) continue;
      setBit(valid, r);
      const v = kernels[0].read(x.data, r);
      const nan = isNaNScalar(v);
      if (list.some((w) => (nan || isNaNScalar(w) ? nan && isNaNScalar(w) : compareScalars(v, w) === 0))) setBit(bits, r);
    }
    return resultOf([x], valuesData(type, n, bits, valid));
  };
}

/**
 * fillNan: NaN replaced by the fill value (a null fill makes it null); nulls stay null. Both
 * sides are cast to the output type first; integers are never NaN.
 * @param types - the input's and the fill value's types
 * @param type - the output type
 * @param label - the expression, for cast errors
 * @returns the kernel
 */
export function fillNanKernel(types: readonly DataType[], type: DataType, label: string): VariadicKernel {
  const [castInput, castFill] = types.map((t) => casterFor(t, type, label));
  const float = isFloatType(types[0]);
  return (raw, rows) => {
    const x = castInput(raw[0]);
    if (!float) return x;
    const fill = castFill(raw[1]);
    const n = outputRows([x, fill], rows);
    const store = valueStoreFor(type);
    const values = numbersOf(x.data);
    for (let r = 0; r < n; r++) {
      const row = r * strideOf(x);
      const nan = isValidRow(x.data, row) && values[row] !== values[row];
      if (nan) store.set(r, fill.data, r * strideOf(fill));
      else store.set(r, x.data, row);
    }
    return resultOf([x, fill], store.finish(n));
  };
}
