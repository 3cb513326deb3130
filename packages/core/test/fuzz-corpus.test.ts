import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { seedAnatomies } from "../fuzz/campaign.js";
import { JudgePool } from "../fuzz/pool.js";

// Every input the fuzzer ever minimised and every committed file it mutates: each must give a
// documented error or exactly the reference answer, on every path, within the time limit.
const CORPUS = fileURLToPath(new URL("./corpus/", import.meta.url));
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => /\.(arrow|parquet)$/.test(name)).sort() : [];

describe("the fuzz corpus", () => {
  const pool = new JudgePool({ size: 2, timeoutMs: 20_000 });
  afterAll(() => pool.close());

  const judged = async (bytes: Uint8Array, name: string): Promise<void> => {
    const judgement = await pool.judge(bytes, 1);
    expect(["ok", "error"], `${name}: ${judgement.detail}`).toContain(judgement.outcome);
  };

  it("is named by outcome and content hash", () => {
    expect(corpus.filter((name) => !/^(internal-error|mismatch|hang|oom|crash)-[0-9a-f]{10}\.(arrow|parquet)$/.test(name))).toEqual([]);
  });

  it.each(corpus)("%s gives a documented error or the reference answer", async (name) => {
    await judged(new Uint8Array(readFileSync(CORPUS + name)), name);
  });

  it("reads every committed file the fuzzer mutates, or refuses it with a documented error", async () => {
    const committed = seedAnatomies().filter((a) => a.seed.committed);
    expect(committed.length).toBeGreaterThan(0);
    await Promise.all(committed.map((a) => judged(a.seed.bytes, a.seed.name)));
  });
});
