import { Type } from "apache-arrow";
import type { ExtremeRequest } from "../../plan/nodes.js";
import type { ParquetSource } from "./parquet-source.js";
import { flatLeaf } from "./schema.js";
import type { RowGroupChoice } from "./prune.js";
import { claimCheckable, type ExtremeClaim } from "./extreme-claims.js";
import { columnStats, compareStat, showStat, type StatValue } from "./stats.js";

/**
 * The one row group that holds the first row with each requested extreme, proven from the
 * footer: the first group whose exact minimum (maximum) equals the smallest minimum (largest
 * maximum) of all groups, every group before it having only larger (smaller) bounds or only
 * nulls. Statistics leave NaN out, so where a NaN would decide the answer on a float column
 * nothing is proven; nor where a group lacks statistics, or a bound equal to the extreme is
 * inexact, nor for a column whose values cannot be checked against its statistics (see
 * {@link claimCheckable}). All requests must land in the same group; what the statistics claim of
 * it is checked when it is read.
 * @returns the group and why, or undefined when the statistics do not prove it
 */
export function extremeGroup(source: ParquetSource, requests: readonly ExtremeRequest[]): RowGroupChoice | undefined {
  if (source.only !== undefined || requests.length === 0) return undefined;
  let chosen: number | undefined;
  const why: string[] = [];
  const claims: ExtremeClaim[] = [];
  for (const request of requests) {
    const group = groupOf(source, request);
    if (group === undefined || (chosen !== undefined && group.index !== chosen)) return undefined;
    chosen = group.index;
    claims.push({ column: request.column, extreme: request.extreme, value: group.value, group: group.index });
    const reason = `${request.extreme} of "${request.column}" is ${showStat(group.value)}, first reached in row group ${group.index} by the statistics`;
    if (!why.includes(reason)) why.push(reason);
  }
  return { groups: [chosen!], why, claims };
}

function groupOf(source: ParquetSource, { column, extreme, nanDecides }: ExtremeRequest): { index: number; value: StatValue } | undefined {
  const leaf = flatLeaf(source.layout, column);
  if (leaf === undefined || !claimCheckable(leaf.type) || (nanDecides && leaf.type.typeId === Type.Float)) return undefined;
  const sign = extreme === "min" ? 1 : -1;
  const bounds: { bound: StatValue; exact: boolean }[] = [];
  for (let g = 0; g < source.rowGroupRows.length; g++) {
    const stats = columnStats(source.metadata, g, leaf);
    if (stats.rows === 0 || stats.nullCount === stats.rows) continue;
    const bound = extreme === "min" ? stats.min : stats.max;
    if (bound === undefined) return undefined;
    bounds[g] = { bound, exact: extreme === "min" ? stats.minExact : stats.maxExact };
  }
  let best: StatValue | undefined;
  for (const entry of bounds) if (entry !== undefined && (best === undefined || sign * compareStat(entry.bound, best) < 0)) best = entry.bound;
  if (best === undefined) return undefined;
  for (let g = 0; g < bounds.length; g++) {
    const entry = bounds[g];
    if (entry === undefined || compareStat(entry.bound, best) !== 0) continue;
    // The first group reaching the bound holds the answer only if the bound is a value it holds.
    return entry.exact ? { index: g, value: best } : undefined;
  }
  return undefined;
}
