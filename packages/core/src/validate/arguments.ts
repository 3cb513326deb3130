/**
 * Plain arguments checked at the API boundary — expressions, column names, row counts — so a
 * wrong one is a TypeError saying what was given and what is accepted, never an internal error
 * from deep inside the planner.
 */
import { col, Expr } from "../expr/index.js";
import { describeValue } from "../types/describe-value.js";

/**
 * Checks a predicate or other single expression argument.
 * @param value - what the caller passed
 * @param operation - how the message starts (`"filter"`)
 * @returns the expression
 * @throws TypeError for anything but an Expr; a string gets the hint that text is not parsed
 * @example exprArg(col("x").gt(1), "filter")
 */
export function exprArg(value: unknown, operation: string): Expr {
  if (value instanceof Expr) return value;
  const hint =
    typeof value === "string"
      ? ` (a string is not parsed as an expression: write col("x").gt(1) for "x > 1")`
      : typeof value === "boolean"
        ? ` (for a constant, use lit(${value}))`
        : "";
  throw new TypeError(`${operation}: expected an expression such as col("x").gt(1); got ${describeValue(value)}${hint}`);
}

/**
 * Checks expression-or-name arguments and turns names into column references.
 * @param values - what the caller passed
 * @param operation - how the message starts (`"select"`)
 * @returns the expressions
 * @throws TypeError naming the position of an argument that is neither an Expr nor a string
 * @example exprOrNameArgs(["x", col("y").add(1)], "select")
 */
export function exprOrNameArgs(values: readonly unknown[], operation: string): Expr[] {
  return values.map((value, i) => {
    if (value instanceof Expr) return value;
    if (typeof value === "string") return col(value);
    throw new TypeError(`${operation}: argument ${i + 1} must be an expression or a column name; got ${describeValue(value)}`);
  });
}

/**
 * Checks aggregate arguments: expressions only (a name alone has no reduction).
 * @param values - what the caller passed
 * @param operation - how the message starts (`"agg"`)
 * @returns the expressions
 * @throws TypeError naming the position of an argument that is not an Expr
 */
export function exprArgs(values: readonly unknown[], operation: string): Expr[] {
  return values.map((value, i) => {
    if (value instanceof Expr) return value;
    const hint = typeof value === "string" ? ` (a column name alone is not an aggregate: write col(${JSON.stringify(value)}).min() or another reduction)` : "";
    throw new TypeError(`${operation}: argument ${i + 1} must be an expression such as col("x").argmin(); got ${describeValue(value)}${hint}`);
  });
}

/**
 * Checks a column name argument.
 * @param value - what the caller passed
 * @param operation - how the message starts (`"col"`)
 * @returns the name
 * @throws TypeError for anything but a string
 */
export function nameArg(value: unknown, operation: string): string {
  if (typeof value === "string") return value;
  throw new TypeError(`${operation}: expected a column name (a string); got ${describeValue(value)}`);
}

/**
 * Checks a count or position argument: a whole number, at least `min`.
 * @param value - what the caller passed
 * @param operation - how the message starts (`"head"`)
 * @param name - the parameter's name (`"n"`)
 * @param min - the smallest accepted value
 * @returns the number
 * @throws TypeError for a non-integer, RangeError below `min`
 */
export function integerArg(value: unknown, operation: string, name: string, min: number): number {
  if (!Number.isSafeInteger(value)) throw new TypeError(`${operation}: ${name} must be a whole number; got ${describeValue(value)}`);
  if ((value as number) < min) throw new RangeError(`${operation}: ${name} must be at least ${min}; got ${String(value)}`);
  return value as number;
}

/**
 * Checks a file path argument.
 * @param value - what the caller passed
 * @param operation - how the message starts (`"sinkIpc"`)
 * @returns the path
 * @throws TypeError for anything but a non-empty string
 */
export function pathArg(value: unknown, operation: string): string {
  if (typeof value === "string" && value.length > 0) return value;
  throw new TypeError(`${operation}: expected a file path (a non-empty string); got ${describeValue(value)}`);
}
