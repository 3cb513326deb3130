import { describe, expect, it } from "vitest";
import { runBuiltChild } from "./child-run.js";

const CHILD = new URL("./fixtures/csv-stream-child.ts", import.meta.url);

interface ChildReport {
  argmin: number;
  expected: number;
  rows: number;
  expectedRows: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
}

/**
 * Runs the streaming CSV query in a fresh process, so its peak resident set is the query's alone.
 * `QUIVER_CSV_STREAM_MIB` sets the large run's size: 2048 (`pnpm --filter @quiver/core
 * test:csv-2gb`) streams 2 GiB; the default run streams 256 MiB to stay quick.
 */
function streamInChild(mib: number): Promise<ChildReport> {
  return runBuiltChild<ChildReport>(CHILD, { QUIVER_CSV_MIB: String(mib) });
}

describe("streaming CSV memory", () => {
  const large = Number(process.env.QUIVER_CSV_STREAM_MIB ?? 256);
  it(`argmin, count and max over a ${large} MiB CSV stream are exact and stay in bounded memory`, async () => {
    const small = await streamInChild(4);
    const big = await streamInChild(large);
    expect(big.bytes).toBeGreaterThan(large * 2 ** 20);
    expect(big.rows).toBe(big.expectedRows);
    expect(big.argmin).toBe(big.expected);
    expect(small.argmin).toBe(small.expected);
    // The whole process, runtime and generator included, stays far below the input's size, and
    // reading much more input adds no more than a few blocks' worth of memory.
    expect(big.peakRssMb).toBeLessThan(200);
    expect(big.peakRssMb - small.peakRssMb).toBeLessThan(64);
  });
});
