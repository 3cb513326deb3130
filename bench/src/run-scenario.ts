import { describeMismatch, sameAnswer } from "./answers.js";
import { measureAll, median } from "./measure.js";
import { type Answer, type Result, type Runner, type RunPolicy, type Scenario, type SelfTimedReport, type Shape, skipped, type TimedRunner } from "./system.js";

/** One system's outcome before it becomes a result row. */
interface Outcome {
  readonly samplesMs: readonly number[];
  readonly correct: boolean | null;
  readonly wrongAnswer: Answer | null;
  readonly note: string | null;
  readonly peakRssMb: number | null;
}

/** The expected answer, and the reference's own report when it measured itself to give it. */
interface Reference {
  readonly answer: Answer;
  readonly report: SelfTimedReport | null;
}

/** Runs every system of a scenario on one input and returns a row per system, in list order. */
export async function runScenario<I>(scenario: Scenario<I>, shape: Shape, policy: RunPolicy): Promise<Result[]> {
  const input = await scenario.makeInput(shape);
  const runners: Runner[] = [];
  try {
    for (const system of scenario.systems) runners.push(await prepareSafely(system.prepare.bind(system), input));
    const reference = await referenceAnswer(scenario, runners[0], policy);
    const expected = reference.answer;
    const outcomes = await measureRunners(runners, reference, policy);
    return scenario.systems.map((system, i) => {
      const outcome = outcomes[i];
      const who = `${scenario.name}: ${system.name} (${system.variant})`;
      if (outcome.correct === false && outcome.samplesMs.length === 0) {
        console.error(`!!! FAILED in ${who}: ${outcome.note} !!!`);
      } else if (outcome.correct === false) {
        const how = describeMismatch(outcome.wrongAnswer, expected, scenario.systems[0].name);
        console.error(`!!! MISMATCH in ${who} ${how}; its timing does not count !!!`);
      } else if (outcome.correct === null) {
        console.error(`--- skipped in ${who}: ${outcome.note}`);
      }
      const result = toResult(scenario.name, system.name, system.variant, shape, outcome);
      const runner = runners[i];
      return runner.kind === "timed" && runner.bound ? { ...result, bound: true } : result;
    });
  } finally {
    for (const runner of runners) if (runner.kind !== "skipped") await runner.dispose?.();
  }
}

/** A system whose preparation throws (a missing binary, an unsupported type) is skipped, not fatal. */
async function prepareSafely<I>(prepare: (input: I) => Runner | Promise<Runner>, input: I): Promise<Runner> {
  try {
    return await prepare(input);
  } catch (error) {
    return skipped(`could not prepare: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The reference's answer: one untimed run in process, or, for a reference in another process,
 * its whole measurement (its runs must agree among themselves), kept so it is not measured twice.
 */
async function referenceAnswer<I>(scenario: Scenario<I>, reference: Runner, policy: RunPolicy): Promise<Reference> {
  if (reference.kind === "timed") return { answer: reference.answer(await reference.run()), report: null };
  if (reference.kind === "skipped") throw new Error(`${scenario.name}: the reference system cannot run: ${reference.reason}`);
  const report = await reference.measure(policy);
  if (report.answer === null) throw new Error(`${scenario.name}: the reference system's runs disagreed among themselves`);
  return { answer: report.answer, report };
}

async function measureRunners(runners: readonly Runner[], reference: Reference, policy: RunPolicy): Promise<Outcome[]> {
  const expected = reference.answer;
  const outcomes: (Outcome | undefined)[] = runners.map((r) =>
    r.kind === "skipped" ? { samplesMs: [], correct: null, wrongAnswer: null, note: r.reason, peakRssMb: null } : undefined,
  );
  const timedIndices = runners.flatMap((r, i) => (r.kind === "timed" ? [i] : []));
  const measurements = await measureAll(
    timedIndices.map((i) => runners[i] as TimedRunner),
    expected,
    policy,
  );
  timedIndices.forEach((i, k) => {
    const m = measurements[k];
    outcomes[i] = { samplesMs: m.samplesMs, correct: m.correct, wrongAnswer: m.wrongAnswer, note: null, peakRssMb: null };
  });
  // Systems in another process run alone, after the in-process ones, so neither disturbs the other.
  for (const [i, runner] of runners.entries()) {
    if (runner.kind !== "self-timed") continue;
    const report = i === 0 && reference.report ? Promise.resolve(reference.report) : runner.measure(policy);
    outcomes[i] = await selfTimedOutcome(report, expected);
  }
  return outcomes as Outcome[];
}

async function selfTimedOutcome(report: Promise<SelfTimedReport>, expected: Answer): Promise<Outcome> {
  try {
    const { answer, samplesMs, peakRssMb, note } = await report;
    const correct = answer !== null && sameAnswer(answer, expected);
    return { samplesMs, correct, wrongAnswer: correct ? null : answer, note: note ?? null, peakRssMb: peakRssMb ?? null };
  } catch (error) {
    // A system that ran and crashed gave no right answer: a finding, like a mismatch, not a skip.
    const note = `failed: ${error instanceof Error ? error.message : String(error)}`;
    return { samplesMs: [], correct: false, wrongAnswer: null, note, peakRssMb: null };
  }
}

function toResult(scenario: string, system: string, variant: string, shape: Shape, o: Outcome): Result {
  const n = shape.rows * shape.columns;
  const ran = o.samplesMs.length > 0;
  const medianMs = ran ? median(o.samplesMs) : null;
  return {
    scenario,
    system,
    variant,
    n,
    medianMs,
    minMs: ran ? Math.min(...o.samplesMs) : null,
    nsPerElement: medianMs === null ? null : (medianMs * 1e6) / n,
    runs: o.samplesMs.length,
    peakRssMb: o.peakRssMb,
    correct: o.correct,
    note: o.note,
  };
}
