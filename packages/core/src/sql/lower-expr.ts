import { type DataType, type Schema, Type } from "apache-arrow";
import { type Expr, typeOf } from "../expr/index.js";
import type { LiteralNode } from "../expr/node.js";
import type { SqlDialect } from "./dialect.js";
import { SqlLoweringError } from "./errors.js";
import { lowerCast } from "./lower-cast.js";
import { lowerDateTime } from "./lower-datetime.js";
import { lowerString } from "./lower-string.js";

/** What a row-wise expression is lowered against. */
export interface ExprScope {
  readonly dialect: SqlDialect;
  /** The schema of the relation the expression reads. */
  readonly schema: Schema;
  /** How a column of the input is referred to; default by its name. */
  readonly column?: (name: string) => string;
  /** Lowers an aggregate sub-expression (absent where aggregates cannot appear). */
  readonly aggregate?: (expr: Expr) => string;
  /** How the row-order column is referred to; default by its name. */
  readonly position?: string;
  /**
   * SQL of each row's index within its window partition (`partition` is the window's `PARTITION
   * BY …` clause, or empty for the whole frame); absent where it cannot be computed.
   */
  readonly rowIndex?: (partition: string) => string;
  /** Lowers a window call, or the input of an `over` with its keys (absent where windows cannot appear). */
  readonly window?: (expr: Expr, keys: readonly Expr[]) => string;
}

const COMPARISONS = { eq: "=", neq: "<>", lt: "<", lte: "<=", gt: ">", gte: ">=" } as const;
const ARITHMETIC = { add: "+", sub: "-", mul: "*", mod: "%" } as const;

/** Whether values of a type can be NaN. */
export const isFloat = (type: DataType): boolean => type.typeId === Type.Float;

/**
 * The SQL of a row-wise expression, with the engine's semantics: comparisons with NaN are false
 * (but `neq`), integers wrap on overflow, division is floating point and IEEE, Kleene logic.
 * @param expr - the expression (aliases are dropped: the caller names the column)
 * @param scope - the dialect, the input schema and, in an aggregation, how to lower aggregates
 * @returns SQL text
 * @throws SqlLoweringError for functions the lowering does not cover yet
 */
export function lowerExpr(expr: Expr, scope: ExprScope): string {
  const { dialect: d, schema } = scope;
  const node = expr.node;
  switch (node.kind) {
    case "column":
      return scope.column?.(node.name) ?? d.ident(node.name);
    case "literal":
      return lowerLiteral(node, d);
    case "alias":
      return lowerExpr(node.input, scope);
    case "cast":
      return lowerCast(lowerExpr(node.input, scope), typeOf(node.input, schema), node.to, d);
    case "function":
      break;
    case "over":
      if (scope.window === undefined) throw new SqlLoweringError("over has no SQL lowering here");
      return scope.window(node.input, node.keys);
  }
  const { name, args } = node;
  if (scope.aggregate !== undefined && isAggregateName(name)) return scope.aggregate(expr);
  if (scope.window !== undefined && WINDOW_NAMES.has(name)) return scope.window(expr, []);
  const sql = args.map((a) => lowerExpr(a, scope));
  const types = args.map((a) => typeOf(a, schema));
  switch (name) {
    case "eq": case "neq": case "lt": case "lte": case "gt": case "gte":
      return compare(COMPARISONS[name], name === "neq", sql, exactOperands(sql, types, d), types);
    case "add": case "sub": case "mul": case "mod":
      return arithmetic(ARITHMETIC[name], sql, types, typeOf(expr, schema), d);
    case "div":
      return `(CAST(${sql[0]} AS DOUBLE) / CAST(${sql[1]} AS DOUBLE))`;
    case "and": return `(${sql[0]} AND ${sql[1]})`;
    case "or": return `(${sql[0]} OR ${sql[1]})`;
    case "not": return `(NOT ${sql[0]})`;
    case "isNull": return `(${sql[0]} IS NULL)`;
    case "isNotNull": return `(${sql[0]} IS NOT NULL)`;
    case "isNaN": return isFloat(types[0]) ? `isnan(${sql[0]})` : `(CASE WHEN ${sql[0]} IS NULL THEN NULL ELSE FALSE END)`;
    case "fillNull": {
      // Each operand in the result's type first: COALESCE of a BIGINT and a number literal is a
      // DOUBLE in SQL, which would round a 64-bit value before the cast back.
      const type = d.typeName(typeOf(expr, schema));
      return `COALESCE(CAST(${sql[0]} AS ${type}), CAST(${sql[1]} AS ${type}))`;
    }
    case "when": case "isIn": case "fillNan": return lowerConditional(name, args, sql, types, typeOf(expr, schema), d);
  }
  // A string or date function of the Null type (a null literal, an aggregate of one) is null.
  if ((name.startsWith("str.") || name.startsWith("dt.")) && types[0].typeId === Type.Null) {
    const out = typeOf(expr, schema);
    return out.typeId === Type.Null ? "NULL" : `CAST(NULL AS ${d.typeName(out)})`;
  }
  if (name.startsWith("str.")) return lowerString(name, args, sql[0], node.options, d);
  if (name.startsWith("dt.")) return lowerDateTime(name, sql[0], types[0], literalText(args[1]), d);
  throw new SqlLoweringError(`${name} has no SQL lowering yet`);
}

