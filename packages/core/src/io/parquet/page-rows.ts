import type { Expr } from "../../expr/index.js";
import type { LeafColumn } from "./nested-schema.js";
import type { PageIndex } from "./page-index.js";
import { refutes } from "./prune.js";

/** Rows of a row group, as sorted, disjoint [start, end) ranges. */
export type RowRanges = readonly (readonly [start: number, end: number])[];

/**
 * The rows of a row group where the predicate may be true, judged page by page from the column
 * indexes of the columns it names. The pages of different columns break at different rows, so
 * the group is cut at every page start of every indexed column: each piece lies within one page
 * of each, and is dropped when those pages' statistics refute the predicate (the same proof as
 * for row groups). Adjacent kept pieces are merged.
 * @param indexes - the page indexes of the predicate's flat columns that have one, by name
 * @param rows - the row group's row count
 */
export function candidateRows(predicate: Expr, indexes: ReadonlyMap<string, { leaf: LeafColumn; index: PageIndex }>, rows: number): RowRanges {
  const cuts = new Set<number>([0]);
  for (const { index } of indexes.values()) for (const page of index.pages) cuts.add(page.firstRow);
  const starts = [...cuts].sort((a, b) => a - b);
  const kept: [number, number][] = [];
  const page = new Map<string, number>();
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : rows;
    const lookup = (name: string) => {
      const found = indexes.get(name);
      if (found?.index.stats === undefined) return undefined;
      let p = page.get(name) ?? 0;
      while (p + 1 < found.index.pages.length && found.index.pages[p + 1].firstRow <= start) p++;
      page.set(name, p);
      return { stats: found.index.stats[p], leaf: found.leaf };
    };
    if (refutes(predicate, lookup)) return;
    const last = kept[kept.length - 1];
    if (last !== undefined && last[1] === start) last[1] = end;
    else kept.push([start, end]);
  });
  return kept;
}

/** The number of rows the ranges hold. */
export function rowCount(ranges: RowRanges): number {
  return ranges.reduce((n, [start, end]) => n + end - start, 0);
}
