import { positions } from "../answers.js";
import type { ColumnInput, MatrixInput, System } from "../system.js";
import { columnValues, duckdbQuery, sharedTable } from "./duckdb-tables.js";

/** A whole-column argmin as SQL over table `t` with column x; rowid is the 0-based insertion order. */
function columnQuery(variant: string, sql: (table: string) => string): System<ColumnInput> {
  return duckdbQuery<ColumnInput>(
    variant,
    async (input) => {
      const table = await sharedTable(input, () => [{ name: "x", values: input.values, validity: input.validity }]);
      return { sql: sql(table.name), release: table.release };
    },
    (result) => Number(result.getChunk(0).getColumnValues(0)[0] ?? -1),
  );
}

/** The aggregate a SQL user reaches for first. */
export const duckdbArgMin = columnQuery("SELECT arg_min(rowid, x) FROM t", (t) => `SELECT arg_min(rowid, x) FROM ${t}`);

/**
 * Top-1 by value, ties broken by row. DuckDB turns it into a top-N whose running bound skips
 * whole row groups using the min/max statistics it keeps per row group, so it reads far fewer
 * values than the column holds.
 */
export const duckdbTopOne = columnQuery(
  "SELECT rowid FROM t ORDER BY x, rowid LIMIT 1",
  (t) => `SELECT rowid FROM ${t} ORDER BY x, rowid LIMIT 1`,
);

function rowQuery(variant: string, sql: (table: string, columns: readonly string[]) => string): System<MatrixInput> {
  return duckdbQuery<MatrixInput>(
    variant,
    async (input) => {
      const names = input.columns.map((_, c) => `c${c}`);
      const table = await sharedTable(input, () => input.columns.map((values, c) => ({ name: names[c], values, validity: null })));
      return { sql: sql(table.name, names), release: table.release };
    },
    (result) => positions(columnValues(result, 0) as (number | bigint | null)[]),
  );
}

const least = (columns: readonly string[]): string => `least(${columns.join(", ")})`;

/** Row axis as the list functions say it: the 1-based position of the row's least value in a list of the row. */
export const duckdbRowsListPosition = rowQuery(
  "list_position([c0, …, c15], least(c0, …, c15)) - 1",
  (t, cs) => `SELECT list_position([${cs.join(", ")}], ${least(cs)}) - 1 AS p FROM ${t}`,
);

/** Row axis as a CASE over the row's least value: the first column equal to it wins, as in NumPy. */
export const duckdbRowsCase = rowQuery(
  "CASE WHEN c0 = m THEN 0 … END, m = least(c0, …, c15)",
  (t, cs) =>
    `SELECT CASE ${cs.map((c, i) => `WHEN ${c} = m THEN ${i}`).join(" ")} END AS p ` +
    `FROM (SELECT *, ${least(cs)} AS m FROM ${t})`,
);
