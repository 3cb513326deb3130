import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CHILD = fileURLToPath(new URL("./fixtures/parallel-abort-child.ts", import.meta.url));

interface Report {
  errors: string[];
  completed: number;
  heapGrowthMb: number;
  workersAfterQueries: number;
  workersAfterWait: number;
  morsels: number;
  reportedAt: number;
}

/** Runs the fixture in a fresh process; returns its report and how long the process lived on after it. */
function abortInChild(env: Record<string, string>): { report: Report; exitMs: number } {
  const child = spawnSync(process.execPath, ["--import", "tsx", "--conditions=quiver-source", CHILD], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  const exited = Date.now();
  expect(child.status, child.stderr).toBe(0);
  const report = JSON.parse(child.stdout.trim().split("\n").pop()!) as Report;
  return { report, exitMs: exited - report.reportedAt };
}

describe("aborted parallel queries", () => {
  it("fail with the AbortError, leave no growing memory, and keep no worker past the idle timeout", () => {
    const { report } = abortInChild({ QUIVER_ABORTED_QUERIES: "40", QUIVER_WAIT_MS: "3000" });
    expect(report.errors).toEqual(["AbortError"]);
    // The aborted queries really ran on workers (their morsels, after a first warm-up query).
    expect(report.completed).toBeLessThan(40);
    expect(report.morsels).toBeGreaterThan(0);
    expect(report.workersAfterQueries).toBeGreaterThan(0);
    expect(report.workersAfterQueries).toBeLessThanOrEqual(2);
    // 30 more aborted queries after the first ten hold no more memory than a few morsels would.
    expect(report.heapGrowthMb).toBeLessThan(4);
    // The pool's idle timeout (2 s) ends every worker.
    expect(report.workersAfterWait).toBe(0);
  }, 180_000);

  it("do not keep the process alive: it exits as soon as its work is done, idle workers or not", () => {
    const { report, exitMs } = abortInChild({ QUIVER_ABORTED_QUERIES: "10" });
    expect(report.workersAfterQueries).toBeGreaterThan(0);
    expect(exitMs).toBeLessThan(1500);
  }, 180_000);
});
