/**
 * The outcome classes of one fuzzed input, from harmless to worst.
 *
 * - `ok`: every path answered, and every answer equals the reference decoding's.
 * - `error`: some path threw a documented error (IpcScanError, ColumnNotFoundError, ValueError,
 *   AxisError, AbortError) — the right answer to a bad input.
 * - `internal-error`: some path threw anything else (TypeError, RangeError, …).
 * - `mismatch`: some path answered differently from the reference, or answered an invalid input.
 * - `hang`: the input ran past its time limit.
 * - `oom`: the worker ran out of its heap, or ArrayBuffer memory grew past 4× the input (+16 MB).
 * - `crash`: the worker died from an error no `try/catch` could hold.
 */
export const OUTCOMES = ["ok", "error", "internal-error", "mismatch", "hang", "oom", "crash"] as const;

/** One outcome class. */
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes that are bugs. */
export const FAILURES: readonly Outcome[] = ["internal-error", "mismatch", "hang", "oom", "crash"];

/**
 * Whether `a` is worse than `b`.
 * @param a - an outcome
 * @param b - an outcome
 * @returns true when `a` ranks after `b` in {@link OUTCOMES}
 */
export function worse(a: Outcome, b: Outcome): boolean {
  return OUTCOMES.indexOf(a) > OUTCOMES.indexOf(b);
}
