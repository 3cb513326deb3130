/**
 * Types of window functions, `over`, the conditionals (`when`, `isIn`, `fillNan`) and the string
 * functions (see text.ts), from the
 * same documented rules as the other functions: cumSum and rollingSum type as sum, cumMin/cumMax
 * and rollingMin/rollingMax keep their number type, positions and counts are Int64, rank is
 * Float64 for the "average" method (the default) and Int64 otherwise, rollingMean is Float64.
 * Window sizes and shifts must be integer literals; a window of an aggregate is rejected.
 */
import type { RefExpr, RefFunction, RefType } from "./query.js";
import { isIntegerType, isNumericType, isOrderableType, orderFamily, promote, type TypedExpr } from "./ref-types.js";
import { isStringFunction, stringType } from "./text.js";

type Call = Extract<RefExpr, { fn: RefFunction }>;

const ARITY: Partial<Record<RefFunction, number>> = {
  cumSum: 1, cumMin: 1, cumMax: 1, cumCount: 1, cumArgmin: 1, cumArgmax: 1, shift: 2, rowNumber: 0, rank: 1,
  rollingMin: 2, rollingMax: 2, rollingSum: 2, rollingMean: 2, rollingArgmin: 2, rollingArgmax: 2, fillNan: 2,
};

const CONDITIONALS: ReadonlySet<RefFunction> = new Set(["when", "isIn", "fillNan"]);
const rowWise = (fn: RefFunction) => CONDITIONALS.has(fn) || isStringFunction(fn);

function reject(fn: RefFunction, arg: TypedExpr, needs: string): never {
  throw new TypeError(`${fn} is not defined for ${arg.name} of type ${arg.type}: it needs ${needs}`);
}

function need(fn: RefFunction, arg: TypedExpr, accepts: (t: RefType) => boolean, needs: string): void {
  if (arg.type !== "null" && !accepts(arg.type)) reject(fn, arg, needs);
}

function integerLiteral(fn: RefFunction, arg: TypedExpr): void {
  if (!("lit" in arg.expr) || !isIntegerType(arg.type)) reject(fn, arg, "an integer literal");
}

const numberOrBool = (t: RefType) => isNumericType(t) || t === "bool";
const sumType = (t: RefType): RefType => (t === "null" ? "null" : t === "float64" ? "float64" : "int64");

function windowType(fn: RefFunction, args: readonly TypedExpr[], options: Call["options"]): RefType {
  if (isStringFunction(fn)) return stringType(fn, args);
  const [x, setting] = args;
  if (fn.startsWith("rolling") || fn === "shift") integerLiteral(fn, setting);
  switch (fn) {
    case "cumSum": case "rollingSum":
      need(fn, x, numberOrBool, "numbers or Bool");
      return sumType(x.type);
    case "cumMin": case "cumMax": case "rollingMin": case "rollingMax":
      need(fn, x, isNumericType, "numbers");
      return x.type;
    case "rollingMean":
      need(fn, x, numberOrBool, "numbers or Bool");
      return "float64";
    case "cumCount": case "rowNumber":
      return "int64";
    case "cumArgmin": case "cumArgmax": case "rollingArgmin": case "rollingArgmax":
      need(fn, x, isOrderableType, "orderable values");
      return "int64";
    case "rank":
      need(fn, x, isOrderableType, "orderable values");
      return (options?.method ?? "average") === "average" ? "float64" : "int64";
    case "shift":
      return x.type;
    case "fillNan":
      args.forEach((a) => need(fn, a, isNumericType, "numbers"));
      return setting.type === "null" ? x.type : promote(x, setting);
    case "isIn": {
      need(fn, x, isOrderableType, "orderable values");
      for (const v of args.slice(1)) {
        if (!("lit" in v.expr)) reject(fn, v, "a list of plain values");
        if (v.type !== "null" && x.type !== "null" && orderFamily(v.type) !== orderFamily(x.type)) {
          throw new TypeError(`isIn cannot compare ${x.name} of type ${x.type} with ${v.name} of type ${v.type}`);
        }
      }
      return "bool";
    }
    default:
      return whenType(args);
  }
}

/** when: Bool predicates; the values share a type, numbers promoting pairwise in order. */
function whenType(args: readonly TypedExpr[]): RefType {
  if (args.length < 3 || args.length % 2 === 0) throw new TypeError("when takes predicate and value pairs, then one otherwise value");
  const last = args.length - 1;
  args.forEach((a, i) => i % 2 === 0 && i < last && need("when", a, (t) => t === "bool", "Bool predicates"));
  const values = args.filter((_, i) => i % 2 === 1 || i === last);
  let result: { type: RefType; dynamic?: number | bigint } = values[0];
  for (const v of values.slice(1)) {
    if (v.type === "null" || v.type === result.type) continue;
    if (result.type === "null") result = v;
    else if (isNumericType(result.type) && isNumericType(v.type)) {
      result = { type: promote(result, v), dynamic: result.dynamic !== undefined && v.dynamic !== undefined ? result.dynamic : undefined };
    } else throw new TypeError(`when cannot give ${v.name} of type ${v.type} where other branches give ${result.type}`);
  }
  return result.type;
}

/**
 * Types a window or conditional call.
 * @param expr - the call
 * @param args - its typed arguments
 * @returns the typed call
 * @throws TypeError as the rules say
 */
export function typeWindowCall(expr: Call, args: readonly TypedExpr[]): TypedExpr {
  const fn = expr.fn;
  if (ARITY[fn] !== undefined && args.length !== ARITY[fn]) throw new TypeError(`${fn} takes ${ARITY[fn]} arguments, got ${args.length}`);
  if (fn === "isIn" && args.length < 1) throw new TypeError("isIn needs a value");
  if (args.some((a) => a.aggregate)) throw new TypeError(`${fn} of an aggregate: aggregate with over, or compute the aggregate first`);
  const conditional = rowWise(fn);
  return {
    expr,
    type: windowType(fn, args, expr.options),
    name: fn === "rowNumber" ? "row_number" : fn === "when" ? args[1].name : args[0].name,
    args,
    aggregate: false,
    scalar: conditional && args.every((a) => a.scalar),
    window: !conditional || args.some((a) => a.window),
  };
}

/**
 * Types `over`: its input's type; keys are row-wise and windowless; no over inside another.
 * @param expr - the over node
 * @param input - its typed input
 * @param keys - its typed keys
 * @returns the typed node
 */
export function typeOver(expr: RefExpr, input: TypedExpr, keys: readonly TypedExpr[]): TypedExpr {
  if (keys.length === 0) throw new TypeError("over needs at least one partition key");
  if (keys.some((k) => k.aggregate || k.window)) throw new TypeError("over partitions by row-wise keys");
  const nested = (t: TypedExpr): boolean => "over" in t.expr || t.args.some(nested);
  if (nested(input)) throw new TypeError("over nests one over in another");
  if (input.aggregate && input.window) throw new TypeError("over of an expression mixing aggregates and windows");
  return { expr, type: input.type, name: input.name, args: [input, ...keys], aggregate: false, scalar: false, window: true };
}
