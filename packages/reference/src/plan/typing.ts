/**
 * Types and output names of expressions over a schema, from the documented rules of the
 * expression language: number literals adapt to the column they meet (`col("i32").add(1)` stays
 * Int32), two columns promote to the wider type (any float makes Float64), `div` is always
 * floating point, comparisons need one order family, `count`, `sum` of integers and indices are
 * Int64, `mean` is Float64, and every function accepts `lit(null)`. A query the rules reject
 * throws a TypeError here, before any row is read.
 */
import type { RefAggregateFunction, RefExpr, RefFunction, RefLiteral, RefSchema, RefType } from "./query.js";
import { isIntegerType, isNumericType, isOrderableType, orderFamily, promote, type TypedExpr } from "./ref-types.js";
import { typeOver, typeWindowCall } from "./window-typing.js";

export { isIntegerType, isNumericType, isOrderableType, type TypedExpr } from "./ref-types.js";

const AGGREGATES: ReadonlySet<RefFunction> = new Set<RefAggregateFunction>([
  "count", "sum", "mean", "min", "max", "first", "last", "argmin", "argmax", "nanargmin", "nanargmax", "minBy", "maxBy", "get",
]);

const ARITY: Partial<Record<RefFunction, number>> = {
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
  if ("over" in expr) return typeOver(expr, typeExpr(expr.over, schema), expr.keys.map((k) => typeExpr(k, schema)));
  if (ARITY[expr.fn] === undefined) return typeWindowCall(expr, expr.args.map((a) => typeExpr(a, schema)));
  if (expr.args.length !== ARITY[expr.fn]) throw new TypeError(`${expr.fn} takes ${ARITY[expr.fn]} arguments, got ${expr.args.length}`);
  const args = expr.args.map((a) => typeExpr(a, schema));
  const aggregate = isAggregateFunction(expr.fn);
  if (aggregate && args.some((a) => a.window)) throw new TypeError(`${expr.fn} of a window: compute the window with withColumns first`);
  return {
    expr,
    type: outputType(expr.fn, args),
    name: args[0].name,
    args,
    aggregate: aggregate || args.some((a) => a.aggregate),
    scalar: aggregate || args.every((a) => a.scalar),
    window: args.some((a) => a.window),
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
    default:
      throw new TypeError(`${fn} is typed by window-typing.ts`);
  }
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
