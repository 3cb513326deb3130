/**
 * The Expr class: an immutable expression tree node with the builder methods. Methods only build
 * nodes; typing, naming, formatting and traversal live in their own files.
 */
import type { DataType } from "apache-arrow";
import { DateTimeFunctions } from "./dt-functions.js";
import { type LiteralInput, literalParts } from "./literal.js";
import type { ExprNode, FunctionOptions } from "./node.js";
import { checkArity, FUNCTIONS, type FunctionName } from "./registry.js";
import { StringFunctions } from "./str-functions.js";
import { aliasName, type ArgExprOptions, argExprOptions, betweenOptions, castTarget } from "./check-args.js";
import { checkRank, checkRolling, type RankOptions, type RollingOptions } from "./window-options.js";

/** An expression, or a plain value that a builder method wraps with `lit`. */
export type ExprInput = Expr | LiteralInput;
export type { ArgExprOptions };


/**
 * An immutable expression: the node is frozen, and every method returns a new expression.
 * Build expressions with `col`, `lit` and the methods here rather than the constructor.
 * @example col("x").gt(0).and(col("y").isNotNull())
 */
export class Expr {
  /** What this expression is: a column, literal, alias, cast or function call. */
  readonly node: ExprNode<Expr>;

  /**
   * Wraps a node; the builder (`col`, `lit`, the methods) is the usual way to make one.
   * @param node - the node; it is copied and frozen, and a function call's arity is checked
   * @throws TypeError when a function gets the wrong number of arguments
   */
  constructor(node: ExprNode<Expr>) {
    if (node.kind === "function") {
      checkArity(node.name, node.args.length);
      const { kind, name, args, options } = node;
      const frozen = { kind, name, args: Object.freeze([...args]) };
      this.node = Object.freeze(options === undefined ? frozen : { ...frozen, options: Object.freeze({ ...options }) });
    } else if (node.kind === "over") {
      this.node = Object.freeze({ kind: node.kind, input: node.input, keys: Object.freeze([...node.keys]) });
    } else {
      this.node = Object.freeze({ ...node });
    }
    Object.freeze(this);
  }

  /**
   * Names the output column.
   * @param name - the new name
   * @returns the renamed expression
   * @example col("fare").argmin().alias("cheapest")
   */
  alias(name: string): Expr {
    return new Expr({ kind: "alias", input: this, name: aliasName(name) });
  }

  /**
   * Converts the values to another Arrow type.
   * @param to - the target type
   * @returns the converted expression
   * @example col("x").cast(new Float64())
   */
  cast(to: DataType): Expr {
    return new Expr({ kind: "cast", input: this, to: castTarget(to) });
  }

  /** Adds row by row, promoting numeric types. @param other - the addend @returns the sum @example col("x").add(1) */
  add(other: ExprInput): Expr { return call("add", this, other); }
  /** Subtracts row by row. @param other - the subtrahend @returns the difference @example col("x").sub(col("y")) */
  sub(other: ExprInput): Expr { return call("sub", this, other); }
  /** Multiplies row by row. @param other - the factor @returns the product @example col("x").mul(2) */
  mul(other: ExprInput): Expr { return call("mul", this, other); }
  /** Divides row by row; integers give Float64. @param other - the divisor @returns the quotient @example col("x").div(2) */
  div(other: ExprInput): Expr { return call("div", this, other); }
  /** The remainder row by row. @param other - the divisor @returns the remainder @example col("x").mod(2) */
  mod(other: ExprInput): Expr { return call("mod", this, other); }

  /** Whether equal, row by row. @param other - the other side @returns a Bool expression @example col("x").eq(0) */
  eq(other: ExprInput): Expr { return call("eq", this, other); }
  /** Whether not equal. @param other - the other side @returns a Bool expression @example col("x").neq(0) */
  neq(other: ExprInput): Expr { return call("neq", this, other); }
  /** Whether less than. @param other - the other side @returns a Bool expression @example col("x").lt(0) */
  lt(other: ExprInput): Expr { return call("lt", this, other); }
  /** Whether less than or equal. @param other - the other side @returns a Bool expression @example col("x").lte(0) */
  lte(other: ExprInput): Expr { return call("lte", this, other); }
  /** Whether greater than. @param other - the other side @returns a Bool expression @example col("x").gt(0) */
  gt(other: ExprInput): Expr { return call("gt", this, other); }
  /** Whether greater than or equal. @param other - the other side @returns a Bool expression @example col("x").gte(0) */
  gte(other: ExprInput): Expr { return call("gte", this, other); }

