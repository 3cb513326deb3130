/**
 * A plain description of a lazy query, independent of the engine: a source frame of rows, and the
 * steps applied to it in order. Expressions are JSON-like nodes, so a test can build one query and
 * hand it both to the engine (translated into builder calls) and to this interpreter.
 */
import type { Cell } from "../cell.js";

/** The column types the interpreter models; "null" is the type of `lit(null)`. */
export type RefType = "int32" | "int64" | "float64" | "utf8" | "bool" | "null";

/** A literal value; its type follows from the value as `lit` documents (see literalType). */
export type RefLiteral = null | number | bigint | boolean | string;

/** Row-wise functions: one output value per row. */
export type RefScalarFunction =
  | "add" | "sub" | "mul" | "div" | "mod"
  | "eq" | "neq" | "lt" | "lte" | "gt" | "gte"
  | "and" | "or" | "not"
  | "isNull" | "isNotNull" | "isNaN" | "fillNull";

/** Aggregates: one value from all rows of a frame or a group. */
export type RefAggregateFunction =
  | "count" | "sum" | "mean" | "min" | "max" | "first" | "last"
  | "argmin" | "argmax" | "nanargmin" | "nanargmax" | "minBy" | "maxBy" | "get";

/** Window functions: one value per row, from other rows of the frame or partition. */
export type RefWindowFunction =
  | "cumSum" | "cumMin" | "cumMax" | "cumCount" | "cumArgmin" | "cumArgmax" | "shift" | "rowNumber" | "rank"
  | "rollingMin" | "rollingMax" | "rollingSum" | "rollingMean" | "rollingArgmin" | "rollingArgmax";

/** The conditionals: `when(p, v, …, otherwise)`, `isIn(x, values…)`, `fillNan(x, v)`. */
export type RefConditionalFunction = "when" | "isIn" | "fillNan";

/** The string functions, under `str.` as the builder spells them. */
export type RefStringFunction =
  | "str.lenBytes" | "str.lenChars" | "str.contains" | "str.startsWith" | "str.endsWith" | "str.lower" | "str.upper"
  | "str.strip" | "str.slice" | "str.replace" | "str.replaceAll" | "str.splitGet";

/** Any function of the expression language. */
export type RefFunction = RefScalarFunction | RefAggregateFunction | RefWindowFunction | RefConditionalFunction | RefStringFunction;

/** Settings of a call that are not expressions: a rank's method, a rolling window's minPeriods. */
export type RefOptions = Readonly<Record<string, string | number | boolean>>;

/**
 * An expression node. The receiver of a method is the first argument:
 * `col("x").minBy(col("y"))` is `{ fn: "minBy", args: [{ col: "x" }, { col: "y" }] }`.
 */
export type RefExpr =
  | { readonly col: string }
  | { readonly lit: RefLiteral }
  | { readonly fn: RefFunction; readonly args: readonly RefExpr[]; readonly options?: RefOptions }
  | { readonly over: RefExpr; readonly keys: readonly RefExpr[] }
  | { readonly alias: string; readonly input: RefExpr }
  | { readonly cast: RefType; readonly input: RefExpr };

/** How one sort key orders: reversed values, and where nulls go (last unless told otherwise). */
export interface RefSortKey {
  readonly by: RefExpr;
  readonly descending: boolean;
  readonly nullsLast: boolean;
}

/** One step of a query. */
export type RefStep =
  | { readonly filter: RefExpr }
  | { readonly select: readonly RefExpr[] }
  | { readonly withColumns: readonly RefExpr[] }
  | { readonly groupBy: readonly RefExpr[]; readonly agg: readonly RefExpr[] }
  | { readonly sort: readonly RefSortKey[] }
  | { readonly slice: { readonly offset: number; readonly length: number | null } }
  | { readonly withRowIndex: string }
  | { readonly join: RefJoin }
  | { readonly unique: { readonly subset: readonly string[] | null; readonly keep: "first" | "last" | "any" | "none" } }
  | { readonly tail: number }
  | { readonly concat: number };

/** A join of the rows so far (the left) with the rows of another query (the right). */
export interface RefJoin {
  readonly right: RefQuery;
  readonly how: "inner" | "left" | "right" | "full" | "semi" | "anti" | "cross";
  readonly leftOn: readonly string[];
  readonly rightOn: readonly string[];
  readonly suffix: string;
}

/** A frame's shape: column names and types, in order. */
export interface RefSchema {
  readonly names: readonly string[];
  readonly types: readonly RefType[];
}

/** A frame: its schema and its rows, row-major (`rows[r][c]` is row r of column c). */
export interface RefFrame extends RefSchema {
  readonly rows: readonly (readonly Cell[])[];
}

/** A query: a source frame and the steps applied to it, first to last. */
export interface RefQuery {
  readonly source: RefFrame;
  readonly steps: readonly RefStep[];
}
