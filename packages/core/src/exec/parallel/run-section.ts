/**
 * Runs a section on worker threads (Node only). The scan's batches are cut into morsels, which go
 * to the workers as they free up; each worker runs the row-wise steps over its morsel and returns
 * the rows or its partial fold. Results are taken in morsel order — rows passed on, partial folds
 * merged once every morsel of their batch is in — so the output is the one-thread output whatever
 * the number of threads. Until the input has shown `minRows` rows (a source of unknown length),
 * batches run on the calling thread, through the same operators; so do a file's batches that were
 * not read into shared memory. A batch the source handed over (read for this run) is released
 * once every morsel of it is in, or once it ran here into a fold (rows given here may still
 * point into it, so those batches are left to the garbage collector).
 *
 * Workers take morsels only once loaded (see pool.ts); a morsel still queued when its turn comes
 * is taken back and run on the calling thread, so a query never waits for a worker to start.
 *
 * A morsel that fails (a value a strict cast cannot take…) or a worker that dies does not decide
 * the error: its batch, and everything after it, runs again on the calling thread with each
 * operator numbering rows from the count that entered it before, so the query fails exactly as on
 * one thread (the same error, at the same row) — or, if the failure was the worker's own, goes on.
 */
import { type Field, type RecordBatch, util } from "apache-arrow";

const { compareTypes } = util;
import { columnsOf, makeBatch } from "../batch.js";
import { raceAbort } from "../context.js";
import type { Operator } from "../operator.js";
import { releaseBatch } from "../release-batch.js";
import { GlobalFold, GroupFold } from "../operators/aggregate-folds.js";
import { addCounts, chainOf, pushCounting } from "./chain.js";
import { type MorselResult, type MorselTask, runMorsel } from "./morsel.js";
import { type Task, WorkerPool } from "./pool.js";
import type { Section } from "./section.js";
import { encodeSection, type SectionWire } from "./section-wire.js";
import { morselRowsFor, parallelTuning } from "./tuning.js";
import { decodeData, encodeData, inSharedMemory, sharedData } from "./wire-data.js";
import { decodeSchema, decodeTypes } from "./wire-schema.js";
import { decodeState } from "./wire-state.js";
import type { MorselMessage } from "./worker.js";

const pool = new WorkerPool(() => parallelTuning().idleMs);
let queries = 0;
const activity = { morsels: 0, morselsHere: 0, rerunOnThisThread: 0 };

/**
 * What the workers have done in this process: morsels whose results were used (run by workers,
 * and taken back from the queue and run on the calling thread), and sections run again on the
 * calling thread after a morsel failed; and the live worker threads (none once the idle timeout
 * has passed). For tests.
 */
export function parallelActivity(): { morsels: number; morselsHere: number; rerunOnThisThread: number; liveWorkers: number } {
  return { ...activity, liveWorkers: pool.size };
}

/**
 * Starts `threads` worker threads and waits until each has loaded the engine, so that a test's
 * first queries find them ready.
 * @param threads - how many
 */
export function warmWorkers(threads: number): Promise<void> {
  return pool.warm(threads);
}

/** Ends every worker thread now (a test's clean-up); the next parallel query starts them again. */
export function closeWorkers(): Promise<void> {
  return pool.close();
}

/**
 * A morsel on its way — its batch (by number), whether it ends that batch, and its result to come —
 * or a batch to run on this thread when its turn comes.
 */
type Posted =
  | { readonly batch: number; readonly last: boolean; readonly task: MorselTask; readonly sent: Task }
  | { readonly batch: number; readonly last: true; readonly here: RecordBatch };

/** A section's input: its scan's batches, as read. */
export interface SectionInput {
  readonly batches: AsyncIterable<RecordBatch>;
  /** The input's rows when known (sizes the morsels). */
  readonly rowCount: number | undefined;
  /** Whether the batches are this run's to release (see ScanSource.handsOverBatches). */
  readonly owned: boolean;
}

/**
 * The section's output batches, computed on `threads` worker threads.
 * @param section - the section
 * @param input - its scan's batches
 * @param threads - how many workers may run at once
 * @param signal - aborts the run at once; the workers skip its queued morsels
 */
