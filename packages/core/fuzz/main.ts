/**
 * `pnpm fuzz`: mutates valid Arrow IPC inputs, judges each in a worker under a time and memory
 * limit, prints counts by outcome, and minimises each distinct failure into `test/corpus/`.
 *
 * Options: `--seed N` (default 1), `--count N` (default 100000), `--workers N` (default 2),
 * `--timeout MS` (default 5000), `--minimise N` distinct failures to minimise (default 20),
 * `--out DIR` where minimised inputs go (default test/corpus), `--no-save` to minimise without
 * writing, `--first N` to start at input N, `--every N` progress interval, `--replay FILE…` to judge
 * files and print the details.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Failure, runCampaign, signature } from "./campaign.js";
import { minimise } from "./minimise.js";
import { OUTCOMES } from "./outcome.js";
import { JudgePool } from "./pool.js";

const CORPUS = fileURLToPath(new URL("../test/corpus/", import.meta.url));

function text(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

async function replay(pool: JudgePool, files: string[]): Promise<void> {
  for (const file of files) {
    const judgement = await pool.judge(new Uint8Array(readFileSync(file)), 1);
    console.log(`${file}: ${judgement.outcome}${judgement.verified ? "" : " (unverified)"} ${judgement.detail}`);
  }
}

async function shrink(pool: JudgePool, failure: Failure): Promise<Uint8Array> {
  const budget = failure.outcome === "hang" ? 40 : 400;
  return minimise(failure.bytes, async (candidate) => (await pool.judge(candidate, failure.chunkSeed)).outcome === failure.outcome, budget);
}

async function main(): Promise<void> {
  const seed = option("seed", 1);
  const count = option("count", 100_000);
  const workers = option("workers", 2);
  const pool = new JudgePool({ size: workers, timeoutMs: option("timeout", 5000) });
  try {
    const replayAt = process.argv.indexOf("--replay");
    if (replayAt >= 0) return await replay(pool, process.argv.slice(replayAt + 1));
    const started = Date.now();
    const result = await runCampaign(pool, {
      seed,
      count,
      parallel: workers,
      first: option("first", 0),
      onProgress: (done, counts) => {
        if (done % option("every", 1000) === 0) console.error(`${done}/${count} ${((Date.now() - started) / 1000).toFixed(0)} s ${OUTCOMES.map((o) => `${o} ${counts[o]}`).join(", ")}`);
      },
    });
    console.log(`seed ${seed}, ${count} inputs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    console.log(`  ${"outcome".padEnd(15)} ${"input".padStart(7)} ${["readIpc", "scan bytes", "scan stream"].map((h) => h.padStart(12)).join("")}`);
    for (const outcome of OUTCOMES) {
      const paths = (["eager", "bytes", "stream"] as const).map((p) => String(result.byPath[p][outcome]).padStart(12)).join("");
      console.log(`  ${outcome.padEnd(15)} ${String(result.counts[outcome]).padStart(7)}${paths}`);
    }
    console.log(`  (answers the reference could not check: ${result.unverified})`);
    const distinct = new Map<string, Failure>();
    for (const failure of result.failures) if (!distinct.has(signature(failure))) distinct.set(signature(failure), failure);
    console.log(`${result.failures.length} failures, ${distinct.size} distinct:`);
    for (const [sig, failure] of distinct) console.log(`  #${failure.index} [${failure.recipe}] ${sig}\n      ${failure.detail}`);
    const save = !process.argv.includes("--no-save");
    const out = text("out", CORPUS).replace(/\/?$/, "/");
    for (const failure of [...distinct.values()].slice(0, option("minimise", 20))) {
      const small = await shrink(pool, failure);
      const hash = createHash("sha1").update(small).digest("hex").slice(0, 10);
      const name = `${failure.outcome}-${hash}.arrow`;
      if (save) {
        mkdirSync(out, { recursive: true });
        writeFileSync(out + name, small);
      }
      console.log(`minimised #${failure.index} from ${failure.bytes.length} to ${small.length} bytes${save ? `: ${out}${name}` : ""}`);
    }
  } finally {
    await pool.close();
  }
}

await main();