  /** Logical and of two Bool expressions. @param other - the other side @returns a Bool expression @example col("a").and(col("b")) */
  and(other: ExprInput): Expr { return call("and", this, other); }
  /** Logical or of two Bool expressions. @param other - the other side @returns a Bool expression @example col("a").or(col("b")) */
  or(other: ExprInput): Expr { return call("or", this, other); }
  /** Logical negation. @returns a Bool expression @example col("a").not() */
  not(): Expr { return call("not", this); }

  /** Whether each value is null. @returns a Bool expression, never null @example col("x").isNull() */
  isNull(): Expr { return call("isNull", this); }
  /** Whether each value is not null. @returns a Bool expression, never null @example col("x").isNotNull() */
  isNotNull(): Expr { return call("isNotNull", this); }
  /** Whether each value is NaN (integers never are). @returns a Bool expression @example col("x").isNaN() */
  isNaN(): Expr { return call("isNaN", this); }
  /** Replaces nulls. @param value - the fill value or expression @returns the filled expression @example col("x").fillNull(0) */
  fillNull(value: ExprInput): Expr { return call("fillNull", this, value); }

  /** The number of non-null values, as Int64. @returns an aggregate @example col("x").count() */
  count(): Expr { return call("count", this); }
  /** The sum (Int64 for integers, Float64 for floats). @returns an aggregate @example col("x").sum() */
  sum(): Expr { return call("sum", this); }
  /** The mean, as Float64. @returns an aggregate @example col("x").mean() */
  mean(): Expr { return call("mean", this); }
  /** The smallest value. @returns an aggregate @example col("x").min() */
  min(): Expr { return call("min", this); }
  /** The largest value. @returns an aggregate @example col("x").max() */
  max(): Expr { return call("max", this); }
  /** The first value. @returns an aggregate @example col("x").first() */
  first(): Expr { return call("first", this); }
  /** The last value. @returns an aggregate @example col("x").last() */
  last(): Expr { return call("last", this); }

  /**
   * The Int64 position of the smallest value: first of ties, NaN wins unless skipped, nulls skipped.
   * @param options - `{ skipNaN: true }` makes it `nanargmin`
   * @returns an aggregate
   * @example col("fare").argmin()
   */
  argmin(options?: ArgExprOptions): Expr { return call(argExprOptions(options, "argmin").skipNaN ? "nanargmin" : "argmin", this); }
  /**
   * The Int64 position of the largest value, with argmin's rules.
   * @param options - `{ skipNaN: true }` makes it `nanargmax`
   * @returns an aggregate
   * @example col("fare").argmax()
   */
  argmax(options?: ArgExprOptions): Expr { return call(argExprOptions(options, "argmax").skipNaN ? "nanargmax" : "argmax", this); }
  /** Like argmin, skipping NaN. @returns an aggregate @example col("fare").nanargmin() */
  nanargmin(): Expr { return call("nanargmin", this); }
  /** Like argmax, skipping NaN. @returns an aggregate @example col("fare").nanargmax() */
  nanargmax(): Expr { return call("nanargmax", this); }

  /**
   * The positions of the `k` smallest values, smallest first: ties in row order, NaN before every
   * number (as argmin lets NaN win, so `argminK(1)` holds the argmin), nulls never; fewer when
   * there are fewer values, null when there are none.
   * @param k - how many positions, a positive integer
   * @returns an aggregate: a List of Int64 positions (within the group in a group-by)
   * @example col("fare").argminK(3)
   */
  argminK(k: number): Expr { return call("argminK", this, checkTopK("argminK", k)); }
  /** The positions of the `k` largest values, largest first, with argminK's rules. @returns an aggregate @example col("fare").argmaxK(3) */
  argmaxK(k: number): Expr { return call("argmaxK", this, checkTopK("argmaxK", k)); }
  /**
   * The `k` smallest values, smallest first (NaN counting as the largest value, nulls never): the
   * first `k` values of the column sorted ascending without its nulls.
   * @param k - how many values, a positive integer
   * @returns an aggregate: a List of this expression's type
   * @example col("fare").bottomK(3)
   */
  bottomK(k: number): Expr { return call("bottomK", this, checkTopK("bottomK", k)); }
  /** The `k` largest values, largest first (NaN first, as the largest value; nulls never). @returns an aggregate @example col("fare").topK(3) */
  topK(k: number): Expr { return call("topK", this, checkTopK("topK", k)); }
  /**
   * The number of distinct values, a null counting as one (as Polars), NaN as one, -0 equal to 0.
   * @returns an Int64 aggregate, 0 over no rows
   * @example col("zone").nUnique()
   */
  nUnique(): Expr { return call("nUnique", this); }

