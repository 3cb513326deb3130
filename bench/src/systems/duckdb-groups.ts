/** DuckDB systems whose query returns one row per group: the key, then what the group answers. */
import type { DuckDBMaterializedResult } from "@duckdb/node-api";
import { groupAnswer } from "../group-answers.js";
import type { GroupAnswer, System } from "../system.js";
import { columnValues, duckdbQuery, type PreparedQuery } from "./duckdb-tables.js";

/** Every row of a materialised result as a group answer: column 0 is the key. */
function readGroups(result: DuckDBMaterializedResult): GroupAnswer {
  const columns = Array.from({ length: result.columnCount }, (_, c) => columnValues(result, c));
  return groupAnswer(columns[0], ...columns.slice(1));
}

/**
 * A DuckDB system timing a query that answers per group (see {@link duckdbQuery}).
 * @param prepare - untimed: loads what the query reads and gives the query
 */
export function duckdbGroupQuery<I>(variant: string, prepare: (input: I) => Promise<PreparedQuery>): System<I> {
  return duckdbQuery(variant, prepare, readGroups);
}
