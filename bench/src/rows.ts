import type { Result } from "./system.js";

/** The system every scenario's ratios are taken against. */
export const REFERENCE_SYSTEM = "plain-loop";

/** One result as displayed: numbers formatted, plus its ratio to the reference of its scenario. */
export interface DisplayRow {
  readonly system: string;
  readonly variant: string;
  readonly medianMs: string;
  readonly minMs: string;
  readonly nsPerElement: string;
  readonly ratio: string;
  readonly correct: string;
}

/** Results grouped by scenario, in first-seen order. */
export function byScenario(results: readonly Result[]): Map<string, Result[]> {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    const group = groups.get(r.scenario) ?? [];
    group.push(r);
    groups.set(r.scenario, group);
  }
  return groups;
}

/**
 * Formats one scenario's results. The ratio is median / reference median, so below 1 is faster
 * than the plain loop; it is left blank when either side answered wrongly, since a wrong answer
 * has no meaningful speed.
 */
export function displayRows(group: readonly Result[]): DisplayRow[] {
  const reference = group.find((r) => r.system === REFERENCE_SYSTEM);
  return group.map((r) => ({
    system: r.system,
    variant: r.variant,
    medianMs: r.medianMs.toFixed(2),
    minMs: r.minMs.toFixed(2),
    nsPerElement: r.nsPerElement.toFixed(3),
    ratio: reference && reference.correct && r.correct ? `${(r.medianMs / reference.medianMs).toFixed(2)}×` : "—",
    correct: r.correct ? "yes" : "MISMATCH",
  }));
}
