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
  --only TEXT   run only the scenarios whose name contains TEXT (implies not publishing)
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
  for (const scenario of scenarios) {
    const scenarioResults = await runScenario(scenario, quick ? scenario.shape.quick : scenario.shape.full, policy);
    results.push(...scenarioResults);
    console.log(`${formatConsoleTable(scenarioResults)}\n`);
  }
  // A partial run (--only) must not replace the published full results.
  const publish = !quick && only === null;
  const jsonPath = publish ? FULL_JSON : QUICK_JSON;
  writeResultsJson(jsonPath, results);
  const title = `Quiver vs peers: argmin, ns per element (${env.date})`;
  writeText(publish ? CHART : QUICK_CHART, renderSvg(results, title));
  console.log(`results: ${jsonPath}`);
  if (publish) {
    writeText(DOCS, renderMarkdown(results, SCENARIOS, policy, env, "benchmarks.svg"));
    console.log(`docs:    ${DOCS}\nchart:   ${CHART}`);
  } else {
    console.log(`chart:   ${QUICK_CHART}`);
  }
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (results.some((r) => r.correct === false)) process.exitCode = 1;
}

await main();
