import { describe, expect, it } from "vitest";
import { argExtremeModule, kernelsOver } from "../src/kernels/wasm/instance.js";
import { unshareMemoryImport } from "../src/kernels/wasm/unshared-import.js";
import { ARGEXTREME_WASM_BASE64 } from "../src/kernels/wasm/argextreme-wasm.js";

const binary = Uint8Array.from(atob(ARGEXTREME_WASM_BASE64), (c) => c.charCodeAt(0));

describe("the kernels without shared memory (a page that is not cross-origin isolated)", () => {
  it("the shared module refuses an ordinary memory, its unshared copy takes one and scans alike", () => {
    const ordinary = new WebAssembly.Memory({ initial: 1, maximum: 1 });
    expect(() => kernelsOver(argExtremeModule(), ordinary)).toThrow(WebAssembly.LinkError);
    const scans = kernelsOver(new WebAssembly.Module(unshareMemoryImport(binary)), ordinary);
    const values = new Float64Array(ordinary.buffer, 64, 9);
    values.set([5, 4, 4, -0, 0, 7, NaN, -0, -1]);
    // Scans from index 1 against values[0] = 5: the first NaN propagates, else -0 ties +0 first.
    expect(scans.minF64(values.byteOffset + 8, 8, 5)).toBe(-(5 + 2));
    expect(scans.nanminF64(values.byteOffset + 8, 8, 5)).toBe(7);
    expect(scans.nanminF64(values.byteOffset + 8, 6, 5)).toBe(2);
    const shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    expect(scans.maxF64(0, 0, 1)).toBe(-1);
    expect(kernelsOver(argExtremeModule(), shared).maxF64(0, 0, 1)).toBe(-1);
  });

  it("a binary that imports no memory is refused with a message", () => {
    const empty = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
    expect(() => unshareMemoryImport(empty)).toThrow(/no import section/);
  });
});
