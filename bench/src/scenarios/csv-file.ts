import { flightsCsv } from "../files/flights-csv.js";
import { FLIGHTS_ROWS } from "../files/flights-ipc.js";
import { flightsNdjson } from "../files/flights-ndjson.js";
import { type FileInput, type Scenario, skippedSystem } from "../system.js";
import { childProcessSystem } from "../systems/child-process.js";

/** S8: argmin of a column of a CSV file and of an NDJSON file, each system parsing the file in a process of its own. */
export const CSV_FILE_SCENARIOS: readonly Scenario<FileInput>[] = [
  {
    name: "S8 argmin, CSV file",
    description:
      "vega-datasets' flights-3m written by Polars as CSV (date, delay, distance, origin, destination), repeated " +
      `to ${(8 * FLIGHTS_ROWS).toLocaleString("en-US")} rows (about 1 GB) in the full run, cached in the OS temp folder. ` +
      'Each system parses the file, types inferred, and returns the first position of the smallest "delay". As S5, ' +
      "each run is a fresh process timed from spawn to exit (the note gives the query alone), and peak RSS is the " +
      "process's own. Throughput in MB/s (in the note) is the file's size over the median time.",
    shape: { full: { rows: 8 * FLIGHTS_ROWS, columns: 1 }, quick: { rows: FLIGHTS_ROWS / 10, columns: 1 } },
    makeInput: async ({ rows }) => ({ path: await flightsCsv(rows) }),
    systems: [
      childProcessSystem("quiver", 'scanCsv(path).select(col("delay").argmin()).collect()', "csv-quiver.ts"),
      childProcessSystem("polars", 'scanCSV(path).select(col("delay").argMin()).collectSync({ engine: "streaming" })', "csv-polars.ts"),
      childProcessSystem("duckdb", "arg_min(rn, (delay, rn)) over read_csv(path) with row_number() OVER ()", "csv-duckdb.ts"),
      childProcessSystem("arquero", "aq.loadCSV(path), filter(d => d.delay === op.min(d.delay)).indices()[0]", "csv-arquero.ts"),
      childProcessSystem("papaparse", "Papa.parse(createReadStream(path), { dynamicTyping, step })", "csv-papaparse.ts"),
    ],
  },
  {
    name: "S8 argmin, NDJSON file",
    description:
      "The same flights written by Polars as newline-delimited JSON, one object per flight, repeated " +
      `to ${(2 * FLIGHTS_ROWS).toLocaleString("en-US")} rows (about 600 MB) in the full run, cached in the OS temp folder. ` +
      'Each system parses the file, types inferred, and returns the first position of the smallest "delay", in a ' +
      "fresh process per run as for the CSV. The plain baseline streams lines through JSON.parse.",
    shape: { full: { rows: 2 * FLIGHTS_ROWS, columns: 1 }, quick: { rows: FLIGHTS_ROWS / 10, columns: 1 } },
    makeInput: async ({ rows }) => ({ path: await flightsNdjson(rows) }),
    systems: [
      childProcessSystem("quiver", 'scanNdjson(path).select(col("delay").argmin()).collect()', "ndjson-quiver.ts"),
      childProcessSystem("polars", 'scanJson(path).select(col("delay").argMin()).collectSync()', "ndjson-polars.ts"),
      childProcessSystem("duckdb", "arg_min(rn, (delay, rn)) over read_ndjson(path) with row_number() OVER ()", "ndjson-duckdb.ts"),
      childProcessSystem("plain-loop", "readline + JSON.parse per line, the first smallest delay kept", "ndjson-lines.ts"),
      skippedSystem("arquero", "—", "Arquero reads JSON documents (loadJSON), not newline-delimited JSON"),
      skippedSystem("papaparse", "—", "papaparse parses delimited text only"),
    ],
  },
];
