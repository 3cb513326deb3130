/**
 * isNull, isNotNull, isNaN and fillNull. isNull and isNotNull are never null themselves; isNaN is
 * null where its input is (integers are never NaN); fillNull keeps every value and takes the fill
 * value's row where the input is null.
 */
import { type DataType, type Dictionary, Type } from "apache-arrow";
import { sameType } from "../../expr/index.js";
import { isValidAt } from "../../kernels/validity.js";
import { emptyBits, fullBits, isValidRow, setBit, validityBits } from "./bitmaps.js";
import { fixedWidthOf, nullData, valuesData } from "./build.js";
import { type Caster, casterFor } from "./cast.js";
import { isFloatType, numbersOf } from "./numbers.js";
import { isNullConstant, type Operand, outputRows, resultOf, strideOf } from "./operand.js";
import { valueStoreFor } from "./value-store.js";

/** isNull (`negate` false) or isNotNull (`negate` true). */
export function nullTestKernel(type: DataType, notNull: boolean): (a: Operand, rows: number) => Operand {
  return (a, rows) => {
    const n = outputRows([a], rows);
    let valid: Uint8Array;
    if (a.constant) valid = isValidRow(a.data, 0) ? fullBits(n) : emptyBits(n);
    else valid = validityBits(a.data) ?? fullBits(n);
    const bits = notNull ? valid : valid.map((byte) => ~byte & 0xff);
    return resultOf([a], valuesData(type, n, bits, null));
  };
}

/** isNaN of a numeric (or Null) input type. */
export function isNaNKernel(inputType: DataType, type: DataType): (a: Operand, rows: number) => Operand {
  return (a, rows) => {
    if (inputType.typeId === Type.Null || isNullConstant(a)) return { data: nullData(type, 1), constant: true };
    const n = outputRows([a], rows);
    const bits = emptyBits(n);
    if (isFloatType(inputType)) {
      const values = numbersOf(a.data);
      for (let i = 0; i < n; i++) if (values[i] !== values[i]) setBit(bits, i);
    }
    return resultOf([a], valuesData(type, n, bits, a.constant ? null : validityBits(a.data)));
  };
}

/**
 * fillNull: the input where it has a value, else the fill value (a constant or a column).
 * @param inputType - the input's type
 * @param fillType - the fill value's type
 * @param type - the output type, to which both are cast
 * @param label - the expression, for cast errors
 */
export function fillNullKernel(inputType: DataType, fillType: DataType, type: DataType, label: string): (a: Operand, fill: Operand, rows: number) => Operand {
  const castInput = casterFor(inputType, type, label);
  // A dictionary's store takes plain values of its value type, so those need no cast.
  const plainIntoDictionary = type.typeId === Type.Dictionary && sameType((type as Dictionary).dictionary, fillType);
  const castFill: Caster = plainIntoDictionary ? (o) => o : casterFor(fillType, type, label);
  const fixed = fixedWidthOf(type);
  return (rawA, rawFill, rows) => {
    let a = castInput(rawA);
    const fill = castFill(rawFill);
    if (a.constant && isValidRow(a.data, 0)) return a;
    if (a.constant && !plainIntoDictionary) return fill;
    if (a.constant) a = { data: nullData(type, outputRows([a, fill], rows)), constant: fill.constant };
    const validity = validityBits(a.data);
    if (validity === null || isNullConstant(fill)) return a;
    const n = a.data.length;
    const sf = strideOf(fill);
    if (fixed !== undefined && fixed.stride === 1) {
      const out = new fixed.ArrayType(n);
      out.set((a.data.values as typeof out).subarray(0, n));
      const values = fill.data.values as typeof out;
      const filled = fill.constant ? null : validityBits(fill.data);
      const outValid = validity.slice();
      for (let i = 0; i < n; i++) {
        if (isValidAt(validity, 0, i)) continue;
        out[i] = values[i * sf];
        if (isValidAt(filled, 0, i)) setBit(outValid, i);
      }
      return resultOf([a, fill], valuesData(type, n, out, outValid));
    }
    const store = valueStoreFor(type);
    for (let i = 0; i < n; i++) {
      if (isValidAt(validity, 0, i)) store.set(i, a.data, i);
      else store.set(i, fill.data, i * sf);
    }
    return resultOf([a, fill], store.finish(n));
  };
}