  /**
   * This expression's value at the row where `by` is smallest (the first such row).
   * @param by - the expression to minimise; a string names a column
   * @returns an aggregate of this expression's type
   * @example col("name").minBy(col("fare"))
   */
  minBy(by: ExprInput): Expr { return call("minBy", this, by); }
  /**
   * This expression's value at the row where `by` is largest (the first such row).
   * @param by - the expression to maximise; a string names a column
   * @returns an aggregate of this expression's type
   * @example col("name").maxBy(col("fare"))
   */
  maxBy(by: ExprInput): Expr { return call("maxBy", this, by); }
  /**
   * The element at one index.
   * @param index - an integer literal or an aggregate such as an argmin
   * @returns an aggregate of this expression's type
   * @example col("name").get(col("fare").argmin())
   */
  get(index: ExprInput): Expr { return call("get", this, index); }

  /**
   * Computes this expression within each partition of rows that share the keys' values: an
   * aggregate is broadcast to every row of its partition (`argmin` giving the position within the
   * partition), a window function restarts in each partition. Rows keep their order.
   * @param keys - the partition keys; a string names a column
   * @returns a row-wise expression
   * @example col("fare").argmin().over("zone")
   */
  over(...keys: ExprInput[]): Expr {
    const columns = keys.map((k) => (typeof k === "string" ? new Expr({ kind: "column", name: k }) : toExpr(k)));
    return new Expr({ kind: "over", input: this, keys: columns });
  }

  /** The running sum (nulls skipped, and null in their own rows). @returns a window expression @example col("x").cumSum() */
  cumSum(): Expr { return call("cumSum", this); }
  /** The running minimum, NaN propagating. @returns a window expression @example col("x").cumMin() */
  cumMin(): Expr { return call("cumMin", this); }
  /** The running maximum, NaN propagating. @returns a window expression @example col("x").cumMax() */
  cumMax(): Expr { return call("cumMax", this); }
  /** The running count of non-null values, as Int64. @returns a window expression @example col("x").cumCount() */
  cumCount(): Expr { return call("cumCount", this); }
  /**
   * The running argmin: per row, the position of the smallest value so far (first of ties; once a
   * NaN is seen, the first NaN's; null before the first value).
   * @returns an Int64 window expression
   * @example col("price").cumArgmin()
   */
  cumArgmin(): Expr { return call("cumArgmin", this); }
  /** The running argmax, with cumArgmin's rules. @returns an Int64 window expression @example col("price").cumArgmax() */
  cumArgmax(): Expr { return call("cumArgmax", this); }
  /**
   * The value `n` rows earlier (later for negative `n`); null where there is none.
   * @param n - the offset, an integer (default 1)
   * @returns a window expression
   * @example col("x").shift(1)
   */
  shift(n = 1): Expr { return call("shift", this, checkShift(n)); }
  /**
   * The difference with the value `n` rows earlier: `x.sub(x.shift(n))`.
   * @param n - the offset, an integer (default 1)
   * @returns a window expression
   * @example col("x").diff()
   */
  diff(n = 1): Expr { return this.sub(this.shift(n)); }
  /**
   * The rank of each value, from 1 (NaN ranks above every number; nulls get a null rank).
   * @param options - `method` for ties ("average" by default, as Polars; "ordinal", "dense", "min",
   *   "max"); `descending` ranks the largest first
   * @returns a window expression: Float64 for "average", else Int64
   * @example col("score").rank({ method: "dense", descending: true })
   */
  rank(options?: RankOptions): Expr { return callWith("rank", checkRank(options), this); }
  /**
   * The smallest value of the `windowSize` rows ending at each row, nulls skipped, NaN propagating.
   * @param windowSize - the rows in a window, at least 1
   * @param options - `minPeriods`: the non-null values a window needs, else null (default windowSize)
   * @returns a window expression
   * @example col("x").rollingMin(3)
   */
  rollingMin(windowSize: number, options?: RollingOptions): Expr { return rollingCall("rollingMin", this, windowSize, options); }
  /** The largest value of each window; see rollingMin. @param windowSize - rows per window @param options - minPeriods @returns a window expression @example col("x").rollingMax(3) */
  rollingMax(windowSize: number, options?: RollingOptions): Expr { return rollingCall("rollingMax", this, windowSize, options); }
  /** The exact sum of each window, rounded once; see rollingMin. @param windowSize - rows per window @param options - minPeriods @returns a window expression @example col("x").rollingSum(3) */
  rollingSum(windowSize: number, options?: RollingOptions): Expr { return rollingCall("rollingSum", this, windowSize, options); }
  /** The mean of each window's non-null values; see rollingMin. @param windowSize - rows per window @param options - minPeriods @returns a window expression @example col("x").rollingMean(3) */
  rollingMean(windowSize: number, options?: RollingOptions): Expr { return rollingCall("rollingMean", this, windowSize, options); }
  /**
   * The row position of the smallest value of the `windowSize` rows ending at each row: first of
   * ties, the first NaN if the window holds one, nulls skipped; positions count frame rows (or
   * partition rows under `over`).
   * @param windowSize - the rows in a window, at least 1
   * @param options - `minPeriods`: the non-null values a window needs, else null (default windowSize)
   * @returns an Int64 window expression
   * @example col("price").rollingArgmin(1000)
   */
  rollingArgmin(windowSize: number, options?: RollingOptions): Expr { return rollingCall("rollingArgmin", this, windowSize, options); }
  /** The position of each window's largest value; see rollingArgmin. @param windowSize - rows per window @param options - minPeriods @returns an Int64 window expression @example col("x").rollingArgmax(3) */
  rollingArgmax(windowSize: number, options?: RollingOptions): Expr { return rollingCall("rollingArgmax", this, windowSize, options); }

