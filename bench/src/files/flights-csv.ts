/**
 * S8's input: the flights of flights-3m.parquet written by Polars as CSV, repeated until the file
 * has the rows asked for (24 million rows, about 1 GB, in the full run), written batch by batch.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import pl from "nodejs-polars";
import { cachedFile } from "./cache.js";
import { FLIGHTS_PARQUET, FLIGHTS_ROWS } from "./flights-ipc.js";

// Bump when the file's layout changes, so a stale cached file is not reused.
const FORMAT_VERSION = 1;

/** The first `rows` rows of the flights, repeated as often as needed, as a CSV file with a header. */
export function flightsCsv(rows: number): Promise<string> {
  return cachedFile(`s8-flights-${rows}-v${FORMAT_VERSION}.csv`, (path) => {
    const flights = pl.readParquet(FLIGHTS_PARQUET);
    const fd = openSync(path, "w");
    try {
      for (let written = 0; written < rows; written += FLIGHTS_ROWS) {
        const part = flights.head(Math.min(FLIGHTS_ROWS, rows - written));
        const text = part.writeCSV({ includeHeader: written === 0 });
        writeSync(fd, text);
      }
    } finally {
      closeSync(fd);
    }
  });
}
