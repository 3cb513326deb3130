/**
 * The output-type rules of window functions, of the top-k and distinct-count aggregates, and of
 * the everyday conditionals (`when`, `isIn`, `fillNan`); see type-rules.ts for the conventions
 * every rule follows.
 */
import { Bool, type DataType, Field, Float64, Int64, List } from "apache-arrow";
import { isBoolType, isNullType, sameType } from "./dtypes.js";
import { numericSupertype } from "./promotion.js";
import type { ArgumentInfo, OutputRule } from "./rule.js";
import { ACCEPTS, check, checkComparable, isInteger, isNumeric, sum } from "./type-rules.js";

const isNumberOrBool = (t: DataType) => isNumeric(t) || isBoolType(t);
const NUMBERS_OR_BOOL = "an integer, float or Bool column";

/** Throws unless the argument at `position` is an integer literal (a window size, a shift). */
function checkIntegerLiteral(name: string, types: readonly DataType[], args: readonly ArgumentInfo[], position: number): void {
  if (!args[position].literal || !isInteger(types[position])) {
    throw new TypeError(`${name} needs an integer literal as its ${position === 1 ? "first" : "second"} setting, got ${args[position].label}`);
  }
}

/** fillNan: numbers; the fill value promotes like arithmetic, a null fill keeps the input's type. */
export const fillNan: OutputRule = (types, args, name) => {
  check(name, types, args, isNumeric, ACCEPTS.numeric);
  if (isNullType(types[1])) return types[0];
  return numericSupertype({ type: types[0], dynamic: args[0].dynamic }, { type: types[1], dynamic: args[1].dynamic });
};

/** isIn: an orderable value and literals of its order family; Bool. */
export const isIn: OutputRule = (types, args, name) => {
  // Each listed value must compare with the value (not with the other listed values).
  for (let i = 1; i < types.length; i++) checkComparable(name, [types[0], types[i]], [args[0], args[i]], "the value and the list");
  if (types.length === 1) checkComparable(name, types, args, "the value and the list");
  const computed = args.findIndex((a, i) => i > 0 && !a.literal);
  if (computed > 0) throw new TypeError(`${name} takes a list of plain values, but ${args[computed].label} is an expression`);
  return new Bool();
};

/**
 * when: Bool predicates; the values (each `then` and the `otherwise`) share one type — numbers
 * promote as arithmetic does, other types must be equal.
 */
export const when: OutputRule = (types, args, name) => {
  if (types.length % 2 === 0) throw new TypeError(`${name} takes predicate and value pairs, then one otherwise value`);
  const predicates = types.flatMap((_, i) => (i % 2 === 0 && i < types.length - 1 ? [i] : []));
  check(name, types, args, isBoolType, ACCEPTS.bool, predicates);
  const values = types.flatMap((_, i) => (i % 2 === 1 || i === types.length - 1 ? [i] : []));
  let result = types[values[0]];
  let dynamic = args[values[0]].dynamic;
  for (const i of values.slice(1)) {
    const t = types[i];
    if (isNullType(t) || sameType(result, t)) continue;
    if (isNullType(result)) [result, dynamic] = [t, args[i].dynamic];
    else if (isNumeric(result) && isNumeric(t)) {
      result = numericSupertype({ type: result, dynamic }, { type: t, dynamic: args[i].dynamic });
      dynamic = dynamic !== undefined && args[i].dynamic !== undefined ? dynamic : undefined;
    } else {
      throw new TypeError(`${name} cannot give ${args[i].label} of type ${String(t)} where other branches give ${String(result)}: cast one of them`);
    }
  }
  return result;
};

/** cumMin, cumMax: numbers; their own type. */
export const runningValue: OutputRule = (types, args, name) => {
  check(name, types, args, isNumeric, ACCEPTS.numeric);
  return types[0];
};

/** shift: any input and an integer literal; the input's type. */
export const shift: OutputRule = (types, args, name) => {
  checkIntegerLiteral(name, types, args, 1);
  return types[0];
};

/** rowNumber: the Int64 position of the row (in its partition under over). */
export const rowNumber: OutputRule = () => new Int64();

/** rank: orderable values; Float64 for the average method, else Int64. */
export const rank: OutputRule = (types, args, name, options) => {
  checkComparable(name, types, args, "its input");
  return (options?.method ?? "average") === "average" ? new Float64() : new Int64();
};

/** rollingMin, rollingMax: numbers and a window size; their own type. */
export const rollingValue: OutputRule = (types, args, name) => {
  checkIntegerLiteral(name, types, args, 1);
  return runningValue([types[0]], [args[0]], name);
};

/** cumSum: numbers or booleans; as sum (Int64 for integers and booleans, Float64 for floats). */
export const runningSum: OutputRule = (types, args, name) => {
  check(name, types, args, isNumberOrBool, NUMBERS_OR_BOOL);
  return sum(types, args, name);
};

/** rollingSum: numbers or booleans and a window size; as sum. */
export const rollingSum: OutputRule = (types, args, name) => {
  checkIntegerLiteral(name, types, args, 1);
  return runningSum([types[0]], [args[0]], name);
};

/** rollingMean: numbers or booleans and a window size; Float64. */
export const rollingMean: OutputRule = (types, args, name) => {
  checkIntegerLiteral(name, types, args, 1);
  check(name, [types[0]], [args[0]], isNumberOrBool, NUMBERS_OR_BOOL);
  return new Float64();
};

/** rollingArgmin, rollingArgmax: orderable values and a window size; an Int64 row position. */
export const rollingIndex: OutputRule = (types, args, name) => {
  checkIntegerLiteral(name, types, args, 1);
  checkComparable(name, [types[0]], [args[0]], "its input");
  return new Int64();
};

/** argminK, argmaxK: orderable values and a count; a List of Int64 positions. */
export const topKIndex: OutputRule = (types, args, name) => {
  checkIntegerLiteral(name, types, args, 1);
  checkComparable(name, [types[0]], [args[0]], "its input");
  return new List(new Field("item", new Int64(), true));
};

/** bottomK, topK: orderable values and a count; a List of the values' type. */
export const topKValues: OutputRule = (types, args, name) => {
  checkIntegerLiteral(name, types, args, 1);
  checkComparable(name, [types[0]], [args[0]], "its input");
  return new List(new Field("item", types[0], true));
};

/** nUnique: values whose equality group-by knows (the orderable ones); an Int64 count. */
export const distinctCount: OutputRule = (types, args, name) => {
  checkComparable(name, types, args, "its input");
  return new Int64();
};
