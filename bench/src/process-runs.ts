/**
 * Timing of systems that run as a process per run: each run is a fresh process, timed from spawn
 * to exit, whose own report gives its answer, the time of the query alone and its peak memory.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { ChildReport } from "./children/child-report.js";
import { sameAnswer } from "./answers.js";
import { median, timedRunCount } from "./measure.js";
import type { Answer, RunPolicy, SelfTimedReport } from "./system.js";

const run = promisify(execFile);

/** Runs a command to its end and gives what it printed; the buffer holds a child's largest report. */
export async function commandOutput(file: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(file, [...args], { timeout: 600_000, maxBuffer: 64 * 2 ** 20 });
  return stdout;
}

/** A command line that runs one query and prints a ChildReport as its last line. */
export interface ChildCommand {
  readonly file: string;
  readonly args: readonly string[];
}

interface ChildRun {
  readonly wallMs: number;
  readonly answer: Answer;
  readonly queryMs: number;
  readonly maxRssKb: number;
}

async function runOnce(command: ChildCommand, toAnswer: (raw: unknown) => Answer): Promise<ChildRun> {
  const start = process.hrtime.bigint();
  const stdout = await commandOutput(command.file, command.args);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = stdout.trim().split("\n");
  const report = JSON.parse(lines[lines.length - 1]) as ChildReport;
  return { wallMs, answer: toAnswer(report.answer), queryMs: report.queryMs, maxRssKb: report.maxRssKb };
}

/**
 * One untimed process first (it also brings the file into the page cache), then as many timed
 * processes as the policy's budget allows at that pace, within its bounds. The samples are whole
 * process wall times; the peak memory is the largest any timed process reached.
 * @param toAnswer - turns the answer a child printed into the harness's form
 * @param inputBytes - the size of the file the child reads: the note then gives its throughput
 */
export async function measureProcesses(command: ChildCommand, policy: RunPolicy, toAnswer: (raw: unknown) => Answer, inputBytes?: number): Promise<SelfTimedReport> {
  const warmup = await runOnce(command, toAnswer);
  const runs: ChildRun[] = [];
  const count = timedRunCount([warmup.wallMs], policy);
  for (let r = 0; r < count; r++) runs.push(await runOnce(command, toAnswer));
  const consistent = runs.every((r) => sameAnswer(r.answer, warmup.answer));
  const queryMs = median(runs.map((r) => r.queryMs));
  const startupMs = median(runs.map((r) => r.wallMs - r.queryMs));
  const wallMs = median(runs.map((r) => r.wallMs));
  const mbPerS = (ms: number) => (inputBytes! / 1e6 / (ms / 1000)).toFixed(0);
  const throughput = inputBytes === undefined ? "" : `; ${mbPerS(wallMs)} MB/s for the whole process, ${mbPerS(queryMs)} MB/s for the query alone`;
  return {
    answer: consistent ? warmup.answer : null,
    samplesMs: runs.map((r) => r.wallMs),
    peakRssMb: Math.max(...runs.map((r) => r.maxRssKb)) / 1024,
    note: `median of the query alone ${queryMs.toFixed(1)} ms, of start-up, imports and exit ${startupMs.toFixed(1)} ms${throughput}`,
  };
}
