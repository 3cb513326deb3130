/**
 * Plain query descriptions as engine calls, and the engine's answer as plain values, so a query
 * can be run by both the engine and the interpreter and the two answers compared cell by cell.
 */
import { col, concat, type DataFrame, type Expr, fromArrow, type LazyFrame, lit, rowNumber, when } from "@quiver/core";
import { toPlainValues } from "@quiver/core/testing";
import { Bool, type DataType, Float64, Int32, Int64, Null, Utf8 } from "apache-arrow";
import type { Cell, RefExpr, RefFrame, RefLiteral, RefOptions, RefSchema, RefType } from "../src/index.js";
import type { BuiltStep } from "./plan-generator.js";

const ARROW: Record<RefType, () => DataType> = {
  int32: () => new Int32(),
  int64: () => new Int64(),
  float64: () => new Float64(),
  utf8: () => new Utf8(),
  bool: () => new Bool(),
  null: () => new Null(),
};

/**
 * The engine's name of a modelled type, as `String(dataType)` spells it.
 * @param type - a modelled type
 * @returns e.g. "Int64"
 */
export function arrowTypeName(type: RefType): string {
  return String(ARROW[type]());
}

/**
 * An expression description as a builder expression.
 * @param e - the description
 * @returns the engine's expression
 * @example toEngineExpr({ fn: "argmin", args: [{ col: "x" }] }) // col("x").argmin()
 */
export function toEngineExpr(e: RefExpr): Expr {
  if ("col" in e) return col(e.col);
  if ("lit" in e) return lit(e.lit);
  if ("alias" in e) return toEngineExpr(e.input).alias(e.alias);
  if ("cast" in e) return toEngineExpr(e.input).cast(ARROW[e.cast]());
  if ("over" in e) return toEngineExpr(e.over).over(...e.keys.map(toEngineExpr));
  if (e.fn === "rowNumber") return rowNumber();
  if (e.fn === "when") return whenChain(e.args.map(toEngineExpr));
  if (e.fn === "isIn") return toEngineExpr(e.args[0]).isIn(e.args.slice(1).map((a) => (a as { lit: RefLiteral }).lit));
  const settings = (i: number) => Number((e.args[i] as { lit: number }).lit);
  if (e.fn === "shift") return toEngineExpr(e.args[0]).shift(settings(1));
  if (e.fn.startsWith("rolling")) {
    const method = (toEngineExpr(e.args[0]) as unknown as Record<string, (size: number, options?: object) => Expr>)[e.fn];
    return method.call(toEngineExpr(e.args[0]), settings(1), e.options);
  }
  if (e.fn === "rank") return toEngineExpr(e.args[0]).rank(e.options as Parameters<Expr["rank"]>[0]);
  if (e.fn.startsWith("str.")) return stringCall(e.fn.slice(4), toEngineExpr(e.args[0]), e.args.slice(1).map((a) => (a as { lit: RefLiteral }).lit), e.options);
  const [receiver, ...rest] = e.args.map(toEngineExpr);
  const method = (receiver as unknown as Record<string, (...args: Expr[]) => Expr>)[e.fn];
  return method.call(receiver, ...rest);
}

/** `x.str.name(…settings)`, a pattern made a RegExp when the options say so, splitGet as split().get(). */
function stringCall(name: string, x: Expr, settings: RefLiteral[], options: RefOptions | undefined): Expr {
  const [first, ...rest] = settings;
  if (name === "splitGet") return x.str.split(first as string).get(Number(rest[0]));
  const pattern = options?.regex === true ? new RegExp(first as string, (options.flags as string | undefined) ?? "") : first;
  const method = (x.str as unknown as Record<string, (...args: unknown[]) => Expr>)[name];
  return method.call(x.str, ...(settings.length === 0 ? [] : [pattern, ...rest]));
}

/** when(p1).then(v1)….otherwise(last) from the arguments p1, v1, …, last. */
function whenChain(args: Expr[]): Expr {
  let chain = when(args[0]).then(args[1]);
  for (let i = 2; i + 1 < args.length; i += 2) chain = chain.when(args[i]).then(args[i + 1]);
  return chain.otherwise(args[args.length - 1]);
}

