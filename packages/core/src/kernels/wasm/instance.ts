/**
 * The arg-extreme WebAssembly kernels, instantiated synchronously on first use. Null when the
 * engine lacks WebAssembly SIMD or refuses to compile (a Content-Security-Policy without
 * 'wasm-unsafe-eval'): callers then keep their JavaScript loops.
 */

import { ARGEXTREME_WASM_BASE64 } from "./argextreme-wasm.js";
import { hasWasmSimd } from "./simd-support.js";

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

/** The exports of the module (see packages/core/wasm/assembly/index.ts). */
export type ArgExtremeWasm = {
  readonly memory: WebAssembly.Memory;
  /** Byte address of the block buffer. */
  blockBase(): number;
  /** Capacity of the block buffer in bytes. */
  blockBytes(): number;
} & Readonly<Record<FloatScanName | IntegerScanName, BlockScan>> &
  Readonly<Record<Int64ScanName, BlockScan64>>;

let instance: ArgExtremeWasm | null | undefined;

/** The kernels, or null when WebAssembly SIMD cannot run here. */
export function argExtremeWasm(): ArgExtremeWasm | null {
  if (instance === undefined) instance = instantiate();
  return instance;
}

function instantiate(): ArgExtremeWasm | null {
  if (!hasWasmSimd()) return null;
  try {
    const module = new WebAssembly.Module(decodeBase64(ARGEXTREME_WASM_BASE64));
    return new WebAssembly.Instance(module, {}).exports as unknown as ArgExtremeWasm;
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