  /** Replaces NaN (nulls stay null). @param value - the fill value @returns the filled expression @example col("x").fillNan(0) */
  fillNan(value: ExprInput): Expr { return call("fillNan", this, value); }
  /**
   * Whether each value is among the given values: null never matches (a null value gives null),
   * NaN matches NaN, -0 matches 0.
   * @param values - plain values of the column's kind
   * @returns a Bool expression
   * @example col("zone").isIn(["a", "b"])
   */
  isIn(values: readonly LiteralInput[]): Expr { return call("isIn", this, ...values); }
  /**
   * Whether each value lies between two bounds: `x >= lower && x <= upper` for "both" (the
   * default), with strict comparisons on the open sides.
   * @param lower - the lower bound
   * @param upper - the upper bound
   * @param options - `closed`: "both", "left", "right" or "none"
   * @returns a Bool expression
   * @example col("x").isBetween(0, 10, { closed: "left" })
   */
  isBetween(lower: ExprInput, upper: ExprInput, options: { closed?: "both" | "left" | "right" | "none" } = {}): Expr {
    const closed = betweenOptions(options).closed ?? "both";
    const low = closed === "both" || closed === "left" ? this.gte(lower) : this.gt(lower);
    return low.and(closed === "both" || closed === "right" ? this.lte(upper) : this.lt(upper));
  }

  /** String functions: `col("s").str.lenChars()`. @returns the string namespace @example col("s").str.upper() */
  get str(): StringFunctions<Expr> { return new StringFunctions<Expr>(this, callWith); }
  /** Date and time functions: `col("t").dt.year()`. @returns the date-time namespace @example col("t").dt.year() */
  get dt(): DateTimeFunctions<Expr> { return new DateTimeFunctions<Expr>(this, callWith); }
}

function checkTopK(name: string, k: number): number {
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`${name} takes a positive integer count, got ${k}`);
  return k;
}

function checkShift(n: number): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`shift takes an integer number of rows, got ${n}`);
  return n;
}

function rollingCall(name: FunctionName, x: Expr, windowSize: number, options: RollingOptions | undefined): Expr {
  return callWith(name, checkRolling(name, windowSize, options), x, windowSize);
}

/**
 * A call with options (settings that are not expressions); see {@link call}.
 * @param name - the function
 * @param options - its options, or undefined for none
 * @param args - its arguments, the receiver first
 * @returns the call expression
 */
export function callWith(name: FunctionName, options: FunctionOptions | undefined, ...args: ExprInput[]): Expr {
  const node = call(name, ...args).node;
  return options === undefined ? new Expr(node) : new Expr({ ...(node as Extract<typeof node, { kind: "function" }>), options });
}

/**
 * A call of a registered function, wrapping plain values with `lit`, except strings where the
 * function declares that strings name columns (`minBy`, `maxBy`, the horizontal functions).
 * @param name - the function
 * @param args - its arguments, the receiver first
 * @returns the call expression
 * @throws TypeError for a wrong number of arguments or a value `lit` cannot hold
 * @example call("argminHorizontal", "a", col("b")) // argminHorizontal(col("a"), col("b"))
 */
export function call(name: FunctionName, ...args: ExprInput[]): Expr {
  const columns = FUNCTIONS[name].strings === "column";
  const exprs = args.map((arg) => (columns && typeof arg === "string" ? new Expr({ kind: "column", name: arg }) : toExpr(arg)));
  return new Expr({ kind: "function", name, args: exprs });
}

/**
 * An expression as is, or a plain value as a literal.
 * @param input - an expression or a value
 * @returns an expression
 * @throws TypeError for a value `lit` cannot hold
 * @example toExpr(0) // lit(0)
 */
export function toExpr(input: ExprInput): Expr {
  return input instanceof Expr ? input : new Expr({ kind: "literal", ...literalParts(input) });
}
