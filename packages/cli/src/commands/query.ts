import type { LazyFrame } from "@quiver/core";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { parseExpression, parseExpressionList, parseSortKeys } from "../language/parser.js";
import { formatFrame, type OutputMode } from "../output/print.js";
import { execute, type InputOptions, load, plan } from "./stages.js";

/** Options of `quiver query`, applied in this order: where, group-by + agg (or select), sort, limit. */
export interface QueryOptions extends InputOptions {
  select?: string;
  where?: string;
  groupBy?: string;
  agg?: string;
  sort?: string;
  limit?: number;
  /** Print the optimized plan instead of running it. */
  explain?: boolean;
}

/**
 * `quiver query FILE`: a lazy query from the command line — `--where` filters, `--group-by` with
 * `--agg` reduces each group (`--agg` alone the whole input), `--select` computes columns, then
 * `--sort` and `--limit` — run streamed, or shown as its optimized plan with `--explain`.
 * @param file - a path or `-`
 * @param options - the query's parts, each in the expression language
 * @param mode - how to print
 * @param context - the command's context
 */
export async function queryCommand(file: string, options: QueryOptions, mode: OutputMode, context: Context): Promise<void> {
  if (options.select !== undefined && (options.agg !== undefined || options.groupBy !== undefined)) {
    throw new CliError("--select cannot be combined with --group-by/--agg; name the aggregates in --agg", EXIT.badUsage);
  }
  if (options.groupBy !== undefined && options.agg === undefined) throw new CliError("--group-by needs --agg, e.g. --agg 'argmin(delay)'", EXIT.badUsage);
  const input = await load(file, options, context);
  const query = await plan(() => buildQuery(input.frame, options));
  if (options.explain) {
    context.write(`${query.explain()}\n`);
    return;
  }
  const df = await execute(input, context, (run) => query.collect(run));
  context.write(formatFrame(df, mode));
}

function buildQuery(frame: LazyFrame, options: QueryOptions): LazyFrame {
  let query = frame;
  if (options.where !== undefined) query = query.filter(parseExpression(options.where, "--where"));
  if (options.groupBy !== undefined) {
    query = query.groupBy(...parseExpressionList(options.groupBy, "--group-by")).agg(...parseExpressionList(options.agg!, "--agg"));
  } else if (options.agg !== undefined) {
    query = query.select(...parseExpressionList(options.agg, "--agg"));
  }
  if (options.select !== undefined) query = query.select(...parseExpressionList(options.select, "--select"));
  if (options.sort !== undefined) {
    const keys = parseSortKeys(options.sort, "--sort");
    query = query.sort(
      keys.map((k) => k.expr),
      { descending: keys.map((k) => k.descending) },
    );
  }
  if (options.limit !== undefined) query = query.limit(options.limit);
  return query;
}
