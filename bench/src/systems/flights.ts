/**
 * S6's engine formulations: flights longer than `minDistance` miles, grouped by origin; per
 * origin the position (among its long flights, in file order) of the smallest delay, and that
 * flight's destination. Every system reads the IPC file inside the timed run.
 */
import { readFileSync } from "node:fs";
import { col, type LazyFrame, scanIpc, scanParquet } from "@quiver/core";
import * as aq from "arquero";
import pl from "nodejs-polars";
import { groupAnswer } from "../group-answers.js";
import { type FlightsInput, type System, timed } from "../system.js";
import { threadsOption } from "./quiver.js";

type Row = Record<string, number>;

/** S6's query over a Quiver scan, whatever the file format, run by Quiver's engine (on the threads given) or another. */
function quiverQuery(scan: LazyFrame, minDistance: number, options: { threads?: number; engine?: "quiver" | "duckdb" }) {
  return scan
    .filter(col("distance").gt(minDistance))
    .groupBy("origin")
    .agg(col("delay").argmin().alias("i"), col("destination").minBy("delay").alias("destination"))
    .collect(options);
}

/**
 * Quiver's lazy scan: the filter moves into the scan, which reads only the four columns used; with
 * the default threads (`threads` undefined) or the threads given.
 */
export function quiverFlights(threads?: number): System<FlightsInput> {
  const { text, options } = threadsOption(threads);
  return {
    name: "quiver",
    variant: `scanIpc(path).filter(distance > d).groupBy("origin").agg(col("delay").argmin(), col("destination").minBy("delay")).collect(${text})`,
    prepare: (input) => timed(async () => quiverQuery(scanIpc(input.path), input.minDistance, options), quiverAnswer),
  };
}

/** The same query read from the Parquet file: row groups decoded straight into Arrow. */
export const quiverFlightsParquet: System<FlightsInput> = {
  name: "quiver",
  variant: "scanParquet(parquet) — same query",
  prepare: (input) => timed(async () => quiverQuery(scanParquet(input.parquet), input.minDistance, {}), quiverAnswer),
};

/** The same lazy query run by DuckDB through Quiver's SQL lowering (DuckDB reads the Parquet file itself). */
export const quiverFlightsOnDuckDB: System<FlightsInput> = {
  name: "quiver",
  variant: 'scanParquet(parquet) — same query, collect({ engine: "duckdb" })',
  prepare: (input) => timed(async () => quiverQuery(scanParquet(input.parquet), input.minDistance, { engine: "duckdb" }), quiverAnswer),
};

function quiverAnswer(result: Awaited<ReturnType<typeof quiverQuery>>) {
  return groupAnswer(result.col("origin").vector.toArray(), result.col("i").vector.toArray(), result.col("destination").vector.toArray());
}

/** S6's query over a Polars lazy frame; minBy is a gather at the argMin. */
function polarsQuery(scan: pl.LazyDataFrame, minDistance: number): Promise<pl.DataFrame> {
  return scan
    .filter(pl.col("distance").gt(minDistance))
    .groupBy("origin")
    .agg(pl.col("delay").argMin().alias("i"), pl.col("destination").gather(pl.col("delay").argMin()).first().alias("destination"))
    .collect();
}

function polarsAnswer(result: pl.DataFrame) {
  return groupAnswer(result.getColumn("origin").toArray(), result.getColumn("i").toArray(), result.getColumn("destination").toArray());
}

/** Polars' lazy scan on its default engine. */
export const polarsFlights: System<FlightsInput> = {
  name: "polars",
  variant: 'scanIPC(path).filter(…).groupBy("origin").agg(col("delay").argMin(), col("destination").gather(col("delay").argMin()).first())',
  prepare: (input) => timed(() => polarsQuery(pl.scanIPC(input.path), input.minDistance), polarsAnswer),
};

/** The same query read from the Parquet file. */
export const polarsFlightsParquet: System<FlightsInput> = {
  name: "polars",
  variant: "scanParquet(parquet) — same query",
  prepare: (input) => timed(() => polarsQuery(pl.scanParquet(input.parquet), input.minDistance), polarsAnswer),
};

/**
 * Arquero decodes the four columns from the file's bytes, numbers each origin's long flights,
 * keeps those at the origin's smallest delay, then of those the first.
 */
export const arqueroFlights: System<FlightsInput> = {
  name: "arquero",
  variant: "fromArrow(bytes, 4 columns).filter(…).groupby(origin).derive(row_number).filter(min delay).filter(min i)",
  prepare: (input) =>
    timed(
      () =>
        aq
          .fromArrow(readFileSync(input.path), { columns: ["delay", "distance", "origin", "destination"] })
          .params({ minDistance: input.minDistance })
          .filter((d: Row, $: Row) => d.distance > $.minDistance)
          .groupby("origin")
          .derive({ i: () => aq.op.row_number() - 1 })
          .filter((d: Row) => d.delay === aq.op.min(d.delay))
          .filter((d: Row) => d.i === aq.op.min(d.i))
          .select("origin", "i", "destination"),
      (result) => groupAnswer(result.array("origin") as ArrayLike<unknown>, result.array("i") as ArrayLike<unknown>, result.array("destination") as ArrayLike<unknown>),
    ),
};
