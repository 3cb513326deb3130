/**
 * eq, neq, lt, lte, gt, gte. Values compare as the argmin contract orders them: numbers by exact
 * value (64-bit integers never through doubles, Int64 against UInt64 included), strings and
 * binary by bytes (UTF-8 order = code point order), false < true, temporal values by their
 * instant or length whatever their units, decimals of one scale by value, dictionaries by their
 * values. NaN compares as IEEE: every comparison with NaN is false except neq. A null on either
 * side gives null.
 */
import { type Data, type DataType, Int64, Type } from "apache-arrow";
import { type ArgKernel, argKernelFor } from "../../kernels/arg-kernel.js";
import { orderedAs } from "../../kernels/ordered-as.js";
import { compareScalars, isNaNScalar } from "../../kernels/scalar.js";
import { isValidAt } from "../../kernels/validity.js";
import { sameType } from "../../expr/index.js";
import { andValidity, boolBits, emptyBits, validityBits } from "./bitmaps.js";
import { fixedWidthOf, nullData, valuesData } from "./build.js";
import { casterFor } from "./cast.js";
import { numbersOf, numericStorageOf } from "./numbers.js";
import { isNullConstant, type Operand, outputRows, resultOf, strideOf } from "./operand.js";
import type { BinaryKernel } from "./arithmetic.js";

/** The comparison functions. */
export type ComparisonOp = "eq" | "neq" | "lt" | "lte" | "gt" | "gte";

/** Orders are -1, 0, 1, or 2 for an unordered pair (a NaN on either side). */
type OrderLoop = (a: Data, sa: number, b: Data, sb: number, out: Int8Array) => void;

const UNORDERED = 2;

/**
 * The kernel of one comparison between two operand types.
 * @param op - the comparison
 * @param aType - the left operand's type
 * @param bType - the right operand's type
 * @param type - the output type (Bool)
 */
export function comparisonKernel(op: ComparisonOp, aType: DataType, bType: DataType, type: DataType): BinaryKernel {
  if (aType.typeId === Type.Null || bType.typeId === Type.Null) return () => ({ data: nullData(type, 1), constant: true });
  const { order, castA, castB } = orderLoopFor(aType, bType);
  const holds = HOLDS[op];
  return (rawA, rawB, rows) => {
    const a = castA(rawA);
    const b = castB(rawB);
    if (isNullConstant(a) || isNullConstant(b)) return { data: nullData(type, 1), constant: true };
    const n = outputRows([a, b], rows);
    const orders = new Int8Array(n);
    order(a.data, strideOf(a), b.data, strideOf(b), orders);
    const bits = packBits(orders, holds);
    const validity = andValidity(a.constant ? null : validityBits(a.data), b.constant ? null : validityBits(b.data), n);
    return resultOf([a, b], valuesData(type, n, bits, validity));
  };
}

/** Whether each comparison holds for the orders -1, 0, 1 and unordered, indexed by order + 1. */
const HOLDS: Record<ComparisonOp, Uint8Array> = {
  eq: Uint8Array.of(0, 1, 0, 0),
  neq: Uint8Array.of(1, 0, 1, 1),
  lt: Uint8Array.of(1, 0, 0, 0),
  lte: Uint8Array.of(1, 1, 0, 0),
  gt: Uint8Array.of(0, 0, 1, 0),
  gte: Uint8Array.of(0, 1, 1, 0),
};

/** Packs, eight rows a byte, whether the comparison holds for each row's order. */
function packBits(orders: Int8Array, holds: Uint8Array): Uint8Array {
  const n = orders.length;
  const bits = emptyBits(n);
  for (let k = 0; k < bits.length; k++) {
    const start = k << 3;
    const end = Math.min(start + 8, n);
    let byte = 0;
    for (let i = start; i < end; i++) byte |= holds[orders[i] + 1] << (i - start);
    bits[k] = byte;
  }
  return bits;
}

const same = (operand: Operand) => operand;

