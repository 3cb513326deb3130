/**
 * The worker-thread pool (Node only). Its workers load the engine once and then run morsels as
 * they are posted, one at a time each; a worker idle for `idleMs` ends, so none outlives the
 * pool's idle timeout, and an idle worker is unref'd, so it never keeps the process alive.
 *
 * A worker is given work only once it has said it is ready: loading the engine takes a worker
 * from half a second to several seconds on a loaded machine (more from TypeScript sources), and a
 * task posted to a worker still loading would wait that long. Until then tasks stay queued, and
 * the caller may take a queued task back and run it itself ({@link Task.takeBack}), so a query
 * never waits for a worker to start.
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

/** The message a worker posts once it has loaded, before any reply. */
export const WORKER_READY = "ready";

/** A task given to the pool. */
export interface Task {
  /** The worker's reply; never settles for a task taken back. */
  readonly result: Promise<unknown>;
  /**
   * Removes the task from the queue when no worker has taken it yet.
   * @returns whether it was removed (the caller then runs it itself)
   */
  takeBack(): boolean;
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
  /** Whether the worker has loaded (posted {@link WORKER_READY}). */
  ready: boolean;
  job: Job | null;
  idle: ReturnType<typeof setTimeout> | null;
}

/** A pool of worker threads running the engine's worker entry. */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private limit = 1;

  /** @param idleMs - how long an idle worker waits for work before it ends (read at each rest) */
  constructor(private readonly idleMs: () => number) {}

  /** The number of live workers, loading or loaded. */
  get size(): number {
    return this.slots.size;
  }

  /**
   * Queues one message for the next ready worker, starting workers while fewer than `workers` live.
   * @param message - the task
   * @param transfer - buffers to move to the worker with it
   * @param workers - how many workers the caller may use at once
   * @returns the task: its reply to come, and a way to take it back while it is queued
   */
  run(message: unknown, transfer: ArrayBuffer[], workers: number): Task {
    this.limit = Math.max(this.limit, workers);
    let job: Job | undefined;
    const result = new Promise((resolve, reject) => (job = { message, transfer, resolve, reject }));
    this.queue.push(job!);
    this.dispatch();
    const takeBack = (): boolean => {
      const at = this.queue.indexOf(job!);
      if (at >= 0) this.queue.splice(at, 1);
      return at >= 0;
    };
    return { result, takeBack };
  }

  /**
   * Starts workers until `workers` live, and waits until all of them are ready.
   * @param workers - how many
   */
  async warm(workers: number): Promise<void> {
    this.limit = Math.max(this.limit, workers);
    while (this.slots.size < workers) this.start();
    const loaded = (slot: Slot) => new Promise((done) => (slot.worker.once("message", done), slot.worker.once("exit", done)));
    await Promise.all([...this.slots].filter((slot) => !slot.ready).map(loaded));
  }

  /** Ends every worker now (queued work is rejected). */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error("the worker pool was closed"));
    await Promise.all([...this.slots].map((slot) => this.end(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && s.job === null);
      if (slot === undefined) return this.grow();
      const job = this.queue.shift()!;
      if (slot.idle !== null) clearTimeout(slot.idle);
      slot.idle = null;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.message, job.transfer);
    }
  }

  /** Starts workers, up to the limit, for the queued jobs that no loading worker will take. */
  private grow(): void {
    let loading = [...this.slots].filter((s) => !s.ready).length;
    for (; loading < this.queue.length && this.slots.size < this.limit; loading++) this.start();
  }

  private start(): Slot {
    const { url, options } = workerScript()!;
    const heap = wasmHeap();
    const block = heap?.allocate(Uint8Array, BLOCK_BYTES) ?? null;
    const workerData: WorkerStart | undefined =
      heap === null || block === null ? undefined : { memory: heap.memory, block: { address: block.byteOffset, bytes: block.byteLength } };
    const slot: Slot = { worker: new Worker(url, { ...options, workerData }), block, ready: false, job: null, idle: null };
    // A loading worker has no job: it must not keep the process alive.
    slot.worker.unref();
    slot.worker.on("message", (reply) => (slot.ready ? this.settle(slot, reply) : this.loaded(slot)));
    slot.worker.on("error", (error) => this.fail(slot, error));
    slot.worker.on("exit", (code) => this.fail(slot, new Error(`a worker thread stopped (exit code ${code})`)));
    slot.worker.once("exit", () => slot.block !== null && releaseArray(slot.block));
    this.slots.add(slot);
    return slot;
  }

  private loaded(slot: Slot): void {
    slot.ready = true;
    this.rest(slot);
    this.dispatch();
  }

  private settle(slot: Slot, reply: unknown): void {
    const job = slot.job;
    slot.job = null;
    this.rest(slot);
    job?.resolve(reply);
    this.dispatch();
  }

  /** An idle worker: unref'd, and ended once idle for the timeout. */
  private rest(slot: Slot): void {
    slot.worker.unref();
    slot.idle = setTimeout(() => void this.end(slot), this.idleMs());
    slot.idle.unref();
  }

  /** A worker that died; one that never loaded is not replaced at once (its entry may be broken). */
  private fail(slot: Slot, error: Error): void {
    if (!this.slots.delete(slot)) return;
    if (slot.idle !== null) clearTimeout(slot.idle);
    slot.job?.reject(error);
    if (slot.ready) this.dispatch();
  }

  private async end(slot: Slot): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.idle !== null) clearTimeout(slot.idle);
    await slot.worker.terminate();
  }
}
