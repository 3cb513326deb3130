/** DuckDB systems whose query returns one row per group: the key, then what the group answers. */
import type { DuckDBMaterializedResult } from "@duckdb/node-api";
import { groupAnswer } from "../group-answers.js";
import { type GroupAnswer, type System, timed } from "../system.js";
import { duckdb } from "./duckdb-tables.js";

/** Every row of a materialised result as a group answer: column 0 is the key. */
export function readGroups(result: DuckDBMaterializedResult): GroupAnswer {
  const columns: unknown[][] = Array.from({ length: result.columnCount }, () => []);
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    columns.forEach((column, j) => {
      for (const value of chunk.getColumnValues(j)) column.push(value);
    });
  }
  return groupAnswer(columns[0], ...columns.slice(1));
}

/** The SQL a system runs, and what to release once it is done (a shared table, say). */
export interface PreparedQuery {
  readonly sql: string;
  release?(): Promise<void>;
}

/**
 * A DuckDB system timing `connection.run(sql)`, which returns once the result is materialised;
 * reading it into JS happens after, untimed.
 * @param prepare - untimed: loads what the query reads and gives the query
 */
export function duckdbGroupQuery<I>(variant: string, prepare: (input: I) => Promise<PreparedQuery>): System<I> {
  return {
    name: "duckdb",
    variant,
    prepare: async (input) => {
      const query = await prepare(input);
      const con = await duckdb();
      return timed(() => con.run(query.sql), readGroups, query.release);
    },
  };
}
