import { type Dictionary, Type } from "apache-arrow";
import type { Expr } from "../../expr/index.js";
import { columnStats, type ColumnStats, compareStat, type StatValue } from "./stats.js";
import type { LeafColumn } from "./nested-schema.js";
import type { ParquetSource } from "./parquet-source.js";
import type { ExtremeClaim } from "./extreme-claims.js";
import { flatLeaf } from "./schema.js";

/** The row groups a scan reads, and for each skipped one (or run of them) why. */
export interface RowGroupChoice {
  readonly groups: readonly number[];
  readonly why: readonly string[];
  /** What the statistics claim of the groups read, checked as they are read. */
  readonly claims?: readonly ExtremeClaim[];
}

/**
 * Which row groups may hold rows where the predicate is true, judged from footer statistics. A
 * group is skipped only when its statistics prove the predicate false (or null) on every row: a
 * comparison whose column's bounds lie wholly on the wrong side, a null test the null count
 * answers, an `and` with one such part, an `or` whose every part is such. NaN never satisfies a
 * comparison, so statistics that leave NaN out still prove it; `neq` on floats is never pruned.
 * @param source - the file
 * @param predicate - the scan's row predicate, or null
 */
export function pruneRowGroups(source: ParquetSource, predicate: Expr | null): RowGroupChoice {
  const start = source.only ?? { groups: source.rowGroupRows.map((_, g) => g), why: [] };
  if (predicate === null) return start;
  const groups: number[] = [];
  const skipped: number[] = [];
  for (const g of start.groups) (refutes(predicate, (name) => statsOf(source, g, name)) ? skipped : groups).push(g);
  if (skipped.length === 0) return start;
  return { groups, why: [...start.why, `statistics refute the predicate in row groups [${skipped.join(", ")}]`] };
}

/** The statistics of a column over the rows being judged, or undefined when there are none. */
export type StatsLookup = (column: string) => { stats: ColumnStats; leaf: LeafColumn } | undefined;

function statsOf(source: ParquetSource, group: number, name: string): { stats: ColumnStats; leaf: LeafColumn } | undefined {
  const leaf = flatLeaf(source.layout, name);
  return leaf === undefined ? undefined : { stats: columnStats(source.metadata, group, leaf), leaf };
}

const FLIPPED: Record<string, string> = { gt: "lt", gte: "lte", lt: "gt", lte: "gte", eq: "eq", neq: "neq" };

/**
 * True when the statistics prove that no row makes the predicate true.
 * @param lookup - the statistics of each column over the rows judged: a row group's, or a page's
 */
export function refutes(predicate: Expr, lookup: StatsLookup): boolean {
  const node = predicate.node;
  if (node.kind !== "function") return false;
  const [a, b] = node.args;
  switch (node.name) {
    case "and":
      return refutes(a, lookup) || refutes(b, lookup);
    case "or":
      return refutes(a, lookup) && refutes(b, lookup);
    case "isNull":
    case "isNotNull": {
      const found = a.node.kind === "column" ? lookup(a.node.name) : undefined;
      if (found?.stats.nullCount === undefined) return false;
      return node.name === "isNull" ? found.stats.nullCount === 0 : found.stats.nullCount === found.stats.rows;
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte":
    case "eq":
    case "neq": {
      if (a.node.kind === "column" && b.node.kind === "literal") return refutesComparison(node.name, lookup(a.node.name), b.node.value);
      if (b.node.kind === "column" && a.node.kind === "literal") return refutesComparison(FLIPPED[node.name], lookup(b.node.name), a.node.value);
      return false;
    }
    default:
      return false;
  }
}

function refutesComparison(op: string, found: { stats: ColumnStats; leaf: LeafColumn } | undefined, literal: unknown): boolean {
  if (found === undefined) return false;
  const { stats, leaf } = found;
  if (stats.nullCount !== undefined && stats.nullCount === stats.rows) return true; // every comparison is null
  const value = literalStat(leaf, literal);
  if (value === undefined || stats.min === undefined || stats.max === undefined) return false;
  const low = compareStat(stats.min, value);
  const high = compareStat(stats.max, value);
  switch (op) {
    case "gt":
      return high <= 0;
    case "gte":
      return high < 0;
    case "lt":
      return low >= 0;
    case "lte":
      return low > 0;
    case "eq":
      return low > 0 || high < 0;
    case "neq":
      // NaN != x is true, and NaN is in no statistic: only NaN-free (non-float) columns prune.
      return leaf.type.typeId !== Type.Float && stats.minExact && stats.maxExact && low === 0 && high === 0 && stats.nullCount !== undefined;
    default:
      return false;
  }
}

/** A literal in the column's statistics domain, or undefined when the two do not compare plainly. */
function literalStat(leaf: LeafColumn, literal: unknown): StatValue | undefined {
  const id = leaf.type.typeId === Type.Dictionary ? (leaf.type as Dictionary).dictionary.typeId : leaf.type.typeId;
  if (typeof literal === "string") return id === Type.Utf8 || id === Type.Binary ? new TextEncoder().encode(literal) : undefined;
  if (typeof literal === "boolean") return id === Type.Bool ? literal : undefined;
  if (typeof literal !== "number" && typeof literal !== "bigint") return undefined;
  if (typeof literal === "number" && Number.isNaN(literal)) return undefined;
  return id === Type.Int || id === Type.Float ? literal : undefined;
}
