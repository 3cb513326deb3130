import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuiltChild } from "./child-run.js";

const CHILD = new URL("./fixtures/parquet-stream-child.ts", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ChildReport {
  argmin: number;
  expected: number;
  rows: number;
  bytes: number;
  peakRssMb: number;
}

/**
 * Row groups of 4 MiB in the default run: 64 (256 MiB). `QUIVER_PARQUET_GROUPS=512` (2 GiB) is
 * what `pnpm -C packages/core test:parquet-2gb` runs.
 */
const GROUPS = Number(process.env.QUIVER_PARQUET_GROUPS ?? 64);
const MIB_PER_GROUP = 4;

/** Scans a written file in a fresh process, whose peak resident set is the scan's alone. */
async function scanInChild(groups: number): Promise<ChildReport> {
  const path = join(dir, `${groups}.parquet`);
  expect(statSync(path).size).toBeGreaterThan(groups * MIB_PER_GROUP * 2 ** 20);
  const report = await runBuiltChild<ChildReport>(CHILD, { QUIVER_PARQUET_SCAN: path, QUIVER_PARQUET_GROUPS: String(groups) });
  rmSync(path);
  return report;
}

describe("Parquet streaming memory", () => {
  it(`argmin over a ${GROUPS * MIB_PER_GROUP} MiB Parquet file streams row group by row group in bounded memory`, async () => {
    expect(await runBuiltChild<{ written: number[] }>(CHILD, { QUIVER_PARQUET_WRITE: dir, QUIVER_PARQUET_GROUPS: String(GROUPS) })).toEqual({ written: [1, GROUPS] });
    const small = await scanInChild(1);
    const large = await scanInChild(GROUPS);
    expect(large.rows).toBe(GROUPS * 2 ** 19);
    expect(large.bytes).toBeGreaterThan(GROUPS * MIB_PER_GROUP * 2 ** 20);
    expect([large.argmin, small.argmin]).toEqual([large.expected, small.expected]);
    expect(large.peakRssMb).toBeLessThan(200);
    // Reading 64 (or 512) times more adds a bounded amount: row groups not yet collected.
    expect(large.peakRssMb - small.peakRssMb).toBeLessThan(72);
  });
});
