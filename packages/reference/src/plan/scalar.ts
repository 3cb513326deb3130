/**
 * The row-wise functions on cells, one row at a time:
 * - arithmetic in the output type: integers wrap on overflow (two's complement), Int64 exactly;
 *   `div` is floating point (`x / 0` is ±Infinity, `0 / 0` NaN); `mod` is the remainder of
 *   truncated division (the sign of the dividend), and integer `mod` by zero is null;
 * - comparisons by the argmin order (numbers exactly, strings by UTF-8 bytes, false < true); NaN
 *   compares as IEEE — unequal to everything, itself included;
 * - three-valued (Kleene) `and`, `or`, `not`;
 * - a null operand makes the result null, except where nulls are the point (isNull, isNotNull,
 *   fillNull, and Kleene's `false and null` / `true or null`).
 */
import { type Cell, compareCells, isNaNCell } from "../cell.js";
import { promoteCell } from "./cast.js";
import type { RefScalarFunction, RefType } from "./query.js";
import { isNumericType } from "./typing.js";

/** An argument of a row-wise function: its value in this row and its type. */
export interface TypedCell {
  readonly value: Cell;
  readonly type: RefType;
}

/**
 * Applies a row-wise function to one row's arguments.
 * @param fn - the function
 * @param args - the arguments' values and types
 * @param type - the output type (as typeExpr worked it out)
 * @returns the result cell
 * @example applyScalar("add", [{ value: 2 ** 31 - 1, type: "int32" }, { value: 1, type: "int32" }], "int32") // -(2 ** 31)
 */
export function applyScalar(fn: RefScalarFunction, args: readonly TypedCell[], type: RefType): Cell {
  const [a, b] = args.map((arg) => arg.value);
  switch (fn) {
    case "add": case "sub": case "mul": case "div": case "mod":
      if (a === null || b === null || type === "null") return null;
      return arithmetic(fn, promoteCell(a, type), promoteCell(b, type), type);
    case "eq": case "neq": case "lt": case "lte": case "gt": case "gte":
      return a === null || b === null ? null : compare(fn, a, b);
    case "and":
      if (a === false || b === false) return false;
      return a === null || b === null ? null : true;
    case "or":
      if (a === true || b === true) return true;
      return a === null || b === null ? null : false;
    case "not":
      return a === null ? null : !a;
    case "isNull":
      return a === null;
    case "isNotNull":
      return a !== null;
    case "isNaN":
      return a === null ? null : isNaNCell(a);
    case "fillNull":
      return isNumericType(type) ? promoteCell(a ?? b, type) : a ?? b;
  }
}

function arithmetic(fn: "add" | "sub" | "mul" | "div" | "mod", a: Cell, b: Cell, type: RefType): Cell {
  if (type === "float64") {
    const x = a as number;
    const y = b as number;
    return fn === "add" ? x + y : fn === "sub" ? x - y : fn === "mul" ? x * y : fn === "div" ? x / y : x % y;
  }
  // Integers: exact in bigints, then wrapped to the type's width.
  const x = BigInt(a as number | bigint);
  const y = BigInt(b as number | bigint);
  let exact: bigint;
  if (fn === "add") exact = x + y;
  else if (fn === "sub") exact = x - y;
  else if (fn === "mul") exact = x * y;
  else if (fn === "mod") {
    if (y === 0n) return null;
    exact = x % y; // bigint % truncates, the sign following the dividend
  } else throw new TypeError(`div has a float output type, not ${type}`);
  return type === "int64" ? BigInt.asIntN(64, exact) : Number(BigInt.asIntN(32, exact));
}

function compare(fn: "eq" | "neq" | "lt" | "lte" | "gt" | "gte", a: Cell, b: Cell): boolean {
  if (isNaNCell(a) || isNaNCell(b)) return fn === "neq";
  const order = compareCells(a, b);
  switch (fn) {
    case "eq": return order === 0;
    case "neq": return order !== 0;
    case "lt": return order < 0;
    case "lte": return order <= 0;
    case "gt": return order > 0;
    case "gte": return order >= 0;
  }
}
