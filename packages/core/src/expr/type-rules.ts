/**
 * The output-type rules the function registry refers to. Each validates its arguments (throwing
 * a TypeError that names the function, argument, type and what is accepted) and returns the
 * output type. Null-typed arguments (`lit(null)`) are accepted everywhere.
 */
import { Bool, type DataType, Decimal, Duration, Float64, Int64, TimeUnit, Type, Utf8 } from "apache-arrow";
import { orderFamilyOf } from "../kernels/arg-kernel.js";
import {
  dictionaryValueType, isBoolType, isDecimalType, isNullType, isOrderable, numericInfo, sameType,
} from "./dtypes.js";
import { divisionType, numericSupertype } from "./promotion.js";
import { type ArgumentInfo, cannotCompare, notDefined, type OutputRule } from "./rule.js";

/** What each family of rules accepts, as messages phrase it. */
export const ACCEPTS = {
  numeric: "an integer or float column",
  summable: "an integer, float, decimal or Bool column",
  bool: "a Bool column",
  orderable: "an orderable column: numbers, booleans, strings, binary, dates, times, timestamps, durations or decimals",
  index: "an integer index",
} as const;

/** Whether a type holds integers or floats. */
export const isNumeric = (t: DataType): boolean => numericInfo(t) !== undefined;
/** Whether a type can be summed: numbers, decimals, booleans. */
export const isSummable = (t: DataType): boolean => isNumeric(t) || isDecimalType(t) || isBoolType(t);
/** Whether a type holds integers. */
export const isInteger = (t: DataType): boolean => numericInfo(t)?.kind === "int";

/**
 * Throws for the first argument (of those at `positions`, default all) that `accepts` rejects;
 * Null-typed arguments pass.
 * @param name - the function, for the message
 * @param types - the argument types
 * @param args - the arguments' labels
 * @param accepts - the test
 * @param needs - what is accepted, as messages phrase it
 * @param positions - the arguments to check
 * @throws TypeError naming the function, the argument, its type and what is accepted
 */
export function check(
  name: string, types: readonly DataType[], args: readonly ArgumentInfo[],
  accepts: (t: DataType) => boolean, needs: string, positions?: number[],
): void {
  for (const i of positions ?? types.keys()) {
    if (!isNullType(types[i]) && !accepts(types[i])) throw notDefined(name, args[i], types[i], needs);
  }
}

/**
 * Throws unless every argument has an order and all of them share one order family.
 * @param name - the function
 * @param types - the argument types
 * @param args - the arguments' labels
 * @param who - who must agree, e.g. "both sides"
 * @throws TypeError naming both arguments and their types
 */
export function checkComparable(name: string, types: readonly DataType[], args: readonly ArgumentInfo[], who: string): void {
  check(name, types, args, isOrderable, ACCEPTS.orderable);
  const first = types.findIndex((t) => !isNullType(t));
  for (let i = first + 1; first >= 0 && i < types.length; i++) {
    if (!isNullType(types[i]) && orderFamilyOf(types[i]) !== orderFamilyOf(types[first])) {
      throw cannotCompare(name, [args[first], types[first]], [args[i], types[i]], who);
    }
  }
}

/** add, sub, mul, mod: numeric promotion (see {@link numericSupertype}). */
export const arithmetic: OutputRule = (types, args, name) => {
  check(name, types, args, isNumeric, ACCEPTS.numeric);
  return numericSupertype({ type: types[0], dynamic: args[0].dynamic }, { type: types[1], dynamic: args[1].dynamic });
};

/** The finest unit of two dates or timestamps (a date counts as milliseconds, as Polars). */
function finerUnit(a: DataType, b: DataType): TimeUnit {
  const unit = (t: DataType) => (t.typeId === Type.Date ? TimeUnit.MILLISECOND : (t as unknown as { unit: TimeUnit }).unit);
  return Math.max(unit(a), unit(b));
}

const isInstant = (t: DataType) => t.typeId === Type.Date || t.typeId === Type.Timestamp;

/** sub: arithmetic, or between two dates or timestamps a Duration in the finer unit of the two. */
export const subtraction: OutputRule = (types, args, name) => {
  if (isInstant(types[0]) && isInstant(types[1])) return new Duration(finerUnit(types[0], types[1]));
  return arithmetic(types, args, name);
};

