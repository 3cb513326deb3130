/**
 * The function registry: every function of the expression language declared once — its kind,
 * arity, output-type rule, nullability and output name — so that the builder, typing, formatting
 * and the planner all read the same declaration (as Polars' `function_expr/schema.rs`).
 */
import type { OutputRule } from "./rule.js";
import * as rules from "./type-rules.js";

/**
 * How a function consumes rows: `scalar` maps each row to one value, `aggregate` reduces all rows
 * (of a frame or a group) to one value, `horizontal` reduces each row across its inputs.
 */
export type FunctionKind = "scalar" | "aggregate" | "horizontal";

/** How many arguments a function takes, the receiver included; `max` may be Infinity. */
export interface Arity {
  readonly min: number;
  readonly max: number;
}

/** Whether the output may hold nulls, given whether each input may. */
export type NullableRule = (inputs: readonly boolean[]) => boolean;

/** The declaration of one function. */
export interface FunctionSpec {
  /** Row-wise, reducing, or across a row. */
  readonly kind: FunctionKind;
  /** Argument count, the receiver (`col("x")` in `col("x").add(1)`) being the first argument. */
  readonly arity: Arity;
  /** Validates the argument types and decides the output type. */
  readonly output: OutputRule;
  /** Whether the output can be null. */
  readonly nullable: NullableRule;
  /** A fixed output column name; when absent the output is named after the first argument. */
  readonly outputName?: string;
  /**
   * What a plain string argument means: a string literal, or (as in Polars' `sort_by("b")`) the
   * name of a column, for functions where a constant string would be pointless.
   */
  readonly strings: "literal" | "column";
}

const UNARY: Arity = Object.freeze({ min: 1, max: 1 });
const BINARY: Arity = Object.freeze({ min: 2, max: 2 });
const VARIADIC: Arity = Object.freeze({ min: 1, max: Infinity });

const anyInput: NullableRule = (inputs) => inputs.some(Boolean);
const everyInput: NullableRule = (inputs) => inputs.every(Boolean);
const never: NullableRule = () => false;
// An aggregate over zero rows (or a group of nulls) is null, per the contract.
const always: NullableRule = () => true;

const scalar = (arity: Arity, output: OutputRule, nullable = anyInput): FunctionSpec =>
  Object.freeze({ kind: "scalar", arity, output, nullable, strings: "literal" });
const aggregate = (arity: Arity, output: OutputRule, nullable = always, strings: "literal" | "column" = "literal"): FunctionSpec =>
  Object.freeze({ kind: "aggregate", arity, output, nullable, strings });
// A row is null only when every input is null in it; the name follows the DataFrame's axis-1 column.
const horizontal = (output: OutputRule, outputName: string): FunctionSpec =>
  Object.freeze({ kind: "horizontal", arity: VARIADIC, output, nullable: everyInput, outputName, strings: "column" });

/** Every function, by the name its builder method carries. */
export const FUNCTIONS = Object.freeze({
  add: scalar(BINARY, rules.arithmetic),
  sub: scalar(BINARY, rules.arithmetic),
  mul: scalar(BINARY, rules.arithmetic),
  div: scalar(BINARY, rules.division),
  mod: scalar(BINARY, rules.arithmetic),
  eq: scalar(BINARY, rules.comparison),
  neq: scalar(BINARY, rules.comparison),
  lt: scalar(BINARY, rules.comparison),
  lte: scalar(BINARY, rules.comparison),
  gt: scalar(BINARY, rules.comparison),
  gte: scalar(BINARY, rules.comparison),
  and: scalar(BINARY, rules.logical),
  or: scalar(BINARY, rules.logical),
  not: scalar(UNARY, rules.logical),
  isNull: scalar(UNARY, rules.nullTest, never),
  isNotNull: scalar(UNARY, rules.nullTest, never),
  isNaN: scalar(UNARY, rules.nanTest),
  // Nulls are replaced, so only a null fill value leaves nulls behind.
  fillNull: scalar(BINARY, rules.fillNull, (inputs) => inputs[1]),
  count: aggregate(UNARY, rules.count, never),
  sum: aggregate(UNARY, rules.sum),
  mean: aggregate(UNARY, rules.mean),
  min: aggregate(UNARY, rules.ordered),
  max: aggregate(UNARY, rules.ordered),
  first: aggregate(UNARY, rules.sameAsInput),
  last: aggregate(UNARY, rules.sameAsInput),
  argmin: aggregate(UNARY, rules.argIndex),
  argmax: aggregate(UNARY, rules.argIndex),
  nanargmin: aggregate(UNARY, rules.argIndex),
  nanargmax: aggregate(UNARY, rules.argIndex),
  minBy: aggregate(BINARY, rules.valueBy, always, "column"),
  maxBy: aggregate(BINARY, rules.valueBy, always, "column"),
  // One element at one index: it reduces its values like an aggregate (per group in a group-by).
  get: aggregate(BINARY, rules.element),
  argminHorizontal: horizontal(rules.rowIndex, "argmin"),
  argmaxHorizontal: horizontal(rules.rowIndex, "argmax"),
  idxminHorizontal: horizontal(rules.rowName, "idxmin"),
  idxmaxHorizontal: horizontal(rules.rowName, "idxmax"),
} satisfies Record<string, FunctionSpec>);

/** The name of a registered function. */
export type FunctionName = keyof typeof FUNCTIONS;

/**
 * Whether a string names a registered function.
 * @param name - any string
 * @returns true when {@link FUNCTIONS} declares it
 * @example isFunctionName("argmin") // true
 */
export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name);
}

/**
 * Throws unless `count` arguments suit the function's arity.
 * @param name - the function
 * @param count - the number of arguments, the receiver included
 * @throws TypeError such as "sum takes 1 argument, got 2"
 */
export function checkArity(name: FunctionName, count: number): void {
  const { min, max } = FUNCTIONS[name].arity;
  if (count >= min && count <= max) return;
  const plural = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;
  const wanted = max === Infinity ? `at least ${plural(min)}` : min === max ? plural(min) : `${min} to ${plural(max)}`;
  throw new TypeError(`${name} takes ${wanted}, got ${count}`);
}
