/** S7 child: DuckDB's first row at the minimum of "x" (its arg_min does not promise the first of ties). */
import { DuckDBInstance } from "@duckdb/node-api";
import { runChild } from "./child-report.js";

const instance = await DuckDBInstance.create(":memory:");
const con = await instance.connect();

await runChild(async (path) => {
  const file = `'${path.replace(/'/g, "''")}'`;
  const sql = `SELECT min(file_row_number) FROM read_parquet(${file}, file_row_number = true) WHERE x = (SELECT min(x) FROM read_parquet(${file}))`;
  const result = await con.runAndReadAll(sql);
  return result.getRows()[0][0];
});
