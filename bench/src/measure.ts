/** Timing of systems: warm-up, interleaved timed runs, and a check of every answer. */

export interface MeasureOptions {
  readonly warmupRuns: number;
  readonly timedRuns: number;
}

export interface Measurement {
  readonly medianMs: number;
  readonly minMs: number;
  /** Every answer, warm-up included, equalled the expected index. */
  readonly correct: boolean;
  /** The first answer that differed, for the mismatch message. */
  readonly wrongAnswer: number | null;
}

interface Subject<I> {
  run(input: I): number;
}

/**
 * Times each subject on `input`. Timed runs go round-robin over the subjects, so drift in machine
 * load (other processes share this machine) spreads over all of them instead of biasing one.
 * @param expected - the index every run must return
 */
export function measureAll<I>(
  subjects: readonly Subject<I>[],
  input: I,
  expected: number,
  options: MeasureOptions,
): Measurement[] {
  const samples = subjects.map(() => [] as number[]);
  const wrong: (number | null)[] = subjects.map(() => null);
  const check = (s: number, answer: number): void => {
    if (answer !== expected && wrong[s] === null) wrong[s] = answer;
  };
  for (let w = 0; w < options.warmupRuns; w++) {
    subjects.forEach((subject, s) => check(s, subject.run(input)));
  }
  for (let r = 0; r < options.timedRuns; r++) {
    subjects.forEach((subject, s) => {
      const start = process.hrtime.bigint();
      const answer = subject.run(input);
      const elapsed = process.hrtime.bigint() - start;
      check(s, answer);
      samples[s].push(Number(elapsed) / 1e6);
    });
  }
  return samples.map((ms, s) => ({
    medianMs: median(ms),
    minMs: Math.min(...ms),
    correct: wrong[s] === null,
    wrongAnswer: wrong[s],
  }));
}

/** Median, averaging the two middle samples when their count is even. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
