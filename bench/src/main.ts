import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeEnvironment } from "./environment.js";
import { formatConsoleTable } from "./report/console.js";
import { writeResultsJson, writeText } from "./report/files.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderSvg } from "./report/svg.js";
import { runScenario } from "./run-scenario.js";
import { SCENARIOS } from "./scenarios/index.js";
import type { Result, RunPolicy } from "./system.js";

const FULL: RunPolicy = { warmupRuns: 5, warmupBudgetMs: 2000, minRuns: 7, maxRuns: 21, budgetMs: 3000 };
const QUICK: RunPolicy = { warmupRuns: 2, warmupBudgetMs: 300, minRuns: 3, maxRuns: 7, budgetMs: 300 };

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
// Quick runs go to a git-ignored folder so a smoke run never rewrites the published numbers.
const FULL_JSON = fromHere("../results/latest.json");
const QUICK_JSON = fromHere("../results/tmp/quick.json");
const DOCS = fromHere("../../docs/benchmarks.md");
const CHART = fromHere("../../docs/benchmarks.svg");
const QUICK_CHART = fromHere("../results/tmp/quick.svg");

const USAGE = `usage: pnpm bench [--quick] [--only TEXT]
  --quick       a tenth of the rows, ${QUICK.minRuns}–${QUICK.maxRuns} timed runs; writes ${QUICK_JSON} only
  --only TEXT   run only the scenarios whose name contains TEXT; a full run replaces their rows in
                the published results and keeps the other scenarios' rows
environment: PYTHON names the interpreter NumPy runs in (default python3)`;

interface Args {
  readonly quick: boolean;
  readonly only: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  let quick = false;
  let only: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // pnpm forwards a literal "--" when called as `pnpm bench -- --quick`.
    if (arg === "--") continue;
    if (arg === "--quick") quick = true;
    else if (arg === "--only" && i + 1 < argv.length) only = argv[++i];
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument: ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return { quick, only };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { quick, only } = parseArgs(process.argv.slice(2));
  const policy = quick ? QUICK : FULL;
  const scenarios = SCENARIOS.filter((s) => only === null || s.name.includes(only));
  const env = describeEnvironment();
  console.log(
    `Quiver benchmarks${quick ? " (quick)" : ""}: ${scenarios.length} scenarios; ${env.cpu}, ${env.cores} cores, ` +
      `Node ${env.node}\npeers: ${env.peers.join(", ")}\n`,
  );
  const results: Result[] = [];
  // The published results are rewritten after every scenario, so an interrupted run keeps what
  // it measured; a full run with --only replaces the rows of its scenarios and keeps the others.
  const publish = !quick;
  const kept = publish ? previousResults().filter((r) => !scenarios.some((s) => s.name === r.scenario)) : [];
  for (const scenario of scenarios) {
    const scenarioResults = await runScenario(scenario, quick ? scenario.shape.quick : scenario.shape.full, policy);
    results.push(...scenarioResults);
    console.log(`${formatConsoleTable(scenarioResults)}\n`);
    write([...kept, ...results], publish, env, policy);
  }
  console.log(`results: ${publish ? FULL_JSON : QUICK_JSON}`);
  console.log(publish ? `docs:    ${DOCS}\nchart:   ${CHART}` : `chart:   ${QUICK_CHART}`);
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (results.some((r) => r.correct === false)) process.exitCode = 1;
}

/** Writes the results (in the scenarios' order) as JSON and a chart, and the docs page when published. */
function write(all: Result[], publish: boolean, env: ReturnType<typeof describeEnvironment>, policy: RunPolicy): void {
  const order = (r: Result) => SCENARIOS.findIndex((s) => s.name === r.scenario);
  const results = all.map((r, i) => ({ r, i })).sort((a, b) => order(a.r) - order(b.r) || a.i - b.i).map(({ r }) => r);
  writeResultsJson(publish ? FULL_JSON : QUICK_JSON, results);
  const title = `Quiver vs peers: argmin, ns per element (${env.date})`;
  writeText(publish ? CHART : QUICK_CHART, renderSvg(results, title));
  if (publish) writeText(DOCS, renderMarkdown(results, SCENARIOS, policy, env, "benchmarks.svg"));
}

/** The published results of earlier runs, for the scenarios this run does not measure. */
function previousResults(): Result[] {
  const published = existsSync(FULL_JSON) ? (JSON.parse(readFileSync(FULL_JSON, "utf8")) as Result[]) : [];
  return published.filter((r) => SCENARIOS.some((s) => s.name === r.scenario));
}

await main();
