import { describe, expect, it } from "vitest";
import { runChild } from "./child-run.js";

const CHILD = new URL("./fixtures/stream-argmin-child.ts", import.meta.url);

interface ChildReport {
  argmin: number;
  expected: number;
  rows: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
}

/** Runs the streaming query in a fresh process, so its peak resident set is the query's alone. */
function streamInChild(batches: number): ChildReport {
  return runChild<ChildReport>(CHILD, { QUIVER_STREAM_BATCHES: String(batches) });
}

describe("streaming aggregation memory", () => {
  it("argmin over an 8 GiB IPC stream (2^30 Float64 rows) is exact and stays in bounded memory", () => {
    const small = streamInChild(1);
    const large = streamInChild(1024);
    expect(large.rows).toBe(2 ** 30);
    expect(large.bytes).toBeGreaterThan(8 * 2 ** 30);
    expect(large.argmin).toBe(large.expected);
    expect(small.argmin).toBe(small.expected);
    // The whole process, runtime and generator included, stays far below the input's size, and
    // reading 1024 times more input adds no more than a few batches' worth of memory.
    expect(large.peakRssMb).toBeLessThan(200);
    expect(large.peakRssMb - small.peakRssMb).toBeLessThan(48);
  });
});
