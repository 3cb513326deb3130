import { describeGroupMismatch, sameGroups } from "./group-answers.js";
import type { Answer, GroupAnswer } from "./system.js";

const isGroups = (a: Answer): a is GroupAnswer => typeof a === "object" && "kind" in a;

/** Whether two answers are the same index, the same positions row for row, or the same groups. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  if (typeof a === "number" || typeof b === "number") return a === b;
  if (isGroups(a) || isGroups(b)) return isGroups(a) && isGroups(b) && sameGroups(a, b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How a wrong answer differs from the reference's, for the mismatch message. */
export function describeMismatch(answer: Answer | null, expected: Answer, reference: string): string {
  if (answer === null) return "gave answers that differed between its own runs";
  if (isGroups(answer) && isGroups(expected)) return describeGroupMismatch(answer, expected, reference);
  if (typeof answer === "number" || typeof expected === "number" || isGroups(answer) || isGroups(expected)) {
    const shown = (a: Answer): string =>
      typeof a === "number" ? String(a) : isGroups(a) ? `${a.groups.size} groups` : `${a.length} positions`;
    return `returned ${shown(answer)}, the reference ${reference} returned ${shown(expected)}`;
  }
  if (answer.length !== expected.length) return `returned ${answer.length} positions, the reference ${reference} ${expected.length}`;
  let differing = 0;
  let first = -1;
  for (let i = 0; i < answer.length; i++) {
    if (answer[i] !== expected[i]) {
      differing++;
      if (first < 0) first = i;
    }
  }
  return (
    `differs from the reference ${reference} in ${differing} of ${answer.length} rows; ` +
    `the first is row ${first}: ${answer[first]} instead of ${expected[first]}`
  );
}

/** An engine's index; a missing one (null, undefined) is a failure of the system, reported as an index no reference can return. */
export const indexOrMissing = (index: number | null | undefined): number => index ?? -1;

/** Per-row positions copied out of whatever integer array an engine returned. */
export function positions(values: ArrayLike<number | bigint | null>): Int32Array {
  const out = new Int32Array(values.length);
  // A null position (no value in the row) becomes -1, which no reference answer holds.
  for (let i = 0; i < values.length; i++) out[i] = values[i] === null ? -1 : Number(values[i]);
  return out;
}
