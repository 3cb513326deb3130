/**
 * `pnpm -C packages/core build:wasm`: recompiles the AssemblyScript kernels and rewrites the
 * committed module `src/kernels/wasm/argextreme-wasm.ts`.
 */
import { writeFile } from "node:fs/promises";
import { compileArgExtremeWasm, GENERATED_MODULE, renderWasmModule } from "./compile.js";

const binary = await compileArgExtremeWasm();
await writeFile(GENERATED_MODULE, renderWasmModule(binary));
console.log(`wrote ${GENERATED_MODULE} (${binary.length} bytes of WebAssembly)`);
