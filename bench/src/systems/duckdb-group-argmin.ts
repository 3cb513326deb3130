/**
 * S3 in SQL. Rows have no position within their group in SQL; rowid (insertion order) gives
 * their order, and the position of a row in its group is how many rows of the group precede it.
 */
import type { GroupInput } from "../system.js";
import { duckdbGroupQuery } from "./duckdb-groups.js";
import { sharedTable } from "./duckdb-tables.js";

const tableOf = (input: GroupInput) =>
  sharedTable(input, () => [
    { name: "k", values: input.keys, validity: null },
    { name: "v", values: input.values, validity: null },
  ]);

/**
 * The spelling a SQL user reaches for: number the rows of each partition in rowid order, then
 * take the number at the smallest value (ties broken by that number, so the first wins).
 */
export const duckdbGroupWindow = duckdbGroupQuery<GroupInput>(
  "arg_min(i, (v, i)) over row_number() OVER (PARTITION BY k ORDER BY rowid) - 1",
  async (input) => {
    const table = await tableOf(input);
    return {
      sql:
        `SELECT k, arg_min(i, (v, i)) AS i FROM ` +
        `(SELECT k, v, row_number() OVER (PARTITION BY k ORDER BY rowid) - 1 AS i FROM ${table.name}) GROUP BY k`,
      release: table.release,
    };
  },
);

/**
 * The fastest formulation found: no window (which sorts each partition). Each group's min, the
 * first rowid holding it, then per group the count of rows before that rowid, all hash joins
 * on the key.
 */
export const duckdbGroupCountBefore = duckdbGroupQuery<GroupInput>(
  "count of the group's rows before the first rowid holding min(v)",
  async (input) => {
    const table = await tableOf(input);
    const t = table.name;
    return {
      sql:
        `WITH m AS (SELECT k, min(v) AS mv FROM ${t} GROUP BY k), ` +
        `b AS (SELECT k, min(${t}.rowid) AS first FROM ${t} JOIN m USING (k) WHERE ${t}.v = m.mv GROUP BY k) ` +
        `SELECT k, count(*) FILTER (WHERE ${t}.rowid < b.first) AS i FROM ${t} JOIN b USING (k) GROUP BY k`,
      release: table.release,
    };
  },
);
