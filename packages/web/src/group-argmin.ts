import { col, type LazyFrame } from "@quiver/core";

/** How many groups the page shows. */
export const GROUPS_SHOWN = 50;

/**
 * For each value of `key`, the row of the smallest `value`, that value and the group's count,
 * groups in key order.
 * @param lf - the scan
 * @param key - the column to group by
 * @param value - an orderable column
 * @returns the query, for collect() and explain()
 */
export function groupArgminQuery(lf: LazyFrame, key: string, value: string): LazyFrame {
  return lf
    .groupBy(key)
    .agg(col(value).argmin().alias(`argmin ${value}`), col(value).min().alias(`min ${value}`), col(value).count().alias("count"))
    .sort(key)
    .limit(GROUPS_SHOWN);
}
