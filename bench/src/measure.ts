/** Timing of in-process systems: warm-up, interleaved timed runs, and a check of every answer. */
import { sameAnswer } from "./answers.js";
import type { Answer, RunPolicy, TimedRunner } from "./system.js";

export interface Measurement {
  readonly samplesMs: readonly number[];
  /** Every answer, warm-up included, equalled the expected one. */
  readonly correct: boolean;
  /** The first answer that differed, for the mismatch message. */
  readonly wrongAnswer: Answer | null;
}

/** Times one call; awaits only when the system is asynchronous, so sync ones pay nothing extra. */
async function timeOnce(runner: TimedRunner): Promise<{ result: unknown; ms: number }> {
  const start = process.hrtime.bigint();
  let result = runner.run();
  if (result instanceof Promise) result = await result;
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** How many timed runs fit the budget at the warm-up pace, within the policy's bounds. */
export function timedRunCount(warmupMs: readonly number[], policy: RunPolicy): number {
  const pace = Math.max(median(warmupMs), 1e-3);
  return Math.min(policy.maxRuns, Math.max(policy.minRuns, Math.round(policy.budgetMs / pace)));
}

/**
 * Times each runner. Timed runs go round-robin over the runners, so drift in machine load (other
 * processes share this machine) spreads over all of them instead of biasing one; a slow runner
 * simply leaves the rotation once it has its runs.
 * @param expected - the answer every run must give
 */
export async function measureAll(runners: readonly TimedRunner[], expected: Answer, policy: RunPolicy): Promise<Measurement[]> {
  const wrong: (Answer | null)[] = runners.map(() => null);
  const check = (s: number, result: unknown): void => {
    const answer = runners[s].answer(result);
    if (wrong[s] === null && !runners[s].bound && !sameAnswer(answer, expected)) wrong[s] = answer;
  };
  const counts: number[] = [];
  for (const [s, runner] of runners.entries()) {
    const warmupMs: number[] = [];
    while (warmupMs.length < Math.max(1, policy.warmupRuns)) {
      const { result, ms } = await timeOnce(runner);
      check(s, result);
      warmupMs.push(ms);
      if (warmupMs.reduce((a, b) => a + b, 0) > policy.warmupBudgetMs) break;
    }
    counts.push(timedRunCount(warmupMs, policy));
  }
  const samples = runners.map(() => [] as number[]);
  for (let r = 0; r < Math.max(0, ...counts); r++) {
    for (const [s, runner] of runners.entries()) {
      if (r >= counts[s]) continue;
      const { result, ms } = await timeOnce(runner);
      check(s, result);
      samples[s].push(ms);
    }
  }
  return samples.map((ms, s) => ({ samplesMs: ms, correct: wrong[s] === null, wrongAnswer: wrong[s] }));
}

/** Median, averaging the two middle samples when their count is even. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
