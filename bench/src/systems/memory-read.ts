/**
 * The memory-bandwidth bound of the whole-column scenarios: a plain read of the same bytes (the
 * values and the validity bitmap) in WebAssembly, XOR-ing 128-bit loads, on one thread or split
 * over one worker thread per core. Quiver's time over this one is the multiple of the machine's
 * bandwidth its argmin runs at. The read answers nothing; it is reported as a bound.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import asc from "assemblyscript/asc";
import { type ColumnInput, type System, timedBound } from "../system.js";

const SOURCE = `
/** XOR of the 16-byte words of [ptr, ptr + bytes); bytes is a multiple of 64. */
export function readBytes(ptr: usize, bytes: usize): i32 {
  let a0 = v128.splat<i32>(0);
  let a1 = a0;
  let a2 = a0;
  let a3 = a0;
  const end = ptr + bytes;
  for (let p = ptr; p < end; p += 64) {
    a0 = v128.xor(a0, v128.load(p));
    a1 = v128.xor(a1, v128.load(p, 16));
    a2 = v128.xor(a2, v128.load(p, 32));
    a3 = v128.xor(a3, v128.load(p, 48));
  }
  return i32x4.extract_lane(v128.xor(v128.xor(a0, a1), v128.xor(a2, a3)), 0);
}
`;

const PAGE = 65536;
const LINE = 64;

/** Each worker instantiates the module over the shared memory and reads the range it is sent. */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { readBytes } = new WebAssembly.Instance(workerData.module, { env: { memory: workerData.memory, abort() {} } }).exports;
parentPort.on("message", ({ ptr, bytes }) => parentPort.postMessage(readBytes(ptr, bytes)));
`;

let compiled: Promise<WebAssembly.Module> | undefined;

/** The read kernel, compiled once from its AssemblyScript source; it imports a shared memory. */
function readModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    let binary: Uint8Array | undefined;
    const args = ["read.ts", "--runtime", "stub", "--enable", "simd,threads", "--importMemory", "--sharedMemory", "--maximumMemory", "65536", "-O3", "--noAssert", "--outFile", "read.wasm"];
    const { error } = await asc.main(args, {
      readFile: (name) => (name === "read.ts" ? SOURCE : null),
      writeFile: (name, contents) => void (name === "read.wasm" && (binary = contents as Uint8Array)),
      listFiles: () => [],
    });
    if (error || binary === undefined) throw new Error(`the read kernel did not compile: ${error?.message ?? "no binary"}`);
    return new WebAssembly.Module(binary as Uint8Array<ArrayBuffer>);
  })();
  return compiled;
}

/** The input's bytes, values then validity, in a shared WebAssembly memory, zero-padded to whole 64-byte lines. */
function sharedCopy(input: ColumnInput): { memory: WebAssembly.Memory; bytes: number } {
  const parts = [input.values, input.validity].filter((p): p is NonNullable<typeof p> => p !== null);
  const total = parts.reduce((sum, p) => sum + p.byteLength, 0);
  const bytes = Math.ceil(total / LINE) * LINE;
  const pages = Math.ceil(bytes / PAGE) + 1;
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
  const view = new Uint8Array(memory.buffer);
  let at = 0;
  for (const p of parts) {
    view.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return { memory, bytes };
}

/** The read on the harness's own thread. */
export const memoryReadOneThread: System<ColumnInput> = {
  name: "memory-read",
  variant: "WebAssembly v128 loads XOR-ed over the same bytes (values + validity), 1 thread",
  prepare: async (input) => {
    const module = await readModule();
    const { memory, bytes } = sharedCopy(input);
    const { readBytes } = new WebAssembly.Instance(module, { env: { memory, abort() {} } }).exports as { readBytes(ptr: number, bytes: number): number };
    return timedBound(() => readBytes(0, bytes));
  },
};

/** The read split into equal ranges over one worker thread per core; the harness thread waits. */
export const memoryReadAllThreads: System<ColumnInput> = {
  name: "memory-read",
  variant: `the same read split over ${availableParallelism()} worker threads (one per core)`,
  prepare: async (input) => {
    const module = await readModule();
    const { memory, bytes } = sharedCopy(input);
    const threads = availableParallelism();
    const workers = Array.from({ length: threads }, () => new Worker(WORKER, { eval: true, workerData: { module, memory } }));
    const lines = bytes / LINE;
    const ranges = workers.map((_, w) => {
      const first = Math.floor((lines * w) / threads);
      const last = Math.floor((lines * (w + 1)) / threads);
      return { ptr: first * LINE, bytes: (last - first) * LINE };
    });
    // One read in flight per worker: its settle functions wait here for the worker's answer.
    const pending: { resolve(value: number): void; reject(error: unknown): void }[] = [];
    workers.forEach((worker, w) => {
      worker.on("message", (value: number) => pending[w].resolve(value));
      worker.on("error", (error) => pending[w]?.reject(error));
    });
    const readOnce = (w: number): Promise<number> =>
      new Promise((resolve, reject) => {
        pending[w] = { resolve, reject };
        workers[w].postMessage(ranges[w]);
      });
    return timedBound(
      () => Promise.all(workers.map((_, w) => readOnce(w))),
      async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
    );
  },
};
