/**
 * A fuzzing campaign: the seeded, reproducible sequence of mutated inputs, judged in a worker pool,
 * with counts by outcome and the failing inputs kept for minimisation.
 */
import { Rng } from "../src/testing/random.js";
import { type Anatomy, anatomy } from "./anatomy.js";
import type { Path } from "./judge.js";
import type { JudgePool } from "./pool.js";
import { mutant } from "./mutate.js";
import { FAILURES, type Outcome, OUTCOMES } from "./outcome.js";
import { seeds } from "./seeds.js";

/** One generated input. */
export interface Input {
  readonly index: number;
  readonly bytes: Uint8Array;
  readonly chunkSeed: number;
  /** The seed and mutations it came from. */
  readonly recipe: string;
}

/** A failing input with its judgement. */
export interface Failure extends Input {
  readonly outcome: Outcome;
  readonly detail: string;
}

/** The counts of a campaign. */
export interface CampaignResult {
  readonly counts: Record<Outcome, number>;
  /** Counts by outcome of each path alone. */
  readonly byPath: Record<Path, Record<Outcome, number>>;
  /** Inputs the reference could not check (only errors were judged). */
  readonly unverified: number;
  readonly failures: Failure[];
}

let cached: Anatomy[] | undefined;

/** The seeds and their anatomies, computed once. */
export function seedAnatomies(): Anatomy[] {
  cached ??= seeds().flatMap((seed) => anatomy(seed) ?? []);
  return cached;
}

/**
 * The input number `index` of the campaign `seed`: the same numbers give the same bytes.
 * @param seed - the campaign's seed
 * @param index - the input's number
 * @returns the input
 */
export function inputAt(seed: number, index: number): Input {
  const rng = new Rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  const { bytes, recipe } = mutant(rng, seedAnatomies());
  return { index, bytes, chunkSeed: rng.uint32(), recipe };
}

/**
 * Runs `count` inputs from `first` through the pool.
 * @param pool - the workers
 * @param options - the campaign seed, the range of inputs, a progress callback, how many failures to keep
 * @returns counts by outcome and the failures
 */
export async function runCampaign(
  pool: JudgePool,
  options: { seed: number; count: number; first?: number; parallel?: number; keep?: number; onProgress?: (done: number, counts: Record<Outcome, number>) => void },
): Promise<CampaignResult> {
  const zero = (): Record<Outcome, number> => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const counts = zero();
  const byPath: Record<Path, Record<Outcome, number>> = { eager: zero(), bytes: zero(), stream: zero() };
  const failures: Failure[] = [];
  let unverified = 0;
  let next = options.first ?? 0;
  const end = next + options.count;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < end) {
      const input = inputAt(options.seed, next++);
      const judgement = await pool.judge(input.bytes, input.chunkSeed);
      counts[judgement.outcome]++;
      for (const [path, outcome] of Object.entries(judgement.paths ?? {})) byPath[path as Path][outcome]++;
      if (!judgement.verified) unverified++;
      if (FAILURES.includes(judgement.outcome) && failures.length < (options.keep ?? 10_000)) failures.push({ ...input, outcome: judgement.outcome, detail: judgement.detail });
      options.onProgress?.(++done, counts);
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 2 }, lane));
  return { counts, byPath, unverified, failures };
}

/**
 * A failure's signature: its outcome and its detail with numbers blanked, so one bug met many
 * times is minimised once.
 * @param failure - a failing input
 * @returns the signature
 */
export function signature(failure: Pick<Failure, "outcome" | "detail">): string {
  return `${failure.outcome} ${failure.detail.replace(/\(.*?\)/g, "").replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N").slice(0, 160)}`;
}
