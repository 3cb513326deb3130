/**
 * Runs a section on worker threads (Node only): the scan's batches are cut into morsels, which go
 * to the workers as they free up; each worker runs the row-wise steps over its morsel and returns
 * the rows or its partial fold. Results are taken in morsel order — rows are passed on, partial
 * folds merged — so the output is the one-thread output whatever the number of threads.
 *
 * A morsel that fails (a value a strict cast cannot take…) or a worker that dies does not decide
 * the error: the section is run again on this thread, skipping the rows already given, so the
 * query fails exactly as it does on one thread (the same error, numbered at the same row).
 */
import type { RecordBatch } from "apache-arrow";
import { columnsOf, makeBatch } from "../batch.js";
import { raceAbort } from "../context.js";
import { GlobalFold, GroupFold } from "../operators/aggregate-folds.js";
import { finishPipeline, pipelineOf, pushSourceBatch } from "../pipeline.js";
import type { MorselResult, MorselTask } from "./morsel.js";
import { WorkerPool } from "./pool.js";
import type { Section } from "./section.js";
import { encodeSection } from "./section-wire.js";
import { morselRowsFor } from "./tuning.js";
import { decodeData, encodeData, sharedData } from "./wire-data.js";
import { decodeSchema } from "./wire-schema.js";
import type { MorselMessage } from "./worker.js";

/** Workers idle this long end; the next query starts them again. */
const IDLE_MS = 2000;

const pool = new WorkerPool(IDLE_MS);
let queries = 0;
const activity = { morsels: 0, rerunOnThisThread: 0 };

/**
 * What the workers have done in this process: morsels whose results were used, and sections run
 * again on the calling thread after a morsel failed; and the live worker threads (none once the
 * idle timeout has passed). For tests.
 */
export function parallelActivity(): { morsels: number; rerunOnThisThread: number; liveWorkers: number } {
  return { ...activity, liveWorkers: pool.size };
}

/**
 * The section's output batches, computed on `threads` worker threads.
 * @param section - the section
 * @param batches - its scan's batches, as read
 * @param threads - how many workers may run at once
 * @param signal - aborts the run at the next morsel
 */
export async function* runSection(section: Section, batches: readonly RecordBatch[], threads: number, signal?: AbortSignal): AsyncGenerator<RecordBatch> {
  if (batches.length === 0) return yield* onThisThread(section, batches, 0);
  const tasks = morselsOf(section, batches, threads);
  const abandoned = new Int32Array(new SharedArrayBuffer(4));
  const running = new Map<number, Promise<MorselResult | Error>>();
  const global = section.fold?.kind === "select" ? new GlobalFold(section.fold) : null;
  const groups = section.fold?.kind === "aggregate" ? new GroupFold(section.fold) : null;
  let given = 0;
  try {
    for (let next = 0; next < tasks.length; next++) {
      for (let i = next; i < Math.min(tasks.length, next + threads); i++) {
        if (!running.has(i)) running.set(i, post(tasks[i], abandoned, threads));
      }
      const result = await raceAbort(running.get(next)!, signal);
      running.delete(next);
      if (result instanceof Error || result.kind === "failed") {
        Atomics.store(abandoned, 0, 1);
        activity.rerunOnThisThread++;
        return yield* onThisThread(section, batches, given);
      }
      activity.morsels++;
      if (result.kind === "rows") {
        for (const b of result.batches) {
          const fields = decodeSchema(b.schema).fields;
          given += b.length;
          yield makeBatch(fields, b.columns.map((c, i) => decodeData(fields[i].type, c)), b.length);
        }
      } else if (result.kind === "global") {
        global!.mergeSaved(result.fold);
      } else {
        const types = groups!.keyTypes;
        groups!.mergeSaved({ keys: result.keys.map((chunks, k) => chunks.map((c) => decodeData(types[k], c))), states: result.states });
      }
    }
    if (global !== null) yield global.finish();
    if (groups !== null) yield* groups.finish();
  } finally {
    // Reached on success, error, abort and an early `return` (a limit above): queued morsels of
    // this query are skipped by the workers.
    Atomics.store(abandoned, 0, 1);
  }
}

function morselsOf(section: Section, batches: readonly RecordBatch[], threads: number): MorselTask[] {
  const query = ++queries;
  const wire = encodeSection(section, batches[0].schema);
  const rows = morselRowsFor(batches.reduce((n, b) => n + b.numRows, 0), threads);
  const tasks: MorselTask[] = [];
  for (const batch of batches) {
    const columns = columnsOf(batch).map(sharedData);
    for (let start = 0; start < batch.numRows; start += rows) {
      const length = Math.min(rows, batch.numRows - start);
      tasks.push({ query, section: wire, columns: columns.map((c) => encodeData(c.slice(start, length), [])), length });
    }
  }
  return tasks;
}

async function post(task: MorselTask, abandoned: Int32Array, threads: number): Promise<MorselResult | Error> {
  const message: MorselMessage = { task, abandoned };
  try {
    return (await pool.run(message, [], threads)) as MorselResult;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The section run on this thread over the same batches, without its first `skip` output rows. */
function* onThisThread(section: Section, batches: readonly RecordBatch[], skip: number): Generator<RecordBatch> {
  const pipeline = pipelineOf(section.top);
  let toSkip = skip;
  const pass = function* (out: RecordBatch[]) {
    for (const b of out) {
      if (toSkip >= b.numRows) {
        toSkip -= b.numRows;
        continue;
      }
      yield toSkip > 0 ? b.slice(toSkip) : b;
      toSkip = 0;
    }
  };
  for (const batch of batches) yield* pass(pushSourceBatch(pipeline, batch));
  yield* pass(finishPipeline(pipeline));
}
