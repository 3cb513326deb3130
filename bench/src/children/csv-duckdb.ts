/**
 * S8 child: DuckDB reads the CSV with read_csv. CSV rows have no file position column, so the row
 * number is `row_number() OVER ()` (scan order, which DuckDB preserves by default), and the first
 * minimum is the arg_min of (delay, row) pairs, which breaks ties by the row.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { runChild } from "./child-report.js";

const instance = await DuckDBInstance.create(":memory:");
const con = await instance.connect();

await runChild(async (path) => {
  const file = `'${path.replace(/'/g, "''")}'`;
  const sql = `SELECT arg_min(rn, (delay, rn)) AS i FROM (SELECT delay, row_number() OVER () - 1 AS rn FROM read_csv(${file}))`;
  const result = await con.runAndReadAll(sql);
  return result.getRows()[0][0];
});
