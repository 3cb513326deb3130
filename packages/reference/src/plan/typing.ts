/**
 * Types and output names of expressions over a schema, from the documented rules of the
 * expression language: number literals adapt to the column they meet (`col("i32").add(1)` stays
 * Int32), two columns promote to the wider type (any float makes Float64), `div` is always
 * floating point, comparisons need one order family, `count`, `sum` of integers and indices are
 * Int64, `mean` is Float64, and every function accepts `lit(null)`. A query the rules reject
 * throws a TypeError here, before any row is read.
 */
import type { RefAggregateFunction, RefExpr, RefFunction, RefLiteral, RefSchema, RefType } from "./query.js";

/** An expression with the type, output name and shape of every node worked out. */
export interface TypedExpr {
  readonly expr: RefExpr;
  readonly type: RefType;
  /** The output column name: a column's or alias's own, "literal", else the first argument's. */
  readonly name: string;
  /** Function arguments, or the one input of an alias or cast. */
  readonly args: readonly TypedExpr[];
  /** Whether an aggregate occurs anywhere in it. */
  readonly aggregate: boolean;
  /** Whether it gives one value rather than one per row (literals, aggregates and functions of them). */
  readonly scalar: boolean;
  /** For a column reference, its position in the schema. */
  readonly column?: number;
  /** For a number or bigint literal: its value, which lets its type adapt to a column. */
  readonly dynamic?: number | bigint;
}

const AGGREGATES: ReadonlySet<RefFunction> = new Set<RefAggregateFunction>([
  "count", "sum", "mean", "min", "max", "first", "last", "argmin", "argmax", "nanargmin", "nanargmax", "minBy", "maxBy", "get",
]);

const ARITY: Record<RefFunction, number> = {
  add: 2, sub: 2, mul: 2, div: 2, mod: 2, eq: 2, neq: 2, lt: 2, lte: 2, gt: 2, gte: 2, and: 2, or: 2, not: 1,
  isNull: 1, isNotNull: 1, isNaN: 1, fillNull: 2, count: 1, sum: 1, mean: 1, min: 1, max: 1, first: 1, last: 1,
  argmin: 1, argmax: 1, nanargmin: 1, nanargmax: 1, minBy: 2, maxBy: 2, get: 2,
};

/**
 * Whether a function reduces many rows to one value.
 * @param fn - the function
 * @returns true for count, sum, …, get
 * @example isAggregateFunction("argmin") // true
 */
export function isAggregateFunction(fn: RefFunction): boolean {
  return AGGREGATES.has(fn);
}

/**
 * The type `lit(value)` has: Int32 for integers in the Int32 range, Int64 for other safe
 * integers and for bigints, Float64 for any other number (fractions, -0, NaN, ±Infinity).
 * @param value - the literal
 * @returns its type
 * @example literalType(2 ** 40) // "int64"
 */
export function literalType(value: RefLiteral): RefType {
  if (value === null) return "null";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "utf8";
  if (typeof value === "bigint") {
    if (value < -(2n ** 63n) || value >= 2n ** 63n) throw new RangeError(`literal ${value}n does not fit Int64`);
    return "int64";
  }
  if (!Number.isInteger(value) || Object.is(value, -0)) return "float64";
  if (value >= -(2 ** 31) && value < 2 ** 31) return "int32";
  return Number.isSafeInteger(value) ? "int64" : "float64";
}

/** Whether a type holds numbers (integers or floats). */
export function isNumericType(t: RefType): boolean {
  return t === "int32" || t === "int64" || t === "float64";
}

/** Whether a type is an integer type. */
export function isIntegerType(t: RefType): boolean {
  return t === "int32" || t === "int64";
}

/**
 * Whether values of a type have an order (numbers, Bool, Utf8): what comparisons, min/max, the
 * arg-reductions and sort keys need.
 * @param t - a type
 * @returns false for "null", which has no values to order
 * @example isOrderableType("utf8") // true
 */
export function isOrderableType(t: RefType): boolean {
  return orderFamily(t) !== undefined;
}

/** The order family of an orderable type: numbers compare with numbers, and so on. */
function orderFamily(t: RefType): string | undefined {
  if (isNumericType(t)) return "number";
  if (t === "bool" || t === "utf8") return t;
  return undefined;
}

