/**
 * S8's NDJSON input: the flights of flights-3m.parquet written by Polars as newline-delimited
 * JSON, one object per flight, repeated until the file has the rows asked for.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import pl from "nodejs-polars";
import { cachedFile } from "./cache.js";
import { FLIGHTS_PARQUET, FLIGHTS_ROWS } from "./flights-ipc.js";

// Bump when the file's layout changes, so a stale cached file is not reused.
const FORMAT_VERSION = 1;

/** The first `rows` rows of the flights, repeated as often as needed, as an NDJSON file. */
export function flightsNdjson(rows: number): Promise<string> {
  return cachedFile(`s8-flights-${rows}-v${FORMAT_VERSION}.ndjson`, (path) => {
    const flights = pl.readParquet(FLIGHTS_PARQUET);
    const fd = openSync(path, "w");
    try {
      for (let written = 0; written < rows; written += FLIGHTS_ROWS) {
        writeSync(fd, flights.head(Math.min(FLIGHTS_ROWS, rows - written)).writeJSON({ format: "lines" }));
      }
    } finally {
      closeSync(fd);
    }
  });
}
