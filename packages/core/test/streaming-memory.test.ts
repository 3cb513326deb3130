import { describe, expect, it } from "vitest";
import { runBuiltChild } from "./child-run.js";

const CHILD = new URL("./fixtures/stream-argmin-child.ts", import.meta.url);
const ROLLING_CHILD = new URL("./fixtures/rolling-argmin-child.ts", import.meta.url);

interface ChildReport {
  argmin: number;
  expected: number;
  rows: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
}

/** Runs the streaming query in a fresh process, so its peak resident set is the query's alone. */
function streamInChild(batches: number): Promise<ChildReport> {
  return runBuiltChild<ChildReport>(CHILD, { QUIVER_STREAM_BATCHES: String(batches) });
}

describe("streaming aggregation memory", () => {
  it("argmin over an 8 GiB IPC stream (2^30 Float64 rows) is exact and stays in bounded memory", async () => {
    const small = await streamInChild(1);
    const large = await streamInChild(1024);
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

interface RollingReport {
  rows: number;
  atMinimum: number;
  inWindow: boolean;
  peakRssMb: number;
}

describe("streaming window memory", () => {
  it("rollingArgmin(1000) over a stream of 10^8 Float64 rows is exact across batches and holds no more than a window", async () => {
    const small = await runBuiltChild<RollingReport>(ROLLING_CHILD, { QUIVER_STREAM_BATCHES: "4" });
    const large = await runBuiltChild<RollingReport>(ROLLING_CHILD, { QUIVER_STREAM_BATCHES: "96" });
    expect(large.rows).toBe(96 * 2 ** 20);
    // The 1000 windows holding the smallest value all point at it, though they cross a batch end.
    expect([small.atMinimum, large.atMinimum]).toEqual([1000, 1000]);
    expect(small.inWindow && large.inWindow).toBe(true);
    // Its output alone would be 800 MB; the process stays far below, and 24 times more input
    // adds no more than a few batches' worth of memory.
    expect(large.peakRssMb).toBeLessThan(320);
    expect(large.peakRssMb - small.peakRssMb).toBeLessThan(100);
  }, 180_000);
});
