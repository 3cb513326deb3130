import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { compileArgExtremeWasm, GENERATED_MODULE, renderWasmModule } from "../wasm/compile.js";

describe("the committed WebAssembly module", () => {
  it("is what its AssemblyScript source compiles to (run `pnpm -C packages/core build:wasm` if not)", async () => {
    const binary = await compileArgExtremeWasm();
    expect(await readFile(GENERATED_MODULE, "utf8")).toBe(renderWasmModule(binary));
  });
});
