/**
 * and, or, not with SQL's three-valued (Kleene) logic: null means "unknown", so false AND null is
 * false and true OR null is true, while true AND null and false OR null are null. Computed on
 * whole bitmap bytes, eight rows at a time.
 */
import type { DataType } from "apache-arrow";
import { boolBits, emptyBits, fullBits, isValidRow, validityBits } from "./bitmaps.js";
import { valuesData } from "./build.js";
import type { BinaryKernel } from "./arithmetic.js";
import { type Operand, outputRows, resultOf } from "./operand.js";

/** The kernel of `and` or `or` over two Bool operands. */
export function kleeneKernel(op: "and" | "or", type: DataType): BinaryKernel {
  return (a, b, rows) => {
    const n = outputRows([a, b], rows);
    const [av, am] = bitsOf(a, n);
    const [bv, bm] = bitsOf(b, n);
    const values = emptyBits(n);
    const validity = emptyBits(n);
    for (let k = 0; k < values.length; k++) {
      const aTrue = am[k] & av[k];
      const bTrue = bm[k] & bv[k];
      const aFalse = am[k] & ~av[k];
      const bFalse = bm[k] & ~bv[k];
      const isTrue = op === "and" ? aTrue & bTrue : aTrue | bTrue;
      const isFalse = op === "and" ? aFalse | bFalse : aFalse & bFalse;
      values[k] = isTrue;
      validity[k] = isTrue | isFalse;
    }
    return resultOf([a, b], valuesData(type, n, values, validity));
  };
}

/** `not`: flips each value, keeping nulls. */
export function notKernel(type: DataType): (a: Operand, rows: number) => Operand {
  return (a, rows) => {
    const n = outputRows([a], rows);
    const [values, validity] = bitsOf(a, n);
    const flipped = emptyBits(n);
    for (let k = 0; k < flipped.length; k++) flipped[k] = ~values[k];
    return resultOf([a], valuesData(type, n, flipped, validity));
  };
}

/** Values and validity of a Bool operand as aligned bitmaps of n bits; constants spread out. */
function bitsOf(operand: Operand, n: number): [Uint8Array, Uint8Array] {
  const data = operand.data;
  if (!operand.constant) return [boolBits(data), validityBits(data) ?? fullBits(n)];
  if (!isValidRow(data, 0)) return [emptyBits(n), emptyBits(n)];
  const on = (boolBits(data)[0] & 1) === 1;
  return [on ? fullBits(n) : emptyBits(n), fullBits(n)];
}
