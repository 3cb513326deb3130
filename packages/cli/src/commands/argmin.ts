import { col, type DataFrame, type Expr, type LazyFrame } from "@quiver/core";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { parseExpression } from "../language/parser.js";
import { formatFrame, type OutputMode } from "../output/print.js";
import { jsonText, rowsOf, valueText } from "../output/values.js";
import { execute, type InputOptions, load, plan } from "./stages.js";

/** Options of `quiver argmin`. */
export interface ArgminOptions extends InputOptions {
  /** The largest value instead. */
  max?: boolean;
  /** `skip` skips NaN (nanargmin); `propagate` (the default) lets the first NaN win. */
  nan?: string;
  /** Group keys: the answer per group, positions within the group. */
  by?: string[];
  /** Keeps only the rows where this expression is true; positions count the kept rows. */
  where?: string;
}

const POSITION = "position";

/**
 * `quiver argmin FILE COLUMN`: the position of the smallest value (first of ties, nulls skipped,
 * the first NaN winning unless `--nan skip`), that value, and the whole row it is on — in one
 * streamed pass; per group with `--by`.
 * @param file - a path or `-`
 * @param column - the column to minimise
 * @param options - the command's options
 * @param mode - how to print
 * @param context - the command's context
 */
export async function argminCommand(file: string, column: string, options: ArgminOptions, mode: OutputMode, context: Context): Promise<void> {
  const skipNaN = nanSkipped(options.nan);
  const input = await load(file, options, context);
  const columns = input.frame.columns;
  const query = await plan(() => {
    const rows = options.where === undefined ? input.frame : input.frame.filter(parseExpression(options.where, "--where"));
    const winner = (x: Expr) => (options.max ? x.argmax({ skipNaN }) : x.argmin({ skipNaN }));
    const position = winner(col(column));
    const row = columns.map((name) => col(name).get(position).alias(name));
    return grouped(rows, options.by ?? [], [position.alias(POSITION), ...row], columns);
  });
  const df = await execute(input, context, (run) => query.collect(run));
  context.write(options.by?.length ? formatFrame(df, mode) : formatWinner(df, column, mode));
}

/** The aggregates over the whole frame, or per group (keys first, then the answer). */
function grouped(rows: LazyFrame, keys: string[], aggregates: Expr[], columns: string[]): LazyFrame {
  if (keys.length === 0) return rows.select(...aggregates);
  const rowColumns = aggregates.slice(1).filter((_, i) => !keys.includes(columns[i]));
  return rows.groupBy(...keys).agg(aggregates[0], ...rowColumns);
}

/** `--nan skip` or `--nan propagate`. */
function nanSkipped(nan: string | undefined): boolean {
  if (nan === undefined || nan === "propagate") return false;
  if (nan === "skip") return true;
  throw new CliError(`--nan takes "skip" or "propagate", got "${nan}"`, EXIT.badUsage);
}

/** The single answer: position and value, then the winning row. */
function formatWinner(df: DataFrame, column: string, mode: OutputMode): string {
  const { [POSITION]: position, ...row } = rowsOf(df)[0];
  const value = row[column];
  if (mode === "json") return `${jsonText({ position, value, row })}\n`;
  if (mode === "csv") return formatFrame(df, "csv");
  const rowFrame = df.select(...Object.keys(row));
  return `position  ${valueText(position)}\nvalue     ${valueText(value)}\n\n${position === null ? "(no value: every row is null or none is left)\n" : formatFrame(rowFrame, "table")}`;
}
