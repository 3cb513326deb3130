/**
 * A pool of fuzzing workers, each judging one input at a time under a time limit and a heap limit
 * (`resourceLimits`). A worker that runs past the limit, runs out of heap or dies is replaced, and
 * its input is judged `hang`, `oom` or `crash`. The workers write temporary files (spooled
 * streams) into a directory of the pool's own, removed when the pool closes, so a long campaign
 * leaves nothing behind and never touches what other processes keep in the system's.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Judgement, Path } from "./judge.js";
import type { Outcome } from "./outcome.js";
import type { Task } from "./worker.js";

/** Limits of each input's run. */
export interface PoolOptions {
  /** Workers running at once; default 2. */
  readonly size?: number;
  /** Milliseconds an input may take on all its paths; default 5000. */
  readonly timeoutMs?: number;
  /** The worker's old-generation heap limit in MB; default 256. */
  readonly heapMb?: number;
}

interface Slot {
  worker: Worker | undefined;
  ready: Promise<Worker> | undefined;
}

const BOOT = new URL("./boot.mjs", import.meta.url);
const ENTRY = new URL("./worker.ts", import.meta.url).href;

/** Judges inputs in worker threads, in parallel, each under the pool's limits. */
export class JudgePool {
  private readonly slots: Slot[];
  private readonly free: Slot[];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private readonly timeoutMs: number;
  private readonly heapMb: number;
  private readonly tmp = mkdtempSync(join(tmpdir(), "quiver-fuzz-"));
  private nextId = 0;

  constructor(options: PoolOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.heapMb = options.heapMb ?? 256;
    this.slots = Array.from({ length: options.size ?? 2 }, () => ({ worker: undefined, ready: undefined }));
    this.free = [...this.slots];
  }

  /**
   * Judges one input in a free worker.
   * @param bytes - the input
   * @param chunkSeed - seeds the Readable path's chunk sizes
   * @returns the judgement, including `hang`, `oom` and `crash`
   */
  async judge(bytes: Uint8Array, chunkSeed: number): Promise<Judgement> {
    const slot = this.free.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    try {
      return await this.runIn(slot, { id: this.nextId++, bytes, chunkSeed });
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next(slot);
      else this.free.push(slot);
    }
  }

  /** Ends every worker and removes their temporary files. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
    rmSync(this.tmp, { recursive: true, force: true });
  }

  private async runIn(slot: Slot, task: Task): Promise<Judgement> {
    const worker = await this.boot(slot);
    return new Promise<Judgement>((resolve) => {
      let path: Path = "eager";
      const died = (outcome: Outcome, detail: string): Judgement => {
        const paths = { eager: "ok", bytes: "ok", stream: "ok", [path]: outcome } as Record<Path, Outcome>;
        return { outcome, detail: `${path} path: ${detail}`, verified: false, paths };
      };
      const finish = (judgement: Judgement, retire: boolean): void => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (retire) void this.retire(slot);
        resolve(judgement);
      };
      const onMessage = (message: { id: number; judgement?: Judgement; path?: Path }): void => {
        if (message.id !== task.id) return;
        if (message.path !== undefined) path = message.path;
        if (message.judgement !== undefined) finish(message.judgement, false);
      };
      const onError = (error: Error): void => {
        const code = (error as NodeJS.ErrnoException).code;
        const outcome = code === "ERR_WORKER_OUT_OF_MEMORY" ? "oom" : "crash";
        finish(died(outcome, `${error.name}: ${error.message}`.slice(0, 600)), true);
      };
      const onExit = (exitCode: number): void => finish(died("crash", `the worker exited with code ${exitCode}`), true);
      const timer = setTimeout(() => finish(died("hang", `no answer within ${this.timeoutMs} ms`), true), this.timeoutMs);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(task);
    });
  }

  private boot(slot: Slot): Promise<Worker> {
    slot.ready ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(BOOT, {
        workerData: { entry: ENTRY },
        execArgv: ["--conditions=quiver-source"],
        env: { ...process.env, TMPDIR: this.tmp },
        resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 32 },
        stdout: true,
        stderr: true,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      worker.once("message", (message) => (message === "ready" ? resolve(worker) : reject(new Error(`worker said ${String(message)}`))));
      worker.once("error", reject);
      slot.worker = worker;
    });
    return slot.ready;
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = undefined;
    slot.ready = undefined;
    if (worker !== undefined) await worker.terminate();
  }
}
