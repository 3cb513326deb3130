import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type DataFrame, fromArrow, readParquet, scanParquet } from "../src/index.js";
import { arbTable, type Cell, cellMismatch, toPlainValues, type TypeKind } from "../src/testing/index.js";

/**
 * ZSTD Parquet in v1 pages, plain and dictionary, as DuckDB writes them, read both ways — a scan
 * decompressing the pages of the row groups it reads ahead on libuv's thread pool, an eager read
 * decompressing each page as it decodes it — gives every cell as DuckDB itself reads it. (v2
 * pages, as sinkParquet writes them: the reference's differential-parquet-zstd test.)
 */
const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-zstd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** The kinds DuckDB rewrites as plain values that compare as they are. */
const KINDS: TypeKind[] = ["int32", "int64", "float64", "bool", "utf8"];
const RUNS = Number(process.env.QUIVER_RUNS ?? 40);

function cellsOf(df: DataFrame): Cell[][] {
  return df.table.schema.fields.map((f) => toPlainValues(df.table.getChild(f.name)!));
}

describe("ZSTD Parquet written by DuckDB", () => {
  it("reads every cell as DuckDB reads it, scanned ahead and read eagerly", async () => {
    const duckdb = await (await DuckDBInstance.create(":memory:")).connect();
    const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: KINDS, maxColumns: 3, maxLength: 3000 }), async (generated) => {
        const source = join(dir, `source-${files++}.parquet`);
        const path = join(dir, `duckdb-${files++}.parquet`);
        await fromArrow(generated.table).sinkParquet(source);
        await duckdb.run(`COPY (SELECT * FROM read_parquet(${quoted(source)})) TO ${quoted(path)} (FORMAT parquet, COMPRESSION zstd)`);
        const rows = (await duckdb.runAndReadAll(`SELECT * FROM read_parquet(${quoted(path)})`)).getRowsJS();
        const expected = generated.names.map((_, j) => rows.map((row) => row[j] as Cell));
        expect(cellMismatch(cellsOf(await scanParquet(path).collect()), expected), "scan").toBeUndefined();
        expect(cellMismatch(cellsOf(readParquet(path)), expected), "read").toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});