const WINDOW_NAMES = new Set([
  "cumSum", "cumMin", "cumMax", "cumCount", "cumArgmin", "cumArgmax", "shift", "rowNumber", "rank",
  "rollingMin", "rollingMax", "rollingSum", "rollingMean", "rollingArgmin", "rollingArgmax",
]);

/** Whether a function is a window function. */
export const isWindowName = (name: string): boolean => WINDOW_NAMES.has(name);

/**
 * The conditionals: `when` (the first branch whose predicate is true, null counting as false),
 * `isIn` (NaN matches NaN, -0 matches 0; a null value gives null; null list values match
 * nothing) and `fillNan` (NaN replaced, nulls kept), each in its output type.
 */
function lowerConditional(name: "when" | "isIn" | "fillNan", args: readonly Expr[], sql: string[], types: DataType[], out: DataType, d: SqlDialect): string {
  const as = (value: string, type: DataType) => (out.typeId === Type.Null ? value : type.typeId === Type.Null ? `CAST(NULL AS ${d.typeName(out)})` : `CAST(${value} AS ${d.typeName(out)})`);
  if (name === "when") {
    const last = sql.length - 1;
    const branches = sql.slice(0, last).flatMap((p, i) => (i % 2 === 0 ? [`WHEN ${p} THEN ${as(sql[i + 1], types[i + 1])}`] : []));
    return `(CASE ${branches.join(" ")} ELSE ${as(sql[last], types[last])} END)`;
  }
  if (name === "fillNan") return isFloat(types[0]) ? `(CASE WHEN isnan(${sql[0]}) THEN ${as(sql[1], types[1])} ELSE ${as(sql[0], types[0])} END)` : as(sql[0], types[0]);
  const listed = sql.slice(1).filter((_, i) => (args[i + 1].node as LiteralNode).value !== null);
  return `(CASE WHEN ${sql[0]} IS NULL THEN NULL ELSE ${listed.map((v) => `${sql[0]} = ${v}`).join(" OR ") || "FALSE"} END)`;
}

const AGGREGATES = new Set(["count", "sum", "mean", "min", "max", "first", "last", "argmin", "argmax", "nanargmin", "nanargmax", "minBy", "maxBy", "get"]);

/** Whether a function reduces rows. */
export const isAggregateName = (name: string): boolean => AGGREGATES.has(name);

/**
 * A value as a sort or tie-break key: -0 made 0, since an engine's sort may put -0 first where
 * the contract has them equal (the first row then wins).
 */
export function orderKey(value: string, type: DataType): string {
  return isFloat(type) ? `(CASE WHEN ${value} = 0 THEN CAST(0 AS ${type.typeId === Type.Float && (type as unknown as { precision: number }).precision !== 2 ? "FLOAT" : "DOUBLE"}) ELSE ${value} END)` : value;
}

const isWideInteger = (type: DataType): boolean => type.typeId === Type.Int && (type as unknown as { bitWidth: number }).bitWidth === 64;

/**
 * Operands an engine compares exactly. A 64-bit integer against a float is compared as numbers,
 * not after rounding the integer to a double: both are doubled in the wide integer type, the float
 * as twice its floor plus one when it has a fraction (an odd number, between the even doubles of
 * its neighbouring integers) and as a value past every integer beyond the 64-bit range — so
 * `2^53 + 1 > 2^53` holds. `compare` handles NaN and null first.
 */
