/**
 * How many threads a query uses when it is not told: a process-wide default, settable. The browser
 * build has no worker threads, so there every query uses one.
 */
import { availableParallelism, hasWorkerThreads } from "#platform";
import { isPositive } from "../../validate/checks.js";
import { workerScript } from "./worker-script.js";

let configured: number | undefined;

/**
 * Sets how many threads `collect`, `stream` and the sinks use when their `threads` option is not
 * given: undefined (the default) uses every available core (`os.availableParallelism()`); 1 runs
 * every query on the calling thread. Inputs too small to gain stay on the calling thread whatever
 * the count.
 * @param threads - a whole number ≥ 1, or undefined for every available core
 * @throws TypeError for anything else
 * @example setDefaultThreads(1) // run every query on the calling thread
 */
export function setDefaultThreads(threads: number | undefined): void {
  const problem = threads === undefined ? undefined : isPositive(threads);
  if (problem !== undefined) throw new TypeError(`setDefaultThreads takes ${problem} or undefined, got ${String(threads)}`);
  configured = threads;
}

/** The default set by {@link setDefaultThreads}; undefined (the default) for every available core. */
export function configuredThreads(): number | undefined {
  return configured;
}

/**
 * The thread count of a query: its own option, else the default, else every available core — when
 * worker threads exist (Node) and their entry can be found; else 1.
 * @param threads - the query's `threads` option
 */
export function threadsFor(threads: number | undefined): number {
  if (!hasWorkerThreads || workerScript() === null) return 1;
  return threads ?? configured ?? availableParallelism();
}