/**
 * Types an expression over a schema.
 * @param expr - the expression
 * @param schema - the input's names and types
 * @returns the typed tree
 * @throws TypeError for an unknown column, an argument of the wrong type, a wrong arity or an
 *   unsupported cast
 * @example typeExpr({ fn: "argmin", args: [{ col: "x" }] }, { names: ["x"], types: ["float64"] }).type // "int64"
 */
export function typeExpr(expr: RefExpr, schema: RefSchema): TypedExpr {
  if ("col" in expr) {
    const column = schema.names.indexOf(expr.col);
    if (column < 0) throw new TypeError(`column ${JSON.stringify(expr.col)} not found; the columns are ${schema.names.map((n) => JSON.stringify(n)).join(", ")}`);
    return { expr, type: schema.types[column], name: expr.col, args: [], aggregate: false, scalar: false, column };
  }
  if ("lit" in expr) {
    const dynamic = typeof expr.lit === "number" || typeof expr.lit === "bigint" ? expr.lit : undefined;
    return { expr, type: literalType(expr.lit), name: "literal", args: [], aggregate: false, scalar: true, dynamic };
  }
  if ("alias" in expr) {
    const input = typeExpr(expr.input, schema);
    return { ...input, expr, name: expr.alias, args: [input], column: undefined, dynamic: undefined };
  }
  if ("cast" in expr) {
    const input = typeExpr(expr.input, schema);
    checkCast(input.type, expr.cast);
    return { ...input, expr, type: expr.cast, args: [input], column: undefined, dynamic: undefined };
  }
  if (expr.args.length !== ARITY[expr.fn]) throw new TypeError(`${expr.fn} takes ${ARITY[expr.fn]} arguments, got ${expr.args.length}`);
  const args = expr.args.map((a) => typeExpr(a, schema));
  const aggregate = isAggregateFunction(expr.fn);
  return {
    expr,
    type: outputType(expr.fn, args),
    name: args[0].name,
    args,
    aggregate: aggregate || args.some((a) => a.aggregate),
    scalar: aggregate || args.every((a) => a.scalar),
  };
}

/**
 * Casts between numbers and between numbers and Bool. Text is left out: how numbers are
 * formatted and parsed is not part of the documented semantics.
 */
function checkCast(from: RefType, to: RefType): void {
  if (from === to || from === "null") return;
  const numberLike = (t: RefType) => isNumericType(t) || t === "bool";
  if (numberLike(from) && numberLike(to)) return;
  throw new TypeError(`cannot cast ${from} to ${to}: only casts between numbers and Bool are modelled`);
}

function reject(fn: RefFunction, arg: TypedExpr, needs: string): never {
  throw new TypeError(`${fn} is not defined for ${arg.name} of type ${arg.type}: it needs ${needs}`);
}

/** Throws unless every non-null argument (of those at `positions`) passes `accepts`. */
function require(fn: RefFunction, args: readonly TypedExpr[], accepts: (t: RefType) => boolean, needs: string, positions?: number[]): void {
  for (const i of positions ?? args.keys()) {
    if (args[i].type !== "null" && !accepts(args[i].type)) reject(fn, args[i], needs);
  }
}


