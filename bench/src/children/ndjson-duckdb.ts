/**
 * S8 NDJSON child: DuckDB reads the file with read_ndjson; as for its CSV, the row number is
 * `row_number() OVER ()` and the first minimum the arg_min of (delay, row) pairs.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { runChild } from "./child-report.js";

const instance = await DuckDBInstance.create(":memory:");
const con = await instance.connect();

await runChild(async (path) => {
  const file = `'${path.replace(/'/g, "''")}'`;
  const sql = `SELECT arg_min(rn, (delay, rn)) AS i FROM (SELECT delay, row_number() OVER () - 1 AS rn FROM read_ndjson(${file}))`;
  const result = await con.runAndReadAll(sql);
  return result.getRows()[0][0];
});
