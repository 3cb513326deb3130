import { col, type DataFrame, type Expr, fromColumns, typeOf } from "@quiver/core";
import type { Field, Schema } from "apache-arrow";
import type { Context } from "../context.js";
import { formatFrame, type OutputMode } from "../output/print.js";
import { rowsOf, valueText } from "../output/values.js";
import { execute, type InputOptions, load, plan } from "./stages.js";

/** The statistics of one column, in the order they are printed; each applies where its type allows. */
const STATISTICS: readonly (readonly [string, (x: Expr) => Expr])[] = [
  ["count", (x) => x.count()],
  ["nulls", (x) => x.isNull().sum()],
  ["min", (x) => x.min()],
  ["max", (x) => x.max()],
  ["argmin", (x) => x.argmin()],
  ["argmax", (x) => x.argmax()],
  ["mean", (x) => x.mean()],
];

/**
 * `quiver describe FILE`: one row per column — its type, count of values and of nulls, min, max,
 * argmin, argmax and mean — computed in one streamed pass.
 * @param file - a path or `-`
 * @param options - the format flag
 * @param mode - how to print
 * @param context - the command's context
 */
export async function describeCommand(file: string, options: InputOptions, mode: OutputMode, context: Context): Promise<void> {
  const input = await load(file, options, context);
  const schema = await input.frame.collectSchema();
  const aggregates = schema.fields.flatMap((field, c) => applicable(field, schema).map(([stat, expr]) => expr.alias(`${c}:${stat}`)));
  const query = await plan(() => input.frame.select(...aggregates));
  const df = await execute(input, context, (run) => query.collect(run));
  context.write(formatFrame(summary(schema, df), mode));
}

/** The statistics that type-check for a column. */
function applicable(field: Field, schema: Schema): [string, Expr][] {
  return STATISTICS.flatMap(([stat, make]): [string, Expr][] => {
    const expr = make(col(field.name));
    try {
      typeOf(expr, schema);
      return [[stat, expr]];
    } catch {
      return [];
    }
  });
}

/** The one-row result reshaped to one row per column; min and max as text, since types differ. */
function summary(schema: Schema, df: DataFrame): DataFrame {
  const [row] = rowsOf(df);
  const stat = (c: number, name: string) => row[`${c}:${name}`] ?? null;
  const fields = schema.fields;
  const toNumber = (value: unknown) => (value === null ? null : Number(value));
  const toInteger = (value: unknown) => (value === null ? null : BigInt(value as bigint));
  return fromColumns({
    column: fields.map((f) => f.name),
    type: fields.map((f) => String(f.type)),
    count: fields.map((_, c) => toInteger(stat(c, "count"))),
    nulls: fields.map((_, c) => toInteger(stat(c, "nulls"))),
    min: fields.map((_, c) => textOrNull(stat(c, "min"))),
    max: fields.map((_, c) => textOrNull(stat(c, "max"))),
    argmin: fields.map((_, c) => toInteger(stat(c, "argmin"))),
    argmax: fields.map((_, c) => toInteger(stat(c, "argmax"))),
    mean: fields.map((_, c) => toNumber(stat(c, "mean"))),
  });
}

function textOrNull(value: unknown): string | null {
  return value === null ? null : valueText(value);
}