/** div: true division, Float64 for integers, the promoted float type for floats. */
export const division: OutputRule = (types, args, name) => divisionType(arithmetic(types, args, name));

/** eq … gte: both sides orderable and of one order family; Bool. */
export const comparison: OutputRule = (types, args, name) => {
  checkComparable(name, types, args, "both sides");
  return new Bool();
};

/** and, or, not: Bool in, Bool out. */
export const logical: OutputRule = (types, args, name) => {
  check(name, types, args, isBoolType, ACCEPTS.bool);
  return new Bool();
};

/** isNull, isNotNull: any type; Bool. */
export const nullTest: OutputRule = () => new Bool();

/** isNaN: integers (never NaN) and floats; Bool. */
export const nanTest: OutputRule = (types, args, name) => {
  check(name, types, args, isNumeric, ACCEPTS.numeric);
  return new Bool();
};

/** fillNull: the input's type when the fill value fits it; numbers promote. */
export const fillNull: OutputRule = (types, args, name) => {
  const [input, fill] = types;
  if (isNullType(fill) || sameType(input, fill)) return input;
  if (isNullType(input)) return fill;
  if (isNumeric(input) && isNumeric(fill)) return arithmetic(types, args, name);
  const values = dictionaryValueType(input);
  if (values !== undefined && sameType(values, fill)) return input;
  throw new TypeError(
    `${name} cannot fill ${args[0].label} of type ${String(input)} with ${args[1].label} of type ${String(fill)} ` +
      `(it needs a fill value of type ${String(values ?? input)}${isNumeric(input) ? " or any number" : ""})`,
  );
};

/** count: the number of non-null values, Int64 like every index and length in Quiver. */
export const count: OutputRule = () => new Int64();

/** sum: Int64 for integers and booleans (UInt64 stays UInt64), Float64 for floats, Decimal(38). */
export const sum: OutputRule = (types, args, name) => {
  check(name, types, args, isSummable, ACCEPTS.summable);
  const [t] = types;
  if (isNullType(t)) return t;
  if (isDecimalType(t)) return new Decimal(t.scale, t.bitWidth > 128 ? 76 : 38, Math.max(t.bitWidth, 128));
  const info = numericInfo(t);
  if (info?.kind === "float") return new Float64();
  return info?.kind === "int" && info.bits === 64 && !info.signed ? t : new Int64();
};

/** mean: Float64 of numbers, decimals and booleans (the fraction of trues). */
export const mean: OutputRule = (types, args, name) => {
  check(name, types, args, isSummable, ACCEPTS.summable);
  return new Float64();
};

/** min, max: an orderable input; its own type. */
export const ordered: OutputRule = (types, args, name) => {
  check(name, types, args, isOrderable, ACCEPTS.orderable);
  return types[0];
};

/** first, last: any input; its own type. */
export const sameAsInput: OutputRule = (types) => types[0];

/** argmin, argmax, nanargmin, nanargmax: an orderable input; an Int64 index (the contract). */
export const argIndex: OutputRule = (types, args, name) => {
  check(name, types, args, isOrderable, ACCEPTS.orderable);
  return new Int64();
};

/** minBy, maxBy: any value, an orderable `by`; the value's type. */
export const valueBy: OutputRule = (types, args, name) => {
  check(name, types, args, isOrderable, ACCEPTS.orderable, [1]);
  return types[0];
};

/** get: any values and one integer index (a literal or an aggregate); the values' type. */
export const element: OutputRule = (types, args, name) => {
  check(name, types, args, isInteger, ACCEPTS.index, [1]);
  if (!args[1].scalar) {
    throw new TypeError(
      `${name} needs one index, but ${args[1].label} has one value per row ` +
        `(use a literal or an aggregate such as col("fare").argmin())`,
    );
  }
  return types[0];
};

/** argminHorizontal, argmaxHorizontal: the Int64 position of the winning input per row. */
export const rowIndex: OutputRule = (types, args, name) => {
  checkComparable(name, types, args, "all its inputs");
  return new Int64();
};

/** idxminHorizontal, idxmaxHorizontal: the Utf8 name of the winning input per row. */
export const rowName: OutputRule = (types, args, name) => {
  checkComparable(name, types, args, "all its inputs");
  return new Utf8();
};
