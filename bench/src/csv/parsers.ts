/**
 * Which CSV parser should Quiver's scanCsv stand on? Times each candidate turning S8's flights CSV
 * (a cached file; `--rows N`, default 3 million) into typed columns and taking the argmin of
 * "delay", in this process, median of repeated runs. String-based parsers are timed including the
 * UTF-8 decoding they need. Run: `pnpm --filter @quiver/bench csv-parsers [--rows N]`.
 */
import { readFileSync } from "node:fs";
import { parse as csvParse } from "csv-parse/sync";
import Papa from "papaparse";
import { inferSchema, initParser } from "udsv";
import { col, readCsv, scanCsv } from "@quiver/core";
import { flightsCsv } from "../files/flights-csv.js";

const rowsArg = process.argv.indexOf("--rows");
const rows = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 3_000_000;
const path = await flightsCsv(rows);
const bytes = readFileSync(path);
const megabytes = bytes.length / 2 ** 20;

function argminOf(values: ArrayLike<number | bigint | null>): number {
  let best: number | bigint | null = null;
  let at = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && (best === null || v < best)) {
      best = v;
      at = i;
    }
  }
  return at;
}

const candidates: Record<string, () => number | Promise<number>> = {
  "quiver tokenizer, all columns (readCsv)": () => readCsv(bytes).col("delay").argmin() as number,
  "quiver tokenizer, delay only (scanCsv)": async () => (await scanCsv(bytes).select(col("delay").argmin()).collect()).row(0).delay as number,
  "udsv typedCols": () => {
    const text = new TextDecoder().decode(bytes);
    const parser = initParser(inferSchema(text));
    return argminOf(parser.typedCols(text)[1] as number[]);
  },
  "papaparse dynamicTyping": () => {
    const text = new TextDecoder().decode(bytes);
    const result = Papa.parse<Record<string, number>>(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
    return argminOf(result.data.map((r) => r.delay));
  },
  "csv-parse cast": () => {
    const text = new TextDecoder().decode(bytes);
    const records = csvParse(text, { columns: true, cast: true }) as Record<string, number>[];
    return argminOf(records.map((r) => r.delay));
  },
};

console.log(`${rows.toLocaleString("en-US")} rows, ${megabytes.toFixed(1)} MiB`);
for (const [name, run] of Object.entries(candidates)) {
  const times: number[] = [];
  let answer = -1;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    answer = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  console.log(`${name.padEnd(42)} ${median.toFixed(0).padStart(6)} ms  ${(megabytes / (median / 1000)).toFixed(0).padStart(5)} MiB/s  argmin ${answer}`);
}
