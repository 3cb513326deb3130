import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { col, type DataFrame, readIpc, scanIpc, scanParquet } from "@quiver/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { quiver, vegaData } from "./run-quiver.js";

const PARQUET = vegaData("flights-3m.parquet");
const ARROW = vegaData("flights-200k.arrow");
/** The first 100,000 rows of PARQUET as an Arrow IPC file (written in beforeAll). */
let FLIGHTS: string;

/** Rows as JSON would carry them: dates as ISO strings, exact integers as numbers. */
function plainRows(df: DataFrame): Record<string, unknown>[] {
  return Array.from({ length: df.height }, (_, i) => JSON.parse(JSON.stringify(df.row(i))) as Record<string, unknown>).map((row) => {
    for (const f of df.schema.fields) if (String(f.type).startsWith("Timestamp") && row[f.name] !== null) row[f.name] = new Date(row[f.name] as number).toISOString();
    return row;
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "quiver-cli-"));
  FLIGHTS = join(dir, "flights-100k.arrow");
  await scanParquet(PARQUET).head(100_000).sinkIpc(FLIGHTS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("quiver argmin", () => {
  test("on flights-3m.parquet gives the engine's position, value and row", async () => {
    const run = await quiver(["argmin", PARQUET, "delay", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const position = (await scanParquet(PARQUET).select(col("delay").argmin()).collect()).row(0).delay as number;
    const [row] = plainRows(await scanParquet(PARQUET).slice(position, 1).collect());
    expect(JSON.parse(run.stdout)).toEqual({ position, value: row.delay, row });
  });

  test("--max --where counts positions in the filtered rows, as the engine does", async () => {
    const where = 'delay > 0 and origin == "SFO" and not (destination == "LAX" or distance is null)';
    const run = await quiver(["argmin", FLIGHTS, "delay", "--max", "--where", where, "--json"]);
    expect(run.code).toBe(0);
    const kept = scanIpc(FLIGHTS).filter(col("delay").gt(0).and(col("origin").eq("SFO")).and(col("destination").eq("LAX").or(col("distance").isNull()).not()));
    const position = (await kept.select(col("delay").argmax()).collect()).row(0).delay as number;
    const [row] = plainRows(await kept.slice(position, 1).collect());
    expect(JSON.parse(run.stdout)).toEqual({ position, value: row.delay, row });
  });

  test("--by gives the position within each group and the winning row", async () => {
    const run = await quiver(["argmin", FLIGHTS, "delay", "--by", "origin", "--json"]);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { origin: string; position: number; delay: number }[];
    const expected = plainRows(await scanIpc(FLIGHTS).groupBy("origin").agg(col("delay").argmin().alias("position"), col("delay").min()).collect());
    expect(answer.map(({ origin, position, delay }) => ({ origin, position, delay }))).toEqual(expected);
  });

  test("the table output names the position and the value", async () => {
    const run = await quiver(["argmin", ARROW, "delay"]);
    const position = (await scanIpc(ARROW).select(col("delay").argmin()).collect()).row(0).delay;
    expect(run.stdout).toMatch(new RegExp(`^position\\s+${position}\\nvalue\\s+-?\\d+\\n`));
  });
});

describe("quiver schema, head, describe", () => {
  test("schema lists the columns and Arrow types", async () => {
    const run = await quiver(["schema", PARQUET, "--json"]);
    const schema = await scanParquet(PARQUET).collectSchema();
    expect(JSON.parse(run.stdout)).toEqual(schema.fields.map((f) => ({ column: f.name, type: String(f.type), nullable: f.nullable })));
  });

  test("head -n prints the first rows with the frame's own table printing, every row asked for", async () => {
    const run = await quiver(["head", FLIGHTS, "-n", "12"]);
    expect(run.code).toBe(0);
    const first = await scanIpc(FLIGHTS).head(12).collect();
    expect(run.stdout).toBe(`${first.toString({ maxRows: 12, maxColumns: first.width })}\n`);
    expect(run.stdout).toContain("shape: (12, ");
    expect(run.stdout).not.toContain("…");
  });

  test("head -n prints the first rows, as JSON and as CSV", async () => {
    const json = await quiver(["head", ARROW, "-n", "4", "--json"]);
    expect(JSON.parse(json.stdout)).toEqual(plainRows((await readIpc(readFileSync(ARROW))).head(4)));
    const csv = await quiver(["head", ARROW, "-n", "2", "--csv"]);
    const rows = plainRows((await readIpc(readFileSync(ARROW))).head(2));
    expect(csv.stdout).toBe(`delay,distance,time\n${rows.map((r) => `${r.delay},${r.distance},${r.time}`).join("\n")}\n`);
  });

  test("describe gives every column's count, min, max, argmin and argmax", async () => {
    const run = await quiver(["describe", ARROW, "--json"]);
    const df = (await readIpc(readFileSync(ARROW)));
    const stats = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(stats.map((s) => s.column)).toEqual(df.columns);
    for (const s of stats) {
      const c = s.column as string;
      const [expected] = plainRows(df.select(col(c).count().alias("count"), col(c).argmin().alias("argmin"), col(c).argmax().alias("argmax"), col(c).min().alias("min")));
      expect({ count: s.count, argmin: s.argmin, argmax: s.argmax, min: Number(s.min) }).toEqual(expected);
    }
  });
});

describe("quiver query", () => {
  test("--where --group-by --agg --sort --limit runs the engine's query", async () => {
    const args = ["--where", "distance >= 500", "--group-by", "origin", "--agg", "argmin(delay) as earliest, count(delay) as n", "--sort", "n desc, origin", "--limit", "5"];
    const run = await quiver(["query", FLIGHTS, ...args, "--json"]);
    expect(run.code).toBe(0);
    const expected = await scanIpc(FLIGHTS)
      .filter(col("distance").gte(500))
      .groupBy("origin")
      .agg(col("delay").argmin().alias("earliest"), col("delay").count().alias("n"))
      .sort(["n", "origin"], { descending: [true, false] })
      .limit(5)
      .collect();
    expect(JSON.parse(run.stdout)).toEqual(plainRows(expected));
  });

  test("--explain prints the engine's optimized plan", async () => {
    const run = await quiver(["query", PARQUET, "--where", "delay < 0", "--select", "origin, delay * 2 as twice", "--explain"]);
    const plan = scanParquet(PARQUET).filter(col("delay").lt(0)).select(col("origin"), col("delay").mul(2).alias("twice")).explain();
    expect(run.stdout).toBe(`${plan}\n`);
  });
});

describe("standard input and conversion", () => {
  test("- reads an Arrow IPC file from standard input, its format told by its bytes", async () => {
    const run = await quiver(["argmin", "-", "distance", "--json"], readFileSync(ARROW));
    const position = (await readIpc(readFileSync(ARROW))).col("distance").argmin();
    expect(JSON.parse(run.stdout).position).toBe(position);
  });

  test("convert streams Parquet into an Arrow IPC file holding the same rows", async () => {
    const out = join(dir, "flights.arrow");
    const run = await quiver(["convert", PARQUET, out]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const written = (await readIpc(readFileSync(out)));
    const source = await scanParquet(PARQUET).collect();
    expect(written.height).toBe(source.height);
    expect(written.schema.fields.map(String)).toEqual(source.schema.fields.map(String));
    expect(plainRows(written.slice(2_999_990))).toEqual(plainRows(source.slice(2_999_990)));
  });

  test("the output format can be named with --to when the extension does not tell", async () => {
    const out = join(dir, "copy.data");
    expect((await quiver(["convert", FLIGHTS, out, "--to", "ipc"])).code).toBe(0);
    const [copy, original] = [(await readIpc(readFileSync(out))), (await readIpc(readFileSync(FLIGHTS)))];
    expect(copy.height).toBe(original.height);
    expect(plainRows(copy.slice(99_990))).toEqual(plainRows(original.slice(99_990)));
  });
});

describe("every format", () => {
  test("IPC → CSV → Parquet → NDJSON keeps the rows, and argmin agrees on each", async () => {
    const steps = ["a.csv", "a.parquet", "a.ndjson"].map((name) => join(dir, name));
    let from = FLIGHTS;
    for (const to of steps) {
      expect((await quiver(["convert", from, to])).code).toBe(0);
      from = to;
    }
    const kept = scanIpc(FLIGHTS).select(col("delay").argmin().alias("p"), col("origin").get(col("delay").argmin()).alias("o"));
    const { p, o } = (await kept.collect()).row(0);
    for (const file of [FLIGHTS, ...steps]) {
      const answer = JSON.parse((await quiver(["argmin", file, "delay", "--json"])).stdout);
      expect([answer.position, answer.row.origin]).toEqual([p, o]);
    }
  });
});
