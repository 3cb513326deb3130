/**
 * The Expr class: an immutable expression tree node with the builder methods. Methods only build
 * nodes; typing, naming, formatting and traversal live in their own files.
 */
import type { DataType } from "apache-arrow";
import { type LiteralInput, literalParts } from "./literal.js";
import type { ExprNode } from "./node.js";
import { checkArity, FUNCTIONS, type FunctionName } from "./registry.js";

/** An expression, or a plain value that a builder method wraps with `lit`. */
export type ExprInput = Expr | LiteralInput;

/** Options of `argmin` and `argmax`. */
export interface ArgExprOptions {
  /** Skip NaN instead of letting it win: `argmin({ skipNaN: true })` is `nanargmin()`. */
  readonly skipNaN?: boolean;
}

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
      this.node = Object.freeze({ kind: node.kind, name: node.name, args: Object.freeze([...node.args]) });
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
    return new Expr({ kind: "alias", input: this, name });
  }

  /**
   * Converts the values to another Arrow type.
   * @param to - the target type
   * @returns the converted expression
   * @example col("x").cast(new Float64())
   */
  cast(to: DataType): Expr {
    return new Expr({ kind: "cast", input: this, to });
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
  argmin(options?: ArgExprOptions): Expr { return call(options?.skipNaN ? "nanargmin" : "argmin", this); }
  /**
   * The Int64 position of the largest value, with argmin's rules.
   * @param options - `{ skipNaN: true }` makes it `nanargmax`
   * @returns an aggregate
   * @example col("fare").argmax()
   */
  argmax(options?: ArgExprOptions): Expr { return call(options?.skipNaN ? "nanargmax" : "argmax", this); }
  /** Like argmin, skipping NaN. @returns an aggregate @example col("fare").nanargmin() */
  nanargmin(): Expr { return call("nanargmin", this); }
  /** Like argmax, skipping NaN. @returns an aggregate @example col("fare").nanargmax() */
  nanargmax(): Expr { return call("nanargmax", this); }

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
