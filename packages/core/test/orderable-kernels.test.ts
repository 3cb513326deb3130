import { Binary, Bool, DateDay, Dictionary, Field, Float64, Int32, Int64, List, Struct, TimestampMillisecond, Utf8 } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { argminKernels, col, fromColumns, isOrderable } from "../src/index.js";

describe("isOrderable", () => {
  it("accepts exactly the types argmin accepts", () => {
    const types = [new Float64(), new Int64(), new Bool(), new Utf8(), new Binary(), new DateDay(), new TimestampMillisecond(), new Dictionary(new Utf8(), new Int32())];
    expect(types.map(isOrderable)).toEqual(types.map(() => true));
    const nested = [new List(new Field("x", new Int32())), new Struct([new Field("x", new Int32())])];
    expect(nested.map(isOrderable)).toEqual([false, false]);
    const df = fromColumns({ name: ["b", "a"] });
    expect(isOrderable(df.schema.fields[0].type)).toBe(true);
    expect(df.select(col("name").argmin()).row(0)).toEqual({ name: 1 });
  });
});

describe("argminKernels", () => {
  it("reports the WebAssembly SIMD kernels in Node 20", () => {
    expect(argminKernels()).toBe("webassembly-simd");
  });
});