/** The one dispatch of comparisons on the operand types: fast loops, else the kernels' scalars. */
function orderLoopFor(aType: DataType, bType: DataType): { order: OrderLoop; castA: (o: Operand) => Operand; castB: (o: Operand) => Operand } {
  const a = numericStorageOf(aType);
  const b = numericStorageOf(bType);
  if (a !== undefined && b !== undefined) {
    if (a !== "bigint" && b !== "bigint") return { order: numberOrder, castA: same, castB: same };
    if (aType.typeId === Type.Int && bType.typeId === Type.Int) {
      // An integer of 32 bits or fewer widens exactly to Int64, so both sides compare as bigints.
      const toInt64 = (t: DataType, s: string) => (s === "bigint" ? same : casterFor(t, new Int64(), "comparison operand"));
      return { order: bigintOrder, castA: toInt64(aType, a), castB: toInt64(bType, b) };
    }
    // A float against a 64-bit integer compares exactly through the scalar path below.
  }
  if (sameType(aType, bType) && TEMPORAL.has(aType.typeId)) {
    const wide = fixedWidthOf(aType)!.ArrayType === (BigInt64Array as unknown);
    return { order: wide ? bigintOrder : numberOrder, castA: same, castB: same };
  }
  if (BYTES.has(aType.typeId) && aType.typeId === bType.typeId) return { order: bytesOrder, castA: same, castB: same };
  if (aType.typeId === Type.Bool && bType.typeId === Type.Bool) return { order: boolOrder, castA: same, castB: same };
  return { order: scalarOrder(argKernelFor(orderedAs(aType)), argKernelFor(orderedAs(bType))), castA: same, castB: same };
}

const TEMPORAL = new Set([Type.Date, Type.Time, Type.Timestamp, Type.Duration]);
const BYTES = new Set([Type.Utf8, Type.Binary]);

const numberOrder: OrderLoop = (a, sa, b, sb, out) => {
  const x = numbersOf(a);
  const y = numbersOf(b);
  for (let i = 0; i < out.length; i++) {
    const p = x[i * sa];
    const q = y[i * sb];
    // Branch-free: comparisons of random data mispredict; with a NaN all three are 0.
    const lt = +(p < q);
    const gt = +(p > q);
    out[i] = gt - lt + UNORDERED * (1 - lt - gt - +(p === q));
  }
};

const bigintOrder: OrderLoop = (a, sa, b, sb, out) => {
  const x = a.values as ArrayLike<bigint>;
  const y = b.values as ArrayLike<bigint>;
  for (let i = 0; i < out.length; i++) {
    const p = x[i * sa];
    const q = y[i * sb];
    out[i] = +(p > q) - +(p < q);
  }
};

const bytesOrder: OrderLoop = (a, sa, b, sb, out) => {
  const ao = a.valueOffsets as Int32Array;
  const bo = b.valueOffsets as Int32Array;
  const x = a.values as Uint8Array;
  const y = b.values as Uint8Array;
  for (let i = 0; i < out.length; i++) {
    let p = ao[i * sa];
    let q = bo[i * sb];
    const pEnd = ao[i * sa + 1];
    const qEnd = bo[i * sb + 1];
    let d = 0;
    for (; d === 0 && p < pEnd && q < qEnd; p++, q++) d = x[p] - y[q];
    if (d === 0) d = pEnd - p - (qEnd - q);
    out[i] = d < 0 ? -1 : d > 0 ? 1 : 0;
  }
};

const boolOrder: OrderLoop = (a, sa, b, sb, out) => {
  const x = boolBits(a);
  const y = boolBits(b);
  for (let i = 0; i < out.length; i++) {
    const p = (x[(i * sa) >> 3] >> ((i * sa) & 7)) & 1;
    const q = (y[(i * sb) >> 3] >> ((i * sb) & 7)) & 1;
    out[i] = p - q;
  }
};

/** Any two types of one order family, through the argmin kernels' ordering scalars. */
function scalarOrder(ka: ArgKernel, kb: ArgKernel): OrderLoop {
  return (a, sa, b, sb, out) => {
    const va = validityBits(a);
    const vb = validityBits(b);
    for (let i = 0; i < out.length; i++) {
      const ia = i * sa;
      const ib = i * sb;
      // Null slots are skipped: a dictionary key under a null may point anywhere.
      if (!isValidAt(va, 0, ia) || !isValidAt(vb, 0, ib)) continue;
      const p = ka.read(a, ia);
      const q = kb.read(b, ib);
      out[i] = isNaNScalar(p) || isNaNScalar(q) ? UNORDERED : Math.sign(compareScalars(p, q));
    }
  };
}
