import { afterAll, describe, expect, it } from "vitest";
import { runCampaign, signature } from "../fuzz/campaign.js";
import { FAILURES, OUTCOMES } from "../fuzz/outcome.js";
import { JudgePool } from "../fuzz/pool.js";

// A seeded slice of the `pnpm fuzz` campaign: the same inputs as the first `QUIVER_FUZZ_COUNT`
// (default 2,000) of `pnpm fuzz --seed 1`, each judged on every path against the reference
// decoding, under the campaign's time and memory limits (the time limit raised for a loaded machine).
const count = Number(process.env.QUIVER_FUZZ_COUNT ?? 2000);
const seed = Number(process.env.QUIVER_FUZZ_SEED ?? 1);

describe("a slice of the fuzz campaign", () => {
  const pool = new JudgePool({ size: 2, timeoutMs: 20_000 });
  afterAll(() => pool.close());

  it(`${count} mutated inputs of seed ${seed} each give a documented error or the reference answer`, async () => {
    const result = await runCampaign(pool, { seed, count });
    const failures = result.failures.map((f) => `#${f.index} [${f.recipe}] ${signature(f)}\n    ${f.detail}`);
    expect(failures, "replay one with: pnpm fuzz --seed N --first INDEX --count 1").toEqual([]);
    expect(OUTCOMES.reduce((sum, o) => sum + result.counts[o], 0)).toBe(count);
    for (const outcome of FAILURES) expect(result.counts[outcome], outcome).toBe(0);
    // The slice is not vacuous: most inputs are refused, and some still answer and are checked.
    expect(result.counts.error).toBeGreaterThan(count / 2);
    expect(result.counts.ok).toBeGreaterThan(count / 20);
    expect(result.unverified).toBeLessThan(count / 2);
  }, 600_000);
});