function outputType(fn: RefFunction, args: readonly TypedExpr[]): RefType {
  switch (fn) {
    case "add": case "sub": case "mul": case "mod":
      require(fn, args, isNumericType, "numbers");
      return promote(args[0], args[1]);
    case "div": {
      require(fn, args, isNumericType, "numbers");
      const t = promote(args[0], args[1]);
      return isIntegerType(t) ? "float64" : t;
    }
    case "eq": case "neq": case "lt": case "lte": case "gt": case "gte": {
      require(fn, args, isOrderableType, "orderable values");
      const [a, b] = args;
      if (a.type !== "null" && b.type !== "null" && orderFamily(a.type) !== orderFamily(b.type)) {
        throw new TypeError(`${fn} cannot compare ${a.name} of type ${a.type} with ${b.name} of type ${b.type}`);
      }
      return "bool";
    }
    case "and": case "or": case "not":
      require(fn, args, (t) => t === "bool", "Bool values");
      return "bool";
    case "isNull": case "isNotNull":
      return "bool";
    case "isNaN":
      require(fn, args, isNumericType, "numbers");
      return "bool";
    case "fillNull": {
      const [input, fill] = args;
      if (fill.type === "null" || fill.type === input.type) return input.type;
      if (input.type === "null") return fill.type;
      if (isNumericType(input.type) && isNumericType(fill.type)) return promote(input, fill);
      throw new TypeError(`fillNull cannot fill ${input.name} of type ${input.type} with a value of type ${fill.type}`);
    }
    case "count":
      return "int64";
    case "sum": {
      require(fn, args, (t) => isNumericType(t) || t === "bool", "numbers or Bool");
      const t = args[0].type;
      return t === "null" ? "null" : t === "float64" ? "float64" : "int64";
    }
    case "mean":
      require(fn, args, (t) => isNumericType(t) || t === "bool", "numbers or Bool");
      return "float64";
    case "min": case "max":
      require(fn, args, isOrderableType, "orderable values");
      return args[0].type;
    case "first": case "last":
      return args[0].type;
    case "argmin": case "argmax": case "nanargmin": case "nanargmax":
      require(fn, args, isOrderableType, "orderable values");
      return "int64";
    case "minBy": case "maxBy":
      require(fn, args, isOrderableType, "orderable values", [1]);
      return args[0].type;
    case "get":
      require(fn, args, isIntegerType, "an integer index", [1]);
      if (!args[1].scalar) throw new TypeError(`get needs one index, but ${args[1].name} has one value per row`);
      return args[0].type;
  }
}

/**
 * The type two numeric operands are brought to. Null meets anything as the other type; a number
 * literal meeting a column takes the column's type when the column can hold it (any number for a
 * float column, an integer in range for an integer column); otherwise the wider type wins and an
 * integer meeting a float gives Float64.
 */
function promote(a: TypedExpr, b: TypedExpr): RefType {
  if (a.type === "null") return b.type;
  if (b.type === "null") return a.type;
  const adopted = adopt(a, b) ?? adopt(b, a);
  if (adopted !== undefined) return adopted;
  if (a.type === "float64" || b.type === "float64") return "float64";
  return a.type === "int64" || b.type === "int64" ? "int64" : "int32";
}

function adopt(literal: TypedExpr, other: TypedExpr): RefType | undefined {
  if (literal.dynamic === undefined || other.dynamic !== undefined) return undefined;
  if (other.type === "float64") return other.type;
  const v = literal.dynamic;
  if (typeof v === "number" && (!Number.isInteger(v) || Object.is(v, -0))) return undefined;
  const bits = other.type === "int32" ? 32n : 64n;
  const big = BigInt(v);
  return big >= -(2n ** (bits - 1n)) && big < 2n ** (bits - 1n) ? other.type : undefined;
}

/**
 * Checks an aggregate expression's shape: it gives one value (per frame or group), so every
 * column must sit inside an aggregate, and an aggregate's arguments are row-wise (aggregates do
 * not nest; only `get` takes an aggregate, as its index).
 * @param t - a typed expression containing an aggregate
 * @throws TypeError for a column outside an aggregate or a nested aggregate
 * @example checkAggregateShape(typeExpr({ fn: "add", args: [{ fn: "sum", args: [{ col: "x" }] }, { col: "x" }] }, schema)) // throws
 */
export function checkAggregateShape(t: TypedExpr): void {
  const e = t.expr;
  if ("col" in e) throw new TypeError(`column ${JSON.stringify(e.col)} is used outside an aggregate`);
  if (!("fn" in e) || !isAggregateFunction(e.fn)) {
    t.args.forEach(checkAggregateShape);
    return;
  }
  const nested = t.args.findIndex((a, i) => a.aggregate && !(e.fn === "get" && i === 1));
  if (nested >= 0) throw new TypeError(`${e.fn} of ${t.args[nested].name}, which is an aggregate: aggregates do not nest`);
  if (e.fn === "get" && t.args[1].aggregate) checkAggregateShape(t.args[1]);
}
