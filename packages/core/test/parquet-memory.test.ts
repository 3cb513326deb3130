import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const CHILD = fileURLToPath(new URL("./fixtures/parquet-stream-child.ts", import.meta.url));
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

function child(env: Record<string, string>): string {
  return execFileSync(process.execPath, ["--import", "tsx", "--conditions=quiver-source", CHILD], { env: { ...process.env, ...env }, encoding: "utf8" });
}

/** Scans a written file in a fresh process, whose peak resident set is the scan's alone. */
function scanInChild(groups: number): ChildReport {
  const path = join(dir, `${groups}.parquet`);
  expect(statSync(path).size).toBeGreaterThan(groups * MIB_PER_GROUP * 2 ** 20);
  const report = JSON.parse(child({ QUIVER_PARQUET_SCAN: path, QUIVER_PARQUET_GROUPS: String(groups) }).trim().split("\n").pop()!) as ChildReport;
  rmSync(path);
  return report;
}

describe("Parquet streaming memory", () => {
  it(`argmin over a ${GROUPS * MIB_PER_GROUP} MiB Parquet file streams row group by row group in bounded memory`, () => {
    child({ QUIVER_PARQUET_WRITE: dir, QUIVER_PARQUET_GROUPS: String(GROUPS) });
    const small = scanInChild(1);
    const large = scanInChild(GROUPS);
    expect(large.rows).toBe(GROUPS * 2 ** 19);
    expect(large.bytes).toBeGreaterThan(GROUPS * MIB_PER_GROUP * 2 ** 20);
    expect([large.argmin, small.argmin]).toEqual([large.expected, small.expected]);
    expect(large.peakRssMb).toBeLessThan(200);
    // Reading 64 (or 512) times more adds a bounded amount: row groups not yet collected.
    expect(large.peakRssMb - small.peakRssMb).toBeLessThan(72);
  });
});
