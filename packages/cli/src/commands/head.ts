import type { Context } from "../context.js";
import { formatFrame, type OutputMode } from "../output/print.js";
import { execute, type InputOptions, load, plan } from "./stages.js";

/**
 * `quiver head FILE [-n 10]`: the first rows, reading no more of the file than they need.
 * @param file - a path or `-`
 * @param rows - how many rows
 * @param options - the format flag
 * @param mode - how to print
 * @param context - the command's context
 */
export async function headCommand(file: string, rows: number, options: InputOptions, mode: OutputMode, context: Context): Promise<void> {
  const input = await load(file, options, context);
  const query = await plan(() => input.frame.head(rows));
  const df = await execute(input, context, (run) => query.collect(run));
  context.write(formatFrame(df, mode));
}
