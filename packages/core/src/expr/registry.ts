/**
 * The function registry: every function of the expression language declared once — its kind,
 * arity, output-type rule, nullability and output name — so that the builder, typing, formatting
 * and the planner all read the same declaration (as Polars' `function_expr/schema.rs`).
 */
import type { FunctionOptions } from "./node.js";
import type { OutputRule } from "./rule.js";
import * as rules from "./type-rules.js";
import * as textRules from "./type-rules-text.js";
import * as windowRules from "./type-rules-window.js";

/**
 * How a function consumes rows: `scalar` maps each row to one value, `aggregate` reduces all rows
 * (of a frame or a group) to one value, `horizontal` reduces each row across its inputs, `window`
 * gives each row one value that depends on the rows before it (`cumSum`, `rollingArgmin`,
 * `shift`) or on all rows of its partition (`rank`).
 */
export type FunctionKind = "scalar" | "aggregate" | "horizontal" | "window";

/**
 * Prints a call whose builder spelling is not `receiver.name(arg, …)`.
 * @param receiver - the receiver's text
 * @param rest - the other arguments' texts
 * @param options - the call's options
 * @returns the call's text
 */
export type CallFormat = (receiver: string, rest: readonly string[], options: FunctionOptions | undefined) => string;

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
  /** Which argument names the output when `outputName` is absent (the first by default). */
  readonly nameFrom?: number;
  /** How the call prints when it is not a plain method call. */
  readonly format?: CallFormat;
  /**
   * For a window function: whether each value depends only on the rows before it (so it can be
   * computed batch by batch, carrying state) rather than on its whole partition.
   */
  readonly running?: boolean;
}

const UNARY: Arity = Object.freeze({ min: 1, max: 1 });
const BINARY: Arity = Object.freeze({ min: 2, max: 2 });
const VARIADIC: Arity = Object.freeze({ min: 1, max: Infinity });
const NULLARY: Arity = Object.freeze({ min: 0, max: 0 });
const TERNARY: Arity = Object.freeze({ min: 3, max: 3 });

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

// Running windows give a value per row from the rows so far (null where the input is null).
const running = (arity: Arity, output: OutputRule, nullable: NullableRule = always, extra: Partial<FunctionSpec> = {}): FunctionSpec =>
  Object.freeze({ kind: "window", arity, output, nullable, strings: "literal", running: true, ...extra });
const rolling = (output: OutputRule): FunctionSpec => running(BINARY, output);
const text = (arity: Arity, output: OutputRule, extra: Partial<FunctionSpec> = {}): FunctionSpec =>
  Object.freeze({ ...scalar(arity, output), ...extra });

/** `when(p1).then(v1).when(p2).then(v2).otherwise(v3)` from the arguments p1, v1, p2, v2, v3. */
const formatWhen: CallFormat = (first, rest) => {
  const parts = [first, ...rest];
  let text = "";
  for (let i = 0; i + 1 < parts.length; i += 2) text += `${i === 0 ? "when" : ".when"}(${parts[i]}).then(${parts[i + 1]})`;
  return `${text}.otherwise(${parts[parts.length - 1]})`;
};

/** A pattern argument prints as the RegExp it came from when the call's options say so. */
const formatPattern = (name: string): CallFormat => (s, [pattern, ...rest], options) => {
  const flags = typeof options?.flags === "string" ? options.flags : "";
  const shown = options?.regex === true ? String(new RegExp(JSON.parse(pattern) as string, flags)) : pattern;
  return `${s}.${name}(${[shown, ...rest].join(", ")})`;
};

/** Every function, by the name its builder method carries. */
export const FUNCTIONS = Object.freeze({
  add: scalar(BINARY, rules.arithmetic),
  sub: scalar(BINARY, rules.subtraction),
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
  // The k first rows in order of value, as a List of positions or of values.
  argminK: aggregate(BINARY, windowRules.topKIndex),
  argmaxK: aggregate(BINARY, windowRules.topKIndex),
  bottomK: aggregate(BINARY, windowRules.topKValues),
  topK: aggregate(BINARY, windowRules.topKValues),
  // Distinct values, a null counting as one: never null, 0 over no rows.
  nUnique: aggregate(UNARY, windowRules.distinctCount, never),
  // One element at one index: it reduces its values like an aggregate (per group in a group-by).
  get: aggregate(BINARY, rules.element),
  // Null stays null; NaN becomes the fill value.
  fillNan: scalar(BINARY, windowRules.fillNan),
  // Is the value among the literals that follow it (null never matches, NaN matches NaN)?
  isIn: text(VARIADIC, windowRules.isIn, { format: (x, values) => `${x}.isIn([${values.join(", ")}])` }),
  // Arguments: predicate, value, predicate, value, …, otherwise; a null predicate counts as false.
  when: text({ min: 3, max: Infinity }, windowRules.when, { nameFrom: 1, format: formatWhen }),
  cumSum: running(UNARY, windowRules.runningSum),
  cumMin: running(UNARY, windowRules.runningValue),
  cumMax: running(UNARY, windowRules.runningValue),
  cumCount: running(UNARY, rules.count, never),
  cumArgmin: running(UNARY, rules.argIndex),
  cumArgmax: running(UNARY, rules.argIndex),
  shift: running(BINARY, windowRules.shift),
  rowNumber: running(NULLARY, windowRules.rowNumber, never, { outputName: "row_number", format: () => "rowNumber()" }),
  rank: running(UNARY, windowRules.rank, anyInput, { running: false }),
  rollingMin: rolling(windowRules.rollingValue),
  rollingMax: rolling(windowRules.rollingValue),
  rollingSum: rolling(windowRules.rollingSum),
  rollingMean: rolling(windowRules.rollingMean),
  rollingArgmin: rolling(windowRules.rollingIndex),
  rollingArgmax: rolling(windowRules.rollingIndex),
  "str.lenBytes": text(UNARY, textRules.stringLength),
  "str.lenChars": text(UNARY, textRules.stringLength),
  "str.contains": text(BINARY, textRules.stringTest, { format: formatPattern("str.contains") }),
  "str.startsWith": text(BINARY, textRules.stringTest),
  "str.endsWith": text(BINARY, textRules.stringTest),
  "str.lower": text(UNARY, textRules.stringMap),
  "str.upper": text(UNARY, textRules.stringMap),
  "str.strip": text(UNARY, textRules.stringMap),
  "str.slice": text({ min: 2, max: 3 }, textRules.stringSlice),
  "str.replace": text(TERNARY, textRules.stringReplace, { format: formatPattern("str.replace") }),
  "str.replaceAll": text(TERNARY, textRules.stringReplace, { format: formatPattern("str.replaceAll") }),
  "str.splitGet": text(TERNARY, textRules.stringSplitGet, { format: (s, [separator, index]) => `${s}.str.split(${separator}).get(${index})` }),
  "str.toDate": text(BINARY, textRules.parseDate),
  "str.toDatetime": text(BINARY, textRules.parseDatetime),
  "dt.year": text(UNARY, textRules.dateField),
  "dt.month": text(UNARY, textRules.dateField),
  "dt.day": text(UNARY, textRules.dateField),
  "dt.weekday": text(UNARY, textRules.dateField),
  "dt.ordinal": text(UNARY, textRules.dateField),
  "dt.hour": text(UNARY, textRules.timeField),
  "dt.minute": text(UNARY, textRules.timeField),
  "dt.second": text(UNARY, textRules.timeField),
  "dt.truncate": text(BINARY, textRules.truncate),
  "dt.epoch": text(BINARY, textRules.epoch),
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
