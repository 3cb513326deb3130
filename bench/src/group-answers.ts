/** Group-by answers: built from whatever columns an engine returned, compared as maps. */
import type { GroupAnswer } from "./system.js";

/** One cell as text: 64-bit integers and numbers alike print as digits, so 17n and 17 agree. */
const cellText = (value: unknown): string => (value === null || value === undefined ? "null" : String(value));

/**
 * A group answer from parallel columns: the group keys, then one column per value the group
 * answers (an index, the value at it, …).
 * @throws when two rows have the same key, which no group-by returns
 */
export function groupAnswer(keys: ArrayLike<unknown>, ...columns: readonly ArrayLike<unknown>[]): GroupAnswer {
  const groups = new Map<string, string>();
  for (let g = 0; g < keys.length; g++) {
    const key = cellText(keys[g]);
    if (groups.has(key)) throw new Error(`group ${key} appears twice in the result`);
    groups.set(key, columns.map((c) => cellText(c[g])).join("|"));
  }
  return { kind: "groups", groups };
}

/** A group answer from [key, value, …] rows, the form a child process prints. */
export function groupAnswerFromRows(rows: readonly (readonly unknown[])[]): GroupAnswer {
  const width = rows.length === 0 ? 1 : rows[0].length;
  const columns = Array.from({ length: width }, (_, c) => rows.map((row) => row[c]));
  return groupAnswer(columns[0], ...columns.slice(1));
}

export function sameGroups(a: GroupAnswer, b: GroupAnswer): boolean {
  if (a.groups.size !== b.groups.size) return false;
  for (const [key, value] of a.groups) if (b.groups.get(key) !== value) return false;
  return true;
}

/** How many groups differ (missing, extra or answering otherwise) and the first, by key order. */
export function describeGroupMismatch(answer: GroupAnswer, expected: GroupAnswer, reference: string): string {
  const keys = [...new Set([...answer.groups.keys(), ...expected.groups.keys()])].sort();
  const differing = keys.filter((k) => answer.groups.get(k) !== expected.groups.get(k));
  if (differing.length === 0) return `matches the reference ${reference}`;
  const first = differing[0];
  const shown = (value: string | undefined): string => value ?? "no such group";
  return (
    `has ${answer.groups.size} groups, the reference ${reference} ${expected.groups.size}; ${differing.length} differ; ` +
    `the first is group ${first}: ${shown(answer.groups.get(first))} instead of ${shown(expected.groups.get(first))}`
  );
}
