import { FLIGHTS_ROWS, flightsIpc, flightsParquet } from "../files/flights-ipc.js";
import { type FlightsInput, type Scenario, skippedSystem } from "../system.js";
import { duckdbFlightsParquet, duckdbFlightsTable } from "../systems/duckdb-flights.js";
import { arqueroFlights, polarsFlights, polarsFlightsParquet, quiverFlights, quiverFlightsOnDuckDB, quiverFlightsParquet } from "../systems/flights.js";
import { plainFlightsLoop } from "../systems/flights-loop.js";

const MIN_DISTANCE = 1000;

/** S6: a filtered group-by with argmin and minBy over real flights read from a file. */
export const FLIGHTS_SCENARIOS: readonly Scenario<FlightsInput>[] = [
  {
    name: "S6 flights: filter, group-by argmin and minBy",
    description:
      "vega-datasets' flights-3m.parquet (date, Int64 delay and distance, origin and destination strings), " +
      "converted once by Polars to an Arrow IPC file with its strings as Utf8. Per origin, among flights " +
      `longer than ${MIN_DISTANCE} miles: the position (in file order) of the first smallest delay, and that ` +
      "flight's destination. Delays are whole minutes, so ties are common and the first must win. Every system " +
      "reads the file in the timed run; the Parquet variants (and DuckDB) read the same rows from vega-datasets' own " +
      "Parquet file (in the quick run, a Polars-written prefix of it). n counts the file's rows.",
    shape: { full: { rows: FLIGHTS_ROWS, columns: 1 }, quick: { rows: FLIGHTS_ROWS / 10, columns: 1 } },
    makeInput: async ({ rows }) => ({ path: await flightsIpc(rows), parquet: await flightsParquet(rows), minDistance: MIN_DISTANCE }),
    systems: [
      plainFlightsLoop,
      quiverFlights(),
      quiverFlights(1),
      quiverFlights(2),
      quiverFlightsParquet,
      quiverFlightsOnDuckDB,
      polarsFlights,
      polarsFlightsParquet,
      duckdbFlightsParquet,
      duckdbFlightsTable,
      arqueroFlights,
      skippedSystem("numpy", "—", "NumPy reads neither Arrow IPC nor Parquet, and has no strings group-by of its own"),
    ],
  },
];
