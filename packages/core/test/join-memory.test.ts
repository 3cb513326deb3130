import { describe, expect, it } from "vitest";
import { runChild } from "./child-run.js";

const CHILD = new URL("./fixtures/stream-join-child.ts", import.meta.url);

interface ChildReport {
  argmin: number;
  expected: number;
  rows: number;
  peakRssMb: number;
}

/** Runs the join in a fresh process, so its peak resident set is the query's alone. */
function joinInChild(rows: number): ChildReport {
  return runChild<ChildReport>(CHILD, { QUIVER_JOIN_ROWS: String(rows) });
}

describe("hash join memory", () => {
  it("a 10^7-row probe stream joined with a 10^5-row build side streams in bounded memory", () => {
    const small = joinInChild(1 << 16);
    const large = joinInChild(1e7);
    expect(large.rows).toBe(1e7);
    expect(large.argmin).toBe(large.expected);
    expect(small.rows).toBe(1 << 16);
    expect(small.argmin).toBe(small.expected);
    // The probe side (~120 MB as Arrow) is never held: the process stays below 200 MB, and 150
    // times more probe rows add no more than a few batches' worth of memory.
    expect(large.peakRssMb).toBeLessThan(200);
    expect(large.peakRssMb - small.peakRssMb).toBeLessThan(48);
  });
});
