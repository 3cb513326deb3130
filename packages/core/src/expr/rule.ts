/**
 * The signature of a function's output-type rule, and the error messages rules throw. Every type
 * error names the function, the argument, its type and what would have been accepted.
 */
import type { DataType } from "apache-arrow";
import { type OrderFamily, orderFamilyOf } from "../kernels/arg-kernel.js";
import type { FunctionOptions } from "./node.js";

/** What a rule knows about one argument besides its type. */
export interface ArgumentInfo {
  /** How messages name the argument: `column "x"`, `literal 1`, or the expression's text. */
  readonly label: string;
  /** The value of a number or bigint literal, whose type may adapt to the other operand. */
  readonly dynamic: number | bigint | undefined;
  /** Whether the argument gives one value (a literal or an aggregate) rather than one per row. */
  readonly scalar: boolean;
  /** Whether the argument is a literal (some settings, such as a window size, must be). */
  readonly literal: boolean;
}

/**
 * Decides a function's output type from its argument types, or throws a TypeError saying why the
 * arguments are not accepted.
 * @param types - the arguments' types, in order
 * @param args - the arguments' labels and literal values, in the same order
 * @param name - the function's name, for messages
 * @param options - the call's options (a rank's method), when it has any
 * @returns the output type
 */
export type OutputRule = (types: readonly DataType[], args: readonly ArgumentInfo[], name: string, options?: FunctionOptions) => DataType;

/**
 * The error for an argument of the wrong type.
 * @param name - the function
 * @param arg - the argument
 * @param type - its type
 * @param needs - what would be accepted, e.g. "an integer or float column"
 * @returns the TypeError to throw
 * @example notDefined("sum", arg, new Utf8(), "a numeric column").message
 *   // 'sum is not defined for column "name" of type Utf8 (it needs a numeric column)'
 */
export function notDefined(name: string, arg: ArgumentInfo, type: DataType, needs: string): TypeError {
  return new TypeError(`${name} is not defined for ${arg.label} of type ${String(type)} (it needs ${needs})`);
}

/**
 * The error for two arguments whose values cannot be ordered together.
 * @param name - the function
 * @param a - the first argument and its type
 * @param b - the second argument and its type
 * @param who - who must agree, e.g. "both sides" or "all its inputs"
 * @returns the TypeError to throw
 */
export function cannotCompare(name: string, a: [ArgumentInfo, DataType], b: [ArgumentInfo, DataType], who: string): TypeError {
  const side = ([arg, type]: [ArgumentInfo, DataType]) => `${arg.label} of type ${String(type)} (${familyName(orderFamilyOf(type))})`;
  return new TypeError(`${name} cannot compare ${side(a)} with ${side(b)}: ${who} need the same kind of values; cast one of them`);
}

function familyName(family: OrderFamily): string {
  switch (family) {
    case "number": return "numbers";
    case "bool": return "booleans";
    case "string": return "strings";
    case "binary": return "binary";
    case "instant": return "dates and timestamps";
    case "time": return "times of day";
    case "duration": return "durations";
    case "null": return "nulls";
    default: return `decimals with scale ${family.slice("decimal(".length, -1)}`;
  }
}
