/**
 * How many threads a query uses when it is not told: a process-wide default, settable. The browser
 * build has no worker threads, so there every query uses one.
 */
import { hasWorkerThreads } from "#platform";
import { isPositive } from "../../validate/checks.js";
import { workerScript } from "./worker-script.js";

/**
 * The built-in default: one thread. Every core was measured slower on the benchmark machine (2
 * cores, `pnpm bench --quick`, median ms, 1 thread vs 2 threads): S1 in-memory argmin of 10^6
 * Float64 15.4 vs 49.2, S3 group-by argmin of 10^6 rows 33.5 vs 56.4, S5 streamed 10^7-row file
 * (whole process, workers' start included) 377 vs 911. Queries opt in with `threads` or
 * {@link setDefaultThreads}.
 */
const DEFAULT_THREADS = 1;

let configured: number | undefined;

/**
 * Sets how many threads `collect`, `stream` and the sinks use when their `threads` option is not
 * given: 1 (the default) runs every query on the calling thread; more lets worker threads run the
 * scans, filters, projections and aggregates of large inputs (`os.availableParallelism()` for
 * every core). Inputs too small to gain stay on the calling thread whatever the count.
 * @param threads - a whole number ≥ 1, or undefined for the default (1)
 * @throws TypeError for anything else
 * @example setDefaultThreads(availableParallelism()) // every core (from node:os)
 */
export function setDefaultThreads(threads: number | undefined): void {
  const problem = threads === undefined ? undefined : isPositive(threads);
  if (problem !== undefined) throw new TypeError(`setDefaultThreads takes ${problem} or undefined, got ${String(threads)}`);
  configured = threads;
}

/**
 * The thread count of a query: its own option, else the default — when worker threads exist (Node)
 * and their entry can be found; else 1.
 * @param threads - the query's `threads` option
 */
export function threadsFor(threads: number | undefined): number {
  if (!hasWorkerThreads || workerScript() === null) return 1;
  return threads ?? configured ?? DEFAULT_THREADS;
}