function exactOperands(sql: string[], types: DataType[], d: SqlDialect): string[] {
  const [i, f] = isWideInteger(types[0]) && isFloat(types[1]) ? [0, 1] : isWideInteger(types[1]) && isFloat(types[0]) ? [1, 0] : [-1, -1];
  if (i < 0) return sql;
  const x = sql[f];
  const limit = "CAST('1.8446744073709552e19' AS DOUBLE)";
  // Twice the float, rounded towards the nearest odd number when it has a fraction: the integer
  // doubled is even, so the comparison of the doubled values is the exact one.
  const doubled = `(CASE WHEN isnan(${x}) THEN NULL WHEN ${x} >= ${limit} THEN CAST('40000000000000000000' AS ${d.wideInteger}) WHEN ${x} <= -${limit} THEN CAST('-40000000000000000000' AS ${d.wideInteger})`
    + ` WHEN ${x} = floor(${x}) THEN CAST(${x} AS ${d.wideInteger}) * 2 ELSE CAST(floor(${x}) AS ${d.wideInteger}) * 2 + 1 END)`;
  const pair = [...sql];
  pair[i] = `(CAST(${sql[i]} AS ${d.wideInteger}) * 2)`;
  pair[f] = doubled;
  return pair;
}

/** IEEE comparison: NaN is unequal to everything, itself included; a null operand gives null. */
function compare(op: string, isNeq: boolean, [a, b]: string[], exact: string[], types: DataType[]): string {
  const plain = `(${exact[0]} ${op} ${exact[1]})`;
  const nans = [a, b].filter((_, i) => isFloat(types[i])).map((s) => `isnan(${s})`);
  if (nans.length === 0) return plain;
  return `(CASE WHEN ${a} IS NULL OR ${b} IS NULL THEN NULL WHEN ${nans.join(" OR ")} THEN ${isNeq ? "TRUE" : "FALSE"} ELSE ${plain} END)`;
}

/**
 * Arithmetic in the output type. Floats as IEEE; integers exactly in a wider type, then wrapped to
 * the output width as two's complement (`mod` by zero is null, as SQL gives).
 */
function arithmetic(op: string, [a, b]: string[], types: DataType[], out: DataType, d: SqlDialect): string {
  const outType = d.typeName(out);
  if (isFloat(out)) {
    if (op === "%") return `(CASE WHEN ${a} IS NULL OR ${b} IS NULL THEN NULL WHEN CAST(${b} AS ${outType}) = 0 THEN CAST('NaN' AS ${outType}) ELSE CAST(${a} AS ${outType}) % CAST(${b} AS ${outType}) END)`;
    return `(CAST(${a} AS ${outType}) ${op} CAST(${b} AS ${outType}))`;
  }
  if (types.some((t) => t.typeId === Type.Bool)) throw new SqlLoweringError("arithmetic on Bool has no SQL lowering yet");
  const bits = (out as unknown as { bitWidth: number }).bitWidth;
  const wide = wideFor(bits, d);
  return wrapInteger(`(CAST(${a} AS ${wide}) ${op} CAST(${b} AS ${wide}))`, bits, d);
}

const wideFor = (bits: number, d: SqlDialect): string => (bits === 64 ? d.wideInteger : "BIGINT");

/**
 * An exact integer (in the dialect's wide type) wrapped to a signed width as two's complement, as
 * the engine's integer arithmetic and sums wrap.
 * @param exact - SQL of the exact value, already of the wide type
 * @param bits - the output width
 * @param d - the dialect
 */
export function wrapInteger(exact: string, bits: number, d: SqlDialect): string {
  const wide = wideFor(bits, d);
  const half = `CAST(${2n ** BigInt(bits - 1)} AS ${wide})`;
  const modulus = `CAST(${2n ** BigInt(bits)} AS ${wide})`;
  const type = bits === 64 ? "BIGINT" : bits === 32 ? "INT" : bits === 16 ? "SMALLINT" : "TINYINT";
  // A non-negative remainder, not a bit mask: Spark's `&` takes no DECIMAL, its wide type.
  return `CAST(((((${exact} + ${half}) % ${modulus}) + ${modulus}) % ${modulus}) - ${half} AS ${type})`;
}

/** The text of a literal setting (a unit), or undefined for none. */
function literalText(expr: Expr | undefined): string | undefined {
  let node = expr?.node;
  while (node?.kind === "alias") node = node.input.node;
  return node?.kind === "literal" ? String(node.value) : undefined;
}

/** A literal of its own type; floats through their shortest decimal text, so every bit survives. */
function lowerLiteral(node: LiteralNode, d: SqlDialect): string {
  const { value, type } = node;
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return d.string(value);
  if (type.typeId === Type.Date) throw new SqlLoweringError("Date literals have no SQL lowering yet");
  if (typeof value === "bigint" || Number.isInteger(value) && !Object.is(value, -0) && type.typeId === Type.Int) return `CAST(${value} AS ${d.typeName(type)})`;
  return `CAST(${d.string(Object.is(value, -0) ? "-0.0" : String(value))} AS DOUBLE)`;
}
