/**
 * The fuzzing worker: judges each input it is sent and reports the judgement. ArrayBuffer memory
 * that grows past 4× the input (plus a fixed allowance for the engine's own buffers, and for a
 * Parquet input the largest size its footer declares a column chunk decompresses to) is an `oom`.
 */
import { parentPort } from "node:worker_threads";
import { judge, type Judgement } from "./judge.js";
import { declaredChunkBytes } from "./parquet-footer.js";

/** A task: one input and the seed of its Readable's chunking. */
export interface Task {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly chunkSeed: number;
}

/** Bytes of ArrayBuffer memory any input may use besides 4× its own size. */
export const MEMORY_ALLOWANCE = 16 * 1024 * 1024;

const port = parentPort!;
port.on("message", async (task: Task) => {
  const before = process.memoryUsage().arrayBuffers;
  let judgement: Judgement = await judge(task.bytes, task.chunkSeed, (path) => port.postMessage({ id: task.id, path }));
  const grown = process.memoryUsage().arrayBuffers - before;
  if (grown > 4 * task.bytes.length + MEMORY_ALLOWANCE + declaredChunkBytes(task.bytes)) {
    judgement = { outcome: "oom", detail: `ArrayBuffer memory grew by ${grown} bytes for a ${task.bytes.length}-byte input`, verified: judgement.verified };
  }
  port.postMessage({ id: task.id, judgement });
});
port.postMessage("ready");
