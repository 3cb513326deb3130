import type { RunOptions } from "@quiver/core";
import type { Input } from "./input/open-input.js";
import { progressBar } from "./progress.js";

/** What every command runs with: the Ctrl-C signal, and where its answer goes. */
export interface Context {
  /** Aborted by Ctrl-C. */
  readonly signal: AbortSignal;
  /** Writes the answer (stdout). */
  readonly write: (text: string) => void;
}

/**
 * Runs a query over an input with a progress bar on a terminal and the Ctrl-C signal.
 * @param context - the command's context
 * @param input - the input whose size the bar measures against
 * @param work - the run, given the options to pass to collect/stream/sink
 * @returns what the run returns
 */
export async function withProgress<T>(context: Context, input: Input, work: (options: RunOptions) => Promise<T>): Promise<T> {
  const bar = progressBar(input.size);
  try {
    return await work({ signal: context.signal, onProgress: (progress) => bar.update(progress) });
  } finally {
    bar.stop();
  }
}
