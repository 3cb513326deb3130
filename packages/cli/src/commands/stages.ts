/**
 * The three stages every command goes through, each with its own exit code: open the input (bad
 * input), build the query from the command line and check it against the schema (bad usage), run
 * it with progress and Ctrl-C (bad input).
 */
import type { LazyFrame, RunOptions } from "@quiver/core";
import { type Context, withProgress } from "../context.js";
import { EXIT, stage } from "../errors.js";
import { type Input, openInput } from "../input/open-input.js";

/** Options every command reading a file takes. */
export interface InputOptions {
  /** The input's format, when its extension does not tell. */
  format?: string;
}

/**
 * Opens the input and reads its schema.
 * @param file - a path or `-`
 * @param options - the command's options
 * @param context - the command's context
 */
export function load(file: string, options: InputOptions, context: Context): Promise<Input> {
  return stage(EXIT.badInput, () => openInput(file, options.format, context.signal));
}

/**
 * Builds a query from the command line and checks it against the input's schema.
 * @param build - builds the query (parsing expressions, naming columns)
 * @returns the checked query
 */
export function plan(build: () => LazyFrame): Promise<LazyFrame> {
  return stage(EXIT.badUsage, async () => {
    const query = build();
    await query.collectSchema();
    return query;
  });
}

/**
 * Runs a query with a progress bar and the Ctrl-C signal.
 * @param input - the input, for the bar's size
 * @param context - the command's context
 * @param work - the run
 */
export function execute<T>(input: Input, context: Context, work: (options: RunOptions) => Promise<T>): Promise<T> {
  return stage(EXIT.badInput, () => withProgress(context, input, work));
}
