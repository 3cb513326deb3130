/**
 * The worker-thread pool (Node only). Its workers load the engine once and then run morsels as
 * they are posted, one at a time each; a worker idle for `idleMs` ends, so none outlives the
 * pool's idle timeout, and an idle worker is unref'd, so it never keeps the process alive.
 *
 * A small pool of our own rather than tinypool or piscina: tinypool is ESM-only while this package
 * also ships CommonJS for Node 20, piscina brings an optional native dependency, and both abort a
 * task by terminating its worker — ours stop at a morsel boundary through a shared flag and keep
 * their loaded engine (and its WebAssembly instances) warm for the next query.
 *
 * Each worker reads the engine's heap (the shared WebAssembly memory) in place: it is handed the
 * memory when it starts, with one block of it lent for its kernels' block buffer, freed when the
 * worker has ended.
 */
import { Worker } from "#platform";
import { BLOCK_BYTES } from "../../kernels/wasm/instance.js";
import { type LentBlock, releaseArray, wasmHeap } from "../../memory/index.js";
import { workerScript } from "./worker-script.js";

/** What a worker is started with (its `workerData`): the heap's memory and its lent block, if any. */
export interface WorkerStart {
  readonly memory: WebAssembly.Memory;
  readonly block: LentBlock;
}

interface Job {
  readonly message: unknown;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** The heap block lent to the worker, freed once it has ended. */
  readonly block: Uint8Array | null;
  job: Job | null;
  idle: ReturnType<typeof setTimeout> | null;
}

/** A pool of worker threads running the engine's worker entry. */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private limit = 1;

  /** @param idleMs - how long an idle worker waits for work before it ends */
  constructor(private readonly idleMs: number) {}

  /** The number of live workers. */
  get size(): number {
    return this.slots.size;
  }

  /**
   * Runs one message on some worker, starting one when all are busy and fewer than `workers` live.
   * @param message - the task
   * @param transfer - buffers to move to the worker with it
   * @param workers - how many workers the caller may use at once
   * @returns the worker's reply
   */
  run(message: unknown, transfer: ArrayBuffer[], workers: number): Promise<unknown> {
    this.limit = Math.max(this.limit, workers);
    return new Promise((resolve, reject) => {
      this.queue.push({ message, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker now (queued work is rejected). */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error("the worker pool was closed"));
    await Promise.all([...this.slots].map((slot) => this.end(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.job === null) ?? (this.slots.size < this.limit ? this.start() : null);
      if (slot === null) return;
      const job = this.queue.shift()!;
      if (slot.idle !== null) clearTimeout(slot.idle);
      slot.idle = null;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.message, job.transfer);
    }
  }

  private start(): Slot {
    const { url, options } = workerScript()!;
    const heap = wasmHeap();
    const block = heap?.allocate(Uint8Array, BLOCK_BYTES) ?? null;
    const workerData: WorkerStart | undefined =
      heap === null || block === null ? undefined : { memory: heap.memory, block: { address: block.byteOffset, bytes: block.byteLength } };
    const slot: Slot = { worker: new Worker(url, { ...options, workerData }), block, job: null, idle: null };
    slot.worker.on("message", (reply) => this.settle(slot, (job) => job.resolve(reply)));
    slot.worker.on("error", (error) => this.fail(slot, error));
    slot.worker.on("exit", (code) => this.fail(slot, new Error(`a worker thread stopped (exit code ${code})`)));
    slot.worker.once("exit", () => slot.block !== null && releaseArray(slot.block));
    this.slots.add(slot);
    return slot;
  }

  private settle(slot: Slot, finish: (job: Job) => void): void {
    const job = slot.job;
    slot.job = null;
    slot.worker.unref();
    slot.idle = setTimeout(() => void this.end(slot), this.idleMs);
    slot.idle.unref();
    if (job !== null) finish(job);
    this.dispatch();
  }

  private fail(slot: Slot, error: Error): void {
    if (!this.slots.delete(slot)) return;
    if (slot.idle !== null) clearTimeout(slot.idle);
    slot.job?.reject(error);
    this.dispatch();
  }

  private async end(slot: Slot): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.idle !== null) clearTimeout(slot.idle);
    await slot.worker.terminate();
  }
}
