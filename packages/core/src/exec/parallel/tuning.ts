/**
 * When a query goes to worker threads, and in pieces of what size.
 *
 * PARALLEL_MIN_ROWS was measured with `bench/src/micro/parallel-cutover.ts --quick` (in-memory
 * Float64 columns, threads 1 vs 2 with the parallel path forced, median of 5 runs) on the 2-core
 * benchmark machine while it was shared with other work. 2-thread / 1-thread time: at 200,000 rows
 * argmin 27×, sum 1.6×, a filtered group-by 1.0×; at 1,000,000 rows argmin 9× (0.8 ms on one thread:
 * the SIMD scan leaves nothing to share), sum 0.28×, group-by 1.3×. No query gained below a million
 * rows, so smaller inputs stay on the calling thread.
 */
export const PARALLEL_MIN_ROWS = 1_000_000;

/** Each thread gets about this many morsels, so a slow one can be caught up by the others. */
const MORSELS_PER_THREAD = 4;
/** Morsels hold at least this many rows (fewer only at a batch's end)... */
const MIN_MORSEL_ROWS = 1 << 14;
/** ...and at most this many, so results stream and memory in flight stays bounded. */
const MAX_MORSEL_ROWS = 1 << 20;

/** Workers idle this long end; the next query starts them again. */
const IDLE_MS = 2000;

/** The settings a run uses; tests shrink them to force parallel runs over tiny inputs. */
export interface ParallelTuning {
  /** Inputs of fewer rows run on the calling thread. */
  readonly minRows: number;
  /** Rows per morsel, or undefined to size morsels by the input and thread count. */
  readonly morselRows: number | undefined;
  /** How long an idle worker waits for work before it ends, in milliseconds. */
  readonly idleMs: number;
}

const DEFAULT_TUNING: ParallelTuning = { minRows: PARALLEL_MIN_ROWS, morselRows: undefined, idleMs: IDLE_MS };
let tuning = DEFAULT_TUNING;

/**
 * Overrides the cut-over, morsel size and idle timeout (for tests: `{ minRows: 0, morselRows: 3 }`
 * sends even a ten-row query to the workers in several morsels); undefined restores the defaults.
 * @param next - the settings, or undefined
 */
export function setParallelTuning(next: Partial<ParallelTuning> | undefined): void {
  tuning = { ...DEFAULT_TUNING, ...next };
}

/** The settings in force. */
export function parallelTuning(): ParallelTuning {
  return tuning;
}

/** The rows per morsel for an input of `rows` rows on `threads` threads. */
export function morselRowsFor(rows: number, threads: number): number {
  if (tuning.morselRows !== undefined) return tuning.morselRows;
  return Math.min(MAX_MORSEL_ROWS, Math.max(MIN_MORSEL_ROWS, Math.ceil(rows / (threads * MORSELS_PER_THREAD))));
}
