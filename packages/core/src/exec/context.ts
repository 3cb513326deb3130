import type { ScanProgress } from "../plan/nodes.js";

/** What a running query is given: a way to stop it, and a way to watch it. */
export interface ExecContext {
  /** Aborts the query: the next batch boundary throws an AbortError and sources are released. */
  readonly signal?: AbortSignal;
  /** Called as the sources are read, with cumulative rows and bytes. */
  readonly onProgress?: (progress: ScanProgress) => void;
}

/** Throws the AbortError of an aborted signal. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const reason = signal.reason;
    throw reason instanceof Error ? reason : Object.assign(new Error("the query was aborted"), { name: "AbortError" });
  }
}
