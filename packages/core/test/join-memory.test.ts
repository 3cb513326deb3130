import { describe, expect, it } from "vitest";
import { runBuiltChild } from "./child-run.js";

const CHILD = new URL("./fixtures/stream-join-child.ts", import.meta.url);

interface ChildReport {
  argmin: number;
  expected: number;
  rows: number;
  peakRssMb: number;
}

/** Runs the join in a fresh process, so its peak resident set is the query's alone. */
function joinInChild(rows: number): Promise<ChildReport> {
  return runBuiltChild<ChildReport>(CHILD, { QUIVER_JOIN_ROWS: String(rows) });
}

describe("hash join memory", () => {
  it("a 10^7-row probe stream joined with a 10^5-row build side streams in bounded memory", async () => {
    const small = await joinInChild(1 << 16);
    const large = await joinInChild(1e7);
    expect(large.rows).toBe(1e7);
    expect(large.argmin).toBe(large.expected);
    expect(small.rows).toBe(1 << 16);
    expect(small.argmin).toBe(small.expected);
    // The probe side (~120 MB as Arrow) is never held: the process stays below 200 MB, and 150
    // times more probe rows add no more than the collector's slack over a few batches (measured:
    // 35–50 MB; the 2^16-row run peaks near 96 MB).
    expect(large.peakRssMb).toBeLessThan(200);
    expect(large.peakRssMb - small.peakRssMb).toBeLessThan(72);
  });
});
