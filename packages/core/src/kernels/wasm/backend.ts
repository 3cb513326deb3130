import { argExtremeWasm } from "./instance.js";

/**
 * Which kernels scan numbers for argmin and argmax in this JavaScript engine: the WebAssembly
 * SIMD ones where the engine runs them (Node, current browsers), otherwise the JavaScript loops
 * (no SIMD, or a Content-Security-Policy that forbids compiling WebAssembly). Both give the same
 * answers; only the speed differs.
 * @returns "webassembly-simd" or "javascript"
 * @example argminKernels() // "webassembly-simd" in Node 20
 */
export function argminKernels(): "webassembly-simd" | "javascript" {
  return argExtremeWasm() === null ? "javascript" : "webassembly-simd";
}
