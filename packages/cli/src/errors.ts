/** The command's exit codes. */
export const EXIT = {
  ok: 0,
  /** The data could not be read: a missing, unreadable or malformed file. */
  badInput: 1,
  /** The command line is wrong: an unknown option or column, an expression that does not parse or type. */
  badUsage: 2,
  /** Interrupted (Ctrl-C), as shells report SIGINT: 128 + 2. */
  interrupted: 130,
} as const;

/** An error the command reports in one line, with the exit code it ends with. */
export class CliError extends Error {
  override readonly name = "CliError";

  /**
   * @param message - the line to print after `quiver: `
   * @param exitCode - one of {@link EXIT}
   * @param cause - the error behind it, shown with `--debug`
   */
  constructor(
    message: string,
    readonly exitCode: number,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** Whether an error is the abort of a run (Ctrl-C). */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/**
 * Runs one stage of a command, turning any error it throws into a CliError with the stage's exit
 * code: reading the input is `badInput`, building the query from the command line is `badUsage`.
 * An abort passes through untouched.
 * @param exitCode - the code an error of this stage ends with
 * @param work - the stage
 * @returns what the stage returns
 */
export async function stage<T>(exitCode: number, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CliError || isAbort(error)) throw error;
    throw new CliError(messageOf(error), exitCode, error);
  }
}

/**
 * Prints an error as `quiver: message` on stderr (with its stack and causes under `--debug`).
 * @param error - what was thrown
 * @param debug - whether to print the stack
 * @returns the exit code to end with
 */
export function reportError(error: unknown, debug: boolean): number {
  const code = isAbort(error) ? EXIT.interrupted : error instanceof CliError ? error.exitCode : EXIT.badInput;
  process.stderr.write(`quiver: ${isAbort(error) ? "interrupted" : messageOf(error)}\n`);
  if (debug) for (let e: unknown = error; e instanceof Error; e = e.cause) process.stderr.write(`${e.stack ?? e.message}\n`);
  return code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
