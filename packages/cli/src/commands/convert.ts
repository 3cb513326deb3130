import type { LazyFrame, RunOptions } from "@quiver/core";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { type Format, formatOf } from "../input/formats.js";
import { execute, load } from "./stages.js";

/** Options of `quiver convert`. */
export interface ConvertOptions {
  /** The input's format, when its extension does not tell. */
  from?: string;
  /** The output's format, when its extension does not tell. */
  to?: string;
}

type Sink = (frame: LazyFrame, path: string, options: RunOptions) => Promise<void>;

/** How each format is written, batch by batch, atomically: the file appears only when complete. */
const SINKS: Readonly<Record<Format, Sink>> = {
  ipc: (frame, path, options) => frame.sinkIpc(path, options),
  parquet: (frame, path, options) => frame.sinkParquet(path, options),
  csv: (frame, path, options) => frame.sinkCsv(path, options),
  ndjson: (frame, path, options) => frame.sinkNdjson(path, options),
};

/**
 * `quiver convert IN OUT`: streams a file from one format into another, batch by batch. The
 * output appears only once complete; a failure or Ctrl-C leaves no partial file.
 * @param from - the input path, or `-`
 * @param to - the output path
 * @param options - the formats, when the extensions do not tell
 * @param context - the command's context
 */
export async function convertCommand(from: string, to: string, options: ConvertOptions, context: Context): Promise<void> {
  if (to === "-") throw new CliError("convert writes to a file; to print rows use `quiver query FILE --csv` or `--json`", EXIT.badUsage);
  const format = formatOf(to, options.to)!;
  const sink = SINKS[format];
  const input = await load(from, { format: options.from }, context);
  await execute(input, context, (run) => sink(input.frame, to, run));
}
