/**
 * The entry of a worker thread: reads the heap of the thread that started it (see pool.ts), says
 * it is ready, then runs each morsel it is posted (see morsel.ts) and posts back the result,
 * unless the query was abandoned meanwhile (its shared flag is set).
 */
import { parentPort, workerData } from "node:worker_threads";
import { argExtremeWasm } from "../../kernels/wasm/instance.js";
import { useLentHeap } from "../../memory/index.js";
import { type MorselTask, runMorsel } from "./morsel.js";
import { WORKER_READY, type WorkerStart } from "./pool.js";

const start = workerData as WorkerStart | undefined;
if (start !== undefined) {
  useLentHeap(start.memory, start.block);
  // The kernels take the lent block now, as their block buffer, before anything else asks the heap.
  argExtremeWasm();
}

/** A morsel as posted by the pool: the task and its query's abandon flag. */
export interface MorselMessage {
  readonly task: MorselTask;
  /** Non-zero once the query no longer wants results. */
  readonly abandoned: Int32Array;
}

parentPort?.on("message", ({ task, abandoned }: MorselMessage) => {
  if (Atomics.load(abandoned, 0) !== 0) return parentPort!.postMessage(null);
  const { result, transfer } = runMorsel(task);
  parentPort!.postMessage(result, transfer);
});
parentPort?.postMessage(WORKER_READY);
