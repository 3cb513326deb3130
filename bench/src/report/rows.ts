import type { Result } from "../system.js";

/** The system whose median is the numerator of every ratio. */
const SUBJECT_SYSTEM = "quiver";

/** One result as displayed: numbers formatted, plus Quiver's median over this one's. */
export interface DisplayRow {
  readonly system: string;
  readonly variant: string;
  readonly medianMs: string;
  readonly minMs: string;
  readonly nsPerElement: string;
  readonly ratio: string;
  readonly correct: string;
  /** Peak RSS in MiB, or "—" when the system shared the harness process. */
  readonly peakRssMb: string;
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

/** The scenario's first correct Quiver row: the numerator of its ratios. */
function subjectOf(group: readonly Result[]): Result | undefined {
  return group.find((r) => r.system === SUBJECT_SYSTEM && r.correct === true && r.medianMs !== null);
}

/**
 * What the correct column says: yes, bound (a bound that answers nothing ran), MISMATCH (a wrong answer), FAILED (it ran and crashed), or
 * that (and, unless `brief`, why) the system did not run.
 */
export function verdict(r: Result, brief = false): string {
  if (r.bound && r.correct === true) return "bound";
  if (r.correct === true) return "yes";
  if (r.correct === false && r.medianMs === null) return brief ? "FAILED" : `FAILED: ${r.note ?? "no answer"}`;
  if (r.correct === false) return "MISMATCH";
  return brief ? "skipped" : `skipped: ${r.note ?? "did not run"}`;
}

const fixed = (value: number | null, digits: number): string => (value === null ? "—" : value.toFixed(digits));

/** Two significant digits below 0.1, so a system hundreds of times slower does not read as 0.00×. */
const formatRatio = (ratio: number): string =>
  `${ratio >= 10 ? ratio.toFixed(1) : ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}×`;

/**
 * Formats one scenario's results. The ratio is Quiver's median / this system's median, so above 1
 * means this system is faster than Quiver; it is left blank when either answered wrongly, since a
 * wrong answer has no meaningful speed.
 */
export function displayRows(group: readonly Result[], options: { brief?: boolean } = {}): DisplayRow[] {
  const subject = subjectOf(group);
  return group.map((r) => ({
    system: r.system,
    variant: r.variant,
    medianMs: fixed(r.medianMs, 2),
    minMs: fixed(r.minMs, 2),
    nsPerElement: fixed(r.nsPerElement, 3),
    ratio: subject && r.correct && r.medianMs ? formatRatio(subject.medianMs! / r.medianMs) : "—",
    correct: verdict(r, options.brief),
    peakRssMb: fixed(r.peakRssMb, 0),
  }));
}

/** Whether any row of the group measured its own peak memory, so the tables show that column. */
export const hasPeakRss = (group: readonly Result[]): boolean => group.some((r) => r.peakRssMb !== null);

/** The notes of the systems that ran (a skipped system's note is its verdict already). */
export function ranNotes(group: readonly Result[]): { system: string; variant: string; note: string }[] {
  return group.flatMap((r) => (r.correct !== null && r.note ? [{ system: r.system, variant: r.variant, note: r.note }] : []));
}
