/**
 * The arg-extreme WebAssembly kernels, instantiated synchronously on first use over the engine's
 * shared heap memory, so that values Quiver allocated are scanned where they are. Where there is no
 * shared memory the module runs over a small private memory of its own and every column is copied
 * in block by block. Null when the engine lacks WebAssembly SIMD or refuses to compile (a
 * Content-Security-Policy without 'wasm-unsafe-eval'): callers then keep their JavaScript loops.
 */

import { wasmHeap } from "../../memory/index.js";
import { ARGEXTREME_WASM_BASE64 } from "./argextreme-wasm.js";
import { hasWasmSimd } from "./simd-support.js";
import { unshareMemoryImport } from "./unshared-import.js";

/**
 * Scans the block of `n` values at byte address `ptr` against `best`, the winner before it:
 * returns -1 when no value beats it, the first index of the block's winning value, or
 * -(k + 2) when NaN propagates and the first NaN of the block is at k.
 */
export type BlockScan = (ptr: number, n: number, best: number) => number;

/** Like BlockScan for 64-bit integers, `best` given as its high and low 32-bit words. */
export type BlockScan64 = (ptr: number, n: number, bestHi: number, bestLo: number) => number;

/** Export-name suffix of each lane type with a kernel. */
export type FloatSuffix = "F64" | "F32";
export type IntegerSuffix = "I32" | "U32" | "I16" | "U16" | "I8" | "U8";

type FloatScanName = `${"min" | "max" | "nanmin" | "nanmax"}${FloatSuffix}`;
type IntegerScanName = `${"min" | "max"}${IntegerSuffix}`;
type Int64ScanName = `${"min" | "max"}${"I64" | "U64"}`;

/** The scans the module exports (see packages/core/wasm/assembly/index.ts). */
export type ArgExtremeScans = Readonly<Record<FloatScanName | IntegerScanName, BlockScan>> & Readonly<Record<Int64ScanName, BlockScan64>>;

/** An instance of the kernels with the memory it reads and its block buffer there. */
export type ArgExtremeWasm = ArgExtremeScans & {
  readonly memory: WebAssembly.Memory;
  /** This instance's block buffer, where values from outside the memory are copied to be scanned. */
  readonly block: Uint8Array;
  /** Whether a view's bytes lie in the memory, so that its `byteOffset` is their address. */
  holds(view: ArrayBufferView): boolean;
};

/** Capacity of an instance's block buffer; the engine picks its block size up to this. */
export const BLOCK_BYTES = 128 * 1024;

/** Where the block buffer of a private memory starts. */
const PRIVATE_BLOCK_BASE = 1024;

let instance: ArgExtremeWasm | null | undefined;
let module: WebAssembly.Module | undefined;

/** The kernels, or null when WebAssembly SIMD cannot run here. */
export function argExtremeWasm(): ArgExtremeWasm | null {
  if (instance === undefined) instance = instantiate();
  return instance;
}

/**
 * The compiled module, whose memory import is shared: instantiate it in a worker over the heap's
 * memory with {@link kernelsOver}.
 */
export function argExtremeModule(): WebAssembly.Module {
  module ??= new WebAssembly.Module(decodeBase64(ARGEXTREME_WASM_BASE64));
  return module;
}

/**
 * The scans of a new instance of `compiled` over `memory`.
 * @param compiled - the module from {@link argExtremeModule} (or its unshared variant)
 * @param memory - the memory it imports
 * @returns its exported scans
 */
export function kernelsOver(compiled: WebAssembly.Module, memory: WebAssembly.Memory): ArgExtremeScans {
  return new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as ArgExtremeScans;
}

function instantiate(): ArgExtremeWasm | null {
  if (!hasWasmSimd()) return null;
  try {
    const heap = wasmHeap();
    const block = heap?.allocate(Uint8Array, BLOCK_BYTES);
    if (heap !== null && block != null) {
      // The instance holds its block for the life of the process, so the block is never freed.
      return { ...kernelsOver(argExtremeModule(), heap.memory), memory: heap.memory, block, holds: (view) => heap.holds(view) };
    }
    const pages = Math.ceil((PRIVATE_BLOCK_BASE + BLOCK_BYTES) / 65536);
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const unshared = new WebAssembly.Module(unshareMemoryImport(decodeBase64(ARGEXTREME_WASM_BASE64)));
    const privateBlock = new Uint8Array(memory.buffer, PRIVATE_BLOCK_BASE, BLOCK_BYTES);
    return { ...kernelsOver(unshared, memory), memory, block: privateBlock, holds: (view) => view.buffer === memory.buffer };
  } catch {
    return null;
  }
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
