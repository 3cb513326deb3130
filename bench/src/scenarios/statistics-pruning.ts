import { col, scanParquet } from "@quiver/core";
import pl from "nodejs-polars";
import { STATS_GROUP_ROWS, type StatsLayout, statsParquet } from "../files/stats-parquet.js";
import { type FileInput, type Scenario, type System, timed } from "../system.js";
import { childProcessSystem } from "../systems/child-process.js";
import { duckdbQuery } from "../systems/duckdb-tables.js";

const SEED = 0x57a7;
const quoted = (path: string): string => `'${path.replace(/'/g, "''")}'`;

const quiver: System<FileInput> = {
  name: "quiver",
  variant: 'scanParquet(path).select(col("x").argmin()).collect()',
  prepare: (input) =>
    timed(
      () => scanParquet(input.path).select(col("x").argmin()).collect(),
      (result) => Number(result.row(0).x),
    ),
};

/** The same lazy query run by DuckDB through Quiver's SQL lowering: the contract's answer, DuckDB's scan. */
const quiverOnDuckDB: System<FileInput> = {
  name: "quiver",
  variant: 'same query, collect({ engine: "duckdb" })',
  prepare: (input) =>
    timed(
      () => scanParquet(input.path).select(col("x").argmin()).collect({ engine: "duckdb" }),
      (result) => Number(result.row(0).x),
    ),
};

const polars: System<FileInput> = {
  name: "polars",
  variant: 'scanParquet(path).select(col("x").argMin()).collect()',
  prepare: (input) =>
    timed(
      () => pl.scanParquet(input.path).select(pl.col("x").argMin()).collect(),
      (result) => Number(result.getColumn("x").get(0)),
    ),
};

/** The first row at the minimum: DuckDB's arg_min does not promise the first of ties. */
const duckdb = duckdbQuery<FileInput>(
  "min(file_row_number) WHERE x = (SELECT min(x) …) over read_parquet",
  async (input) => ({
    sql:
      `SELECT min(file_row_number) FROM read_parquet(${quoted(input.path)}, file_row_number = true) ` +
      `WHERE x = (SELECT min(x) FROM read_parquet(${quoted(input.path)}))`,
  }),
  (result) => Number(result.getChunk(0).getColumnValues(0)[0] ?? -1),
);

function scenario(layout: StatsLayout, title: string, why: string): Scenario<FileInput> {
  return {
    name: `S7 ${title}`,
    description:
      `argmin over one column of a Parquet file written by Polars in row groups of ${STATS_GROUP_ROWS.toLocaleString("en-US")} ` +
      `rows with min/max statistics. ${why} Every system opens the file in the timed run.`,
    shape: { full: { rows: 100_000_000, columns: 1 }, quick: { rows: 10_000_000, columns: 1 } },
    makeInput: async ({ rows }) => ({ path: await statsParquet(rows, layout, SEED) }),
    systems: [quiver, quiverOnDuckDB, polars, duckdb],
  };
}

/**
 * S7's query with each run a process of its own, so that the peak resident set is the system's:
 * the target is under 200 MB.
 */
function memoryScenario(layout: StatsLayout, title: string): Scenario<FileInput> {
  return {
    name: `S7 peak RSS, ${title}`,
    description:
      "S7's query and file, each run a fresh process timed from spawn to exit (the note gives the query alone), so " +
      "that the peak resident set reported is the system's own. Target: under 200 MB.",
    shape: { full: { rows: 100_000_000, columns: 1 }, quick: { rows: 10_000_000, columns: 1 } },
    makeInput: async ({ rows }) => ({ path: await statsParquet(rows, layout, SEED) }),
    systems: [
      childProcessSystem("quiver", 'scanParquet(path).select(col("x").argmin()).collect()', "stats-quiver.ts"),
      childProcessSystem("polars", 'scanParquet(path).select(col("x").argMin()).collectSync()', "stats-polars.ts"),
      childProcessSystem("duckdb", "min(file_row_number) WHERE x = (SELECT min(x) …) over read_parquet", "stats-duckdb.ts"),
    ],
  };
}

/** S7: statistics-driven argmin over Parquet, where statistics prove the answer's row group and where they cannot. */
export const STATISTICS_PRUNING_SCENARIOS: readonly Scenario<FileInput>[] = [
  scenario(
    "sorted-ish",
    "argmin, Parquet statistics prune (sorted-ish Int64)",
    "Int64 values fall with the row (±2000): the statistics prove which one row group holds the first minimum, so Quiver reads only it.",
  ),
  scenario(
    "random",
    "argmin, Parquet statistics cannot prune (random Float64)",
    "Uniform doubles: Parquet statistics leave NaN out, so no row group can be ruled out and every system reads them all.",
  ),
  memoryScenario("sorted-ish", "sorted-ish Int64 (statistics prune)"),
  memoryScenario("random", "random Float64 (no pruning)"),
];
