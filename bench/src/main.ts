import { fileURLToPath } from "node:url";
import { formatConsoleTable } from "./console.js";
import { describeEnvironment } from "./environment.js";
import { measureAll } from "./measure.js";
import { renderMarkdown, type RunSettings, writeMarkdown, writeResultsJson } from "./report.js";
import { SCENARIOS } from "./scenarios.js";
import type { Result, Scenario } from "./system.js";

const FULL: RunSettings = { n: 10_000_000, warmupRuns: 5, timedRuns: 21 };
const QUICK: RunSettings = { n: 1_000_000, warmupRuns: 2, timedRuns: 5 };

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
// Quick runs go to a git-ignored folder so a smoke run never rewrites the published numbers.
const FULL_JSON = fromHere("../results/latest.json");
const QUICK_JSON = fromHere("../results/tmp/quick.json");
const DOCS = fromHere("../../docs/benchmarks.md");

const USAGE = `usage: pnpm bench [--quick]
  --quick   ${QUICK.n.toLocaleString("en-US")} elements, ${QUICK.timedRuns} timed runs; writes ${QUICK_JSON} only`;

function parseArgs(argv: readonly string[]): { quick: boolean } {
  let quick = false;
  for (const arg of argv) {
    // pnpm forwards a literal "--" when called as `pnpm bench -- --quick`.
    if (arg === "--") continue;
    if (arg === "--quick") quick = true;
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument: ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return { quick };
}

function runScenario(scenario: Scenario, settings: RunSettings): Result[] {
  const input = scenario.makeInput(settings.n);
  const [reference] = scenario.systems;
  const expected = reference.run(input);
  const measurements = measureAll(scenario.systems, input, expected, settings);
  return scenario.systems.map((system, i) => {
    const m = measurements[i];
    if (!m.correct) {
      console.error(
        `!!! MISMATCH in ${scenario.name}: ${system.name} (${system.variant}) returned ${m.wrongAnswer}, ` +
          `${reference.name} returned ${expected}; its timing does not count !!!`,
      );
    }
    return {
      scenario: scenario.name,
      system: system.name,
      variant: system.variant,
      n: settings.n,
      medianMs: m.medianMs,
      minMs: m.minMs,
      nsPerElement: (m.medianMs * 1e6) / settings.n,
      peakRssMb: null,
      correct: m.correct,
    };
  });
}

function main(): void {
  const { quick } = parseArgs(process.argv.slice(2));
  const settings = quick ? QUICK : FULL;
  const env = describeEnvironment();
  console.log(
    `Quiver benchmarks: n = ${settings.n.toLocaleString("en-US")}, ${settings.warmupRuns} warm-up + ` +
      `${settings.timedRuns} timed runs; ${env.cpu}, ${env.cores} cores, Node ${env.node}\n`,
  );
  const results: Result[] = [];
  for (const scenario of SCENARIOS) {
    const scenarioResults = runScenario(scenario, settings);
    results.push(...scenarioResults);
    console.log(`${formatConsoleTable(scenarioResults)}\n`);
  }
  const jsonPath = quick ? QUICK_JSON : FULL_JSON;
  writeResultsJson(jsonPath, results);
  console.log(`results: ${jsonPath}`);
  if (!quick) {
    writeMarkdown(DOCS, renderMarkdown(results, SCENARIOS, settings, env));
    console.log(`docs:    ${DOCS}`);
  }
  if (results.some((r) => !r.correct)) process.exitCode = 1;
}

main();