/**
 * Applies one step to a LazyFrame, spelled as the generator chose.
 * @param lf - the query so far
 * @param built - the step
 * @returns the longer query
 */
export function applyStep(lf: LazyFrame, built: BuiltStep): LazyFrame {
  const { step, spelling } = built;
  if ("filter" in step) return lf.filter(toEngineExpr(step.filter));
  if ("select" in step) return lf.select(...step.select.map(toEngineExpr));
  if ("withColumns" in step) return lf.withColumns(...step.withColumns.map(toEngineExpr));
  if ("groupBy" in step) return lf.groupBy(...step.groupBy.map(toEngineExpr)).agg(...step.agg.map(toEngineExpr));
  if ("sort" in step) {
    const keys = step.sort.map((k) => ("col" in k.by && spelling !== "perKey" ? k.by.col : toEngineExpr(k.by)));
    if (spelling === "defaults") return lf.sort(keys.length === 1 ? keys[0] : keys);
    if (spelling === "shared") return lf.sort(keys, { descending: step.sort[0].descending, nullsLast: step.sort[0].nullsLast });
    return lf.sort(keys, { descending: step.sort.map((k) => k.descending), nullsLast: step.sort.map((k) => k.nullsLast) });
  }
  if ("slice" in step) {
    const { offset, length } = step.slice;
    if (spelling === "head") return lf.head(length ?? undefined);
    if (spelling === "limit") return lf.limit(length!);
    return lf.slice(offset, length);
  }
  if ("unique" in step) return lf.unique({ ...(step.unique.subset === null ? {} : { subset: step.unique.subset }), keep: step.unique.keep });
  if ("tail" in step) return lf.tail(step.tail);
  if ("concat" in step) return concat(Array.from({ length: step.concat }, () => lf));
  if ("join" in step) {
    const right = built.right!.steps.reduce<LazyFrame>(applyStep, fromArrow(built.right!.table).lazy());
    const { leftOn, rightOn, how, suffix } = step.join;
    const keys = spelling === "plain" ? { leftOn, rightOn } : spelling === "on" ? { on: leftOn } : {};
    return lf.join(right, { ...keys, how, ...(suffix === "_right" ? {} : { suffix }) });
  }
  return lf.withRowIndex(step.withRowIndex);
}

/**
 * The schema of a LazyFrame in the interpreter's terms (type names as the engine spells them).
 * @param lf - the query
 * @returns names and type names
 */
export function engineSchema(lf: LazyFrame | DataFrame): { names: string[]; types: string[] } {
  return { names: lf.schema.fields.map((f) => f.name), types: lf.schema.fields.map((f) => String(f.type)) };
}

/**
 * A schema of the interpreter with the engine's type names, to compare with engineSchema.
 * @param schema - the interpreter's schema
 * @returns names and type names
 */
export function expectedSchema(schema: RefSchema): { names: string[]; types: string[] } {
  return { names: [...schema.names], types: schema.types.map(arrowTypeName) };
}

/**
 * A collected DataFrame as plain columns: Int64 as bigint, Int32 and Float64 as numbers, and so
 * on (see toPlainValues).
 * @param df - the engine's result
 * @returns column-major cells
 */
export function engineColumns(df: DataFrame): Cell[][] {
  return df.columns.map((_, c) => toPlainValues(df.table.getChildAt(c)!));
}

/**
 * The interpreter's frame, column-major.
 * @param frame - the interpreter's result
 * @returns column-major cells
 */
export function referenceColumns(frame: RefFrame): Cell[][] {
  return frame.names.map((_, c) => frame.rows.map((row) => row[c]));
}

/**
 * A cell as text that tells apart exactly what sameCell tells apart (-0 from 0, 1 from 1n),
 * for readable failure diffs.
 * @param cell - a plain value
 * @returns its token
 */
export function cellToken(cell: Cell): string {
  if (typeof cell === "number") return Object.is(cell, -0) ? "-0" : String(cell);
  if (typeof cell === "bigint") return `${cell}n`;
  if (typeof cell === "string") return JSON.stringify(cell);
  if (cell instanceof Uint8Array) return `bytes(${Array.from(cell).join(",")})`;
  return String(cell);
}
