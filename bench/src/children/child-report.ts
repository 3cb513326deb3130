import { readFileSync } from "node:fs";

/**
 * The protocol of a benchmark child process: it runs one query on the file named by its first
 * argument and prints one JSON line, {@link ChildReport}, as its last output.
 */

/** What a child prints: its answer, how long the query alone took, and the process's peak memory. */
export interface ChildReport {
  readonly answer: unknown;
  /** Wall time of the query, imports and start-up excluded. */
  readonly queryMs: number;
  /** Peak resident set of the whole process, in KiB (see {@link peakRssKb}). */
  readonly maxRssKb: number;
}

/**
 * The process's own peak resident set in KiB. On Linux this is `VmHWM` from /proc/self/status:
 * `getrusage`'s maxrss (`process.resourceUsage().maxRSS`) also counts the parent's resident set
 * at the moment it forked, so a child of a large harness would report the harness's size.
 */
function peakRssKb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

/**
 * Runs `query` on the path given as the first argument (the rest are passed on) and prints the
 * report. Modules a child needs are imported before this is called, so the query time holds
 * only the query.
 */
export async function runChild(query: (path: string, args: readonly string[]) => Promise<unknown>): Promise<void> {
  const [path, ...args] = process.argv.slice(2);
  if (!path) throw new Error("usage: <child script> FILE [ARGS]");
  const start = process.hrtime.bigint();
  const answer = await query(path, args);
  const queryMs = Number(process.hrtime.bigint() - start) / 1e6;
  const report: ChildReport = { answer, queryMs, maxRssKb: peakRssKb() };
  // 64-bit integers print as their digits; JSON has no BigInt.
  console.log(JSON.stringify(report, (_, value: unknown) => (typeof value === "bigint" ? value.toString() : value)));
}