export async function* runSection(section: Section, input: SectionInput, threads: number, signal?: AbortSignal): AsyncGenerator<RecordBatch> {
  const { rowCount, owned } = input;
  const fold = section.fold === null ? null : section.fold.kind === "select" ? new GlobalFold(section.fold) : new GroupFold(section.fold);
  const rowsTop = section.steps.at(-1) ?? section.scan;
  const abandoned = new Int32Array(new SharedArrayBuffer(4));
  const morselRows = morselRowsFor(rowCount ?? Infinity, threads);
  // Only in-memory sources know their length: their buffers are worth copying into shared memory
  // once (the copy is kept with the table); a file's batches go to workers when read into it.
  const inMemory = rowCount !== undefined;
  const query = ++queries;
  const iterator = input.batches[Symbol.asyncIterator]();
  /** Pulled batches whose morsels are not all in, by number; rerun from here after a failure. */
  const open = new Map<number, RecordBatch>();
  const posted: Posted[] = [];
  /** Rows that entered each operator over the batches done; counts of the current batch apart. */
  const before: number[] = [];
  let current: number[] = [];
  let staged: MorselResult[] = [];
  let givenOfBatch = 0;
  let pulled = 0;
  let local: Operator[] | null = null;
  let wire: SectionWire | null = null;
  let cursor = { batch: -1, start: 0, rows: 0 };
  let ended = false;
  const outputFields = new Map<string, Field[]>();

  /** Batch `n` is done: forgotten, and released when no output may point into it. */
  const done = (n: number, outputMayShare: boolean): void => {
    const batch = open.get(n);
    open.delete(n);
    if (owned && !outputMayShare && batch !== undefined) releaseBatch(batch);
  };

  /** The next batch of the input that has rows (empty ones change nothing), or null at its end. */
  const pull = async (): Promise<RecordBatch | null> => {
    for (;;) {
      if (ended) return null;
      const next = await raceAbort(iterator.next(), signal);
      if (next.done) return (ended = true), null;
      if (next.value.numRows === 0) continue;
      open.set(++cursor.batch, next.value);
      cursor = { batch: cursor.batch, start: 0, rows: next.value.numRows };
      pulled += next.value.numRows;
      return next.value;
    }
  };

  /**
   * Posts morsels until `threads` × 2 are on their way, the input ends, or a batch is to run here
   * (reading further ahead would only hold more batches in memory).
   */
  const fill = async (): Promise<void> => {
    while (posted.length < threads * 2 && !(posted.length > 0 && "here" in posted[posted.length - 1])) {
      if (cursor.start >= cursor.rows && (await pull()) === null) return;
      const batch = open.get(cursor.batch)!;
      if (!inMemory && cursor.start === 0 && !columnsOf(batch).every(inSharedMemory)) {
        // A batch read into ordinary memory would be copied to reach a worker, which costs about
        // what running it here does: it runs here, in its turn.
        posted.push({ batch: cursor.batch, last: true, here: batch });
        cursor.start = cursor.rows;
        continue;
      }
      const length = Math.min(morselRows, cursor.rows - cursor.start);
      wire ??= encodeSection(section, batch.schema);
      const columns = columnsOf(batch).map((c) => encodeData(sharedData(c).slice(cursor.start, length), [], "address"));
      const task: MorselTask = { query, section: wire, columns, length };
      cursor.start += length;
      posted.push({ batch: cursor.batch, last: cursor.start >= cursor.rows, task, sent: pool.run({ task, abandoned } satisfies MorselMessage, [], threads) });
    }
  };

  /** The calling thread's run of batch `from` onward, numbering rows after the batches done. */
  async function* onThisThread(from: number, skip: number): AsyncGenerator<RecordBatch> {
    const chain = chainOf(rowsTop, fold, before);
    const counts: number[] = [];
    let toSkip = skip;
    const run = function* (batch: RecordBatch) {
      for (const out of pushCounting(chain, batch, counts)) {
        if (toSkip >= out.numRows) {
          toSkip -= out.numRows;
          continue;
        }
        yield toSkip > 0 ? out.slice(toSkip) : out;
        toSkip = 0;
      }
    };
    for (const [n, batch] of [...open].sort(([a], [b]) => a - b)) if (n >= from) yield* run(batch);
    for (let batch = await pull(); batch !== null; batch = await pull()) yield* run(batch);
  }

  try {
    // Small inputs of unknown length stay here: the first batches run on this thread.
    while (rowCount === undefined && pulled < parallelTuning().minRows) {
      const batch = await pull();
      if (batch === null) break;
      local ??= chainOf(rowsTop, fold);
      yield* pushCounting(local, batch, before);
      done(cursor.batch, fold === null);
      cursor.start = cursor.rows;
    }
    if (ended) return yield* finishFold();
    for (await fill(); posted.length > 0; await fill()) {
      const morsel = posted.shift()!;
      if ("here" in morsel) {
        yield* pushCounting(chainOf(rowsTop, fold, before), morsel.here, before);
        done(morsel.batch, fold === null);
        continue;
      }
      const taken = morsel.sent.takeBack();
      const result = taken ? here(morsel.task) : await raceAbort(replyOf(morsel.sent), signal);
      if (result instanceof Error || result.kind === "failed") {
        Atomics.store(abandoned, 0, 1);
        activity.rerunOnThisThread++;
        yield* onThisThread(morsel.batch, givenOfBatch);
        return yield* finishFold();
      }
      if (!taken) activity.morsels++;
      addCounts(current, result.rowsIn);
      if (result.kind === "rows") {
        for (const b of result.batches) {
          const fields = fieldsOf(b.schema);
          givenOfBatch += b.length;
          yield makeBatch(fields, b.columns.map((c, i) => decodeData(fields[i].type, c)), b.length);
        }
      } else {
        staged.push(result);
      }
      if (morsel.last) {
        for (const done of staged) merge(done);
        addCounts(before, current);
        [current, staged, givenOfBatch] = [[], [], 0];
        // Workers' output is copied out of the heap: no result points into the batch.
        done(morsel.batch, false);
      }
    }
    yield* finishFold();
  } finally {
    // On success, error, abort and an early `return` (a limit above): this query's queued morsels
    // leave the queue, the workers skip those already sent, and the input is released. A worker
    // may still be reading a morsel sent before: the batches left open are held until every such
    // morsel is back, and only then released.
    const inFlight = posted.flatMap((m) => ("sent" in m && !m.sent.takeBack() ? [m.sent.result] : []));
    Atomics.store(abandoned, 0, 1);
    const left = [...open.keys()];
    const release = () => left.forEach((n) => done(n, fold === null));
    if (inFlight.length === 0) release();
    else void Promise.allSettled(inFlight).then(release);
    await iterator.return?.();
  }

  /**
   * A worker's output fields, with the plan's own type objects where they match: Arrow compares
   * types by class (a decoded Float64 is a Float), and batches made here carry the plan's classes.
   * Nullability stays the worker's: its operators are the ones that run here.
   */
  function fieldsOf(bytes: Uint8Array): Field[] {
    const key = String.fromCharCode(...bytes);
    let fields = outputFields.get(key);
    if (fields === undefined) {
      const planFields = new Map(section.top.schema.fields.map((f) => [f.name, f]));
      fields = decodeSchema(bytes).fields.map((f) => {
        const planField = planFields.get(f.name);
        return planField !== undefined && compareTypes(f.type, planField.type) ? f.clone({ type: planField.type }) : f;
      });
      outputFields.set(key, fields);
    }
    return fields;
  }

  function merge(result: MorselResult): void {
    if (result.kind !== "global" && result.kind !== "groups") return;
    const states = decodeState(result.states, decodeTypes(result.types)) as unknown[];
    if (result.kind === "global") return (fold as GlobalFold).mergeSaved({ states });
    const groups = fold as GroupFold;
    groups.mergeSaved({ keys: result.keys.map((chunks, k) => chunks.map((c) => decodeData(groups.keyTypes[k], c))), states });
  }

  function* finishFold(): Generator<RecordBatch> {
    if (fold instanceof GlobalFold) yield fold.finish();
    else if (fold !== null) yield* fold.finish();
  }
}

/** A morsel taken back from the queue, run on this thread. */
function here(task: MorselTask): MorselResult {
  activity.morselsHere++;
  return runMorsel(task).result;
}

/** A worker's reply to a morsel, or the error that ended its worker. */
async function replyOf(sent: Task): Promise<MorselResult | Error> {
  try {
    return (await sent.result) as MorselResult;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
