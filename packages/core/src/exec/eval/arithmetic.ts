/**
 * add, sub, mul, div, mod on operands already cast to the output type (the promotion of
 * expr/promotion.ts). Rules:
 * - null in, null out, row by row;
 * - integers wrap on overflow, as in NumPy and Polars (two's complement, modulo 2^bits);
 *   64-bit integers are computed exactly on their two 32-bit words or as bigints, never as doubles;
 * - div is true division and always has a float type (integers are cast to Float64 first), so
 *   division by zero follows IEEE: ±Infinity, or NaN for 0/0, as in NumPy and Polars;
 * - mod is the remainder of truncated division, the sign following the dividend (JavaScript's
 *   `%`, C, SQL); integer mod by zero gives null (no integer can hold it), float mod by zero NaN.
 */
import type { Data, DataType } from "apache-arrow";
import { andValidity, clearBit, fullBits, validityBits } from "./bitmaps.js";
import { type AnyArray, type ArrayConstructor, nullData, valuesData } from "./build.js";
import { encodeFloat16Array, isIntType, numbersOf, numericStorageOf } from "./numbers.js";
import { isNullConstant, type Operand, outputRows, resultOf, strideOf } from "./operand.js";

/** The arithmetic functions. */
export type ArithmeticOp = "add" | "sub" | "mul" | "div" | "mod";

/** A binary row-wise kernel over two operands of a batch of `rows` rows. */
export type BinaryKernel = (a: Operand, b: Operand, rows: number) => Operand;

/**
 * The kernel of one arithmetic function over one numeric type.
 * @param op - the function
 * @param type - the output type, which both operands already have
 */
export function arithmeticKernel(op: ArithmeticOp, type: DataType): BinaryKernel {
  const storage = numericStorageOf(type)!;
  const isInt = isIntType(type);
  return (a, b, rows) => {
    if (isNullConstant(a) || isNullConstant(b)) return { data: nullData(type, 1), constant: true };
    const n = outputRows([a, b], rows);
    const validity = andValidity(validityOf(a), validityOf(b), n);
    const sa = strideOf(a);
    const sb = strideOf(b);
    let data: Data;
    if (storage === "bigint") {
      data = bigintArithmetic(op, type, a.data.values as AnyArray, sa, b.data.values as AnyArray, sb, n, validity);
    } else if (storage === "half") {
      const out = new Float64Array(n);
      numberLoop(op, false, numbersOf(a.data), sa, numbersOf(b.data), sb, out, n);
      data = valuesData(type, n, encodeFloat16Array(out), validity);
    } else {
      const out = new (type.ArrayType as ArrayConstructor)(n) as unknown as { [i: number]: number };
      const nulls = numberLoop(op, isInt, a.data.values as ArrayLike<number>, sa, b.data.values as ArrayLike<number>, sb, out, n);
      data = valuesData(type, n, out as unknown as ArrayBufferView, withNulls(validity, nulls, n));
    }
    return resultOf([a, b], data);
  };
}

/** The validity of an operand aligned to row 0; a (valid) constant has none. */
function validityOf(operand: Operand): Uint8Array | null {
  return operand.constant ? null : validityBits(operand.data);
}

/** A validity with extra null rows cleared; a fresh array, as the input may be a view. */
function withNulls(validity: Uint8Array | null, nulls: number[] | null, n: number): Uint8Array | null {
  if (nulls === null) return validity;
  const out = validity === null ? fullBits(n) : validity.slice();
  for (const i of nulls) clearBit(out, i);
  return out;
}

/** Number-valued storage; returns the rows an integer mod by zero made null. */
function numberLoop(
  op: ArithmeticOp, isInt: boolean, x: ArrayLike<number>, sx: number, y: ArrayLike<number>, sy: number,
  out: { [i: number]: number }, n: number,
): number[] | null {
  switch (op) {
    case "add":
      for (let i = 0; i < n; i++) out[i] = x[i * sx] + y[i * sy];
      return null;
    case "sub":
      for (let i = 0; i < n; i++) out[i] = x[i * sx] - y[i * sy];
      return null;
    case "mul":
      // A 32-bit product can exceed 2^53; Math.imul keeps the exact low 32 bits the store wraps to.
      if (isInt) for (let i = 0; i < n; i++) out[i] = Math.imul(x[i * sx], y[i * sy]);
      else for (let i = 0; i < n; i++) out[i] = x[i * sx] * y[i * sy];
      return null;
    case "div":
      for (let i = 0; i < n; i++) out[i] = x[i * sx] / y[i * sy];
      return null;
    case "mod": {
      if (!isInt) {
        for (let i = 0; i < n; i++) out[i] = x[i * sx] % y[i * sy];
        return null;
      }
      const nulls: number[] = [];
      for (let i = 0; i < n; i++) {
        const d = y[i * sy];
        if (d === 0) nulls.push(i);
        else out[i] = x[i * sx] % d;
      }
      return nulls.length === 0 ? null : nulls;
    }
  }
}

/** Int64 and UInt64: add and sub on 32-bit words with carry, mul and mod as bigints. */
function bigintArithmetic(
  op: ArithmeticOp, type: DataType, x: AnyArray, sx: number, y: AnyArray, sy: number, n: number, validity: Uint8Array | null,
): Data {
  const Out = type.ArrayType as ArrayConstructor;
  if (op === "add" || op === "sub") {
    const xw = words(x);
    const yw = words(y);
    const ow = new Int32Array(2 * n);
    const sign = op === "add" ? 1 : -1;
    for (let i = 0; i < n; i++) {
      const xi = 2 * i * sx;
      const yi = 2 * i * sy;
      const lo = (xw[xi] >>> 0) + sign * (yw[yi] >>> 0);
      // lo is in (-2^32, 2^33): above 2^32 - 1 it carried, below 0 it borrowed.
      const carry = lo > 0xffffffff ? 1 : lo < 0 ? -1 : 0;
      ow[2 * i] = lo | 0;
      ow[2 * i + 1] = (xw[xi + 1] + sign * yw[yi + 1] + carry) | 0;
    }
    return valuesData(type, n, new (Out as unknown as new (buffer: ArrayBuffer) => AnyArray)(ow.buffer), validity);
  }
  const out = new Out(n);
  const xs = x as unknown as ArrayLike<bigint>;
  const ys = y as unknown as ArrayLike<bigint>;
  if (op === "mul") {
    for (let i = 0; i < n; i++) out[i] = xs[i * sx] * ys[i * sy];
    return valuesData(type, n, out, validity);
  }
  // mod (div never has an integer type).
  const nulls: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = ys[i * sy];
    if (d === 0n) nulls.push(i);
    else out[i] = xs[i * sx] % d;
  }
  return valuesData(type, n, out, withNulls(validity, nulls.length === 0 ? null : nulls, n));
}

function words(values: AnyArray): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, values.length * 2);
}
