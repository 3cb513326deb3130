/**
 * The entry of a worker thread: runs each morsel it is posted (see morsel.ts) and posts back the
 * result, unless the query was abandoned meanwhile (its shared flag is set).
 */
import { parentPort } from "node:worker_threads";
import { type MorselTask, runMorsel } from "./morsel.js";

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
