/**
 * The existing name closest to a misspelt one, for "did you mean" hints: a case-insensitive match
 * first, else the smallest edit distance if it is small for the name's length.
 * @param name - the name that was not found
 * @param candidates - the names that exist
 * @returns the suggestion, or undefined when nothing is close
 * @example closestName("dealy", ["delay", "distance"]) // "delay"
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const folded = name.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === folded);
  if (sameCase !== undefined) return sameCase;
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(folded, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance where swapping two adjacent characters costs one edit (typos). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}
