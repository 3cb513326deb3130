/**
 * S6 in SQL, read from Parquet (DuckDB cannot read the IPC file offline). The rows' file order
 * is `file_row_number`; a flight's position among its origin's long flights is how many of them
 * precede it, the formulation that was fastest for S3 too.
 */
import type { FlightsInput } from "../system.js";
import { duckdbGroupQuery } from "./duckdb-groups.js";
import { duckdb } from "./duckdb-tables.js";

const quoted = (path: string): string => `'${path.replace(/'/g, "''")}'`;

/** The query over `source`, a relation with distance, delay, origin, destination and rn (the file order). */
function longFlightsSql(source: string, minDistance: number): string {
  return (
    `WITH f AS (SELECT origin, delay, destination, rn FROM ${source} WHERE distance > ${minDistance}), ` +
    `m AS (SELECT origin, min(delay) AS md FROM f GROUP BY origin), ` +
    `b AS (SELECT origin, min(f.rn) AS first, arg_min(f.destination, f.rn) AS destination ` +
    `FROM f JOIN m USING (origin) WHERE f.delay = m.md GROUP BY origin) ` +
    `SELECT origin, count(*) FILTER (WHERE f.rn < b.first) AS i, any_value(b.destination) AS destination ` +
    `FROM f JOIN b USING (origin) GROUP BY origin`
  );
}

const parquetSource = (input: FlightsInput): string =>
  `(SELECT *, file_row_number AS rn FROM read_parquet(${quoted(input.parquet)}, file_row_number = true))`;

/** Reads the Parquet file in every run, as the other systems read the IPC file. */
export const duckdbFlightsParquet = duckdbGroupQuery<FlightsInput>(
  "read_parquet(path) each run; count of the origin's flights before the first at min(delay)",
  async (input) => ({ sql: longFlightsSql(parquetSource(input), input.minDistance) }),
);

let tables = 0;

/** The Parquet file loaded once, untimed, into a DuckDB table; only the query is timed. */
export const duckdbFlightsTable = duckdbGroupQuery<FlightsInput>(
  "table loaded once from the Parquet file; same query",
  async (input) => {
    const con = await duckdb();
    const name = `flights_${++tables}`;
    await con.run(`CREATE TABLE ${name} AS SELECT * FROM ${parquetSource(input)}`);
    return { sql: longFlightsSql(name, input.minDistance), release: async () => void (await con.run(`DROP TABLE ${name}`)) };
  },
);
