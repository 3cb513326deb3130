/**
 * AbortSignal handling for scans: every abort surfaces as an error named "AbortError", whatever
 * reason the signal carries (a timeout's reason is a "TimeoutError", which callers would not expect
 * from a scan they aborted).
 */

/**
 * The error a scan throws when its signal fires.
 * @param source - the input's name
 * @param signal - the aborted signal; its reason becomes the error's cause
 * @returns an AbortError (the signal's own reason when that already is one)
 */
function abortError(source: string, signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  const error = new DOMException(`${source}: scan aborted`, "AbortError");
  if (reason !== undefined) Object.defineProperty(error, "cause", { value: reason, configurable: true });
  return error;
}

/**
 * Throws the scan's AbortError if the signal has fired.
 * @param source - the input's name
 * @param signal - the scan's signal, if any
 */
export function throwIfAborted(source: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(source, signal);
}

/**
 * Waits for `promise`, but rejects with the scan's AbortError as soon as the signal fires, so an
 * input that never delivers its next chunk cannot hold an aborted scan.
 * @param promise - the pending read
 * @param source - the input's name
 * @param signal - the scan's signal, if any
 * @returns the promise's value
 */
export async function raceAbort<T>(promise: Promise<T>, source: string, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  throwIfAborted(source, signal);
  let onAbort!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError(source, signal));
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
