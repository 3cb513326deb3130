import type { ScanProgress } from "../plan/nodes.js";

/** What a running query is given: a way to stop it, and a way to watch it. */
export interface ExecContext {
  /** Aborts the query: the next batch boundary throws an AbortError and sources are released. */
  readonly signal?: AbortSignal;
  /** Called as the sources are read, with cumulative rows and bytes. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /**
   * How many threads the query may use: 1 runs it on the calling thread; more lets worker threads
   * run its scans, row-wise steps and aggregates over inputs large enough to gain. Default: see
   * `setDefaultThreads` (1 unless set).
   */
  readonly threads?: number;
}

/** Throws the AbortError of an aborted signal. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const reason = signal.reason;
    throw reason instanceof Error ? reason : Object.assign(new Error("the query was aborted"), { name: "AbortError" });
  }
}

/**
 * Waits for `promise`, but throws as {@link throwIfAborted} as soon as the signal fires.
 * @param promise - the pending work
 * @param signal - the query's signal, if any
 * @returns the promise's value
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      try {
        throwIfAborted(signal);
      } catch (error) {
        reject(error);
      }
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
