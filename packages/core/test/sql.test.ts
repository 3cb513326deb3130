import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Utf8 } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, type DataFrame, fromColumns, type LazyFrame, scanParquet, SqlLoweringError } from "../src/index.js";

const golden = (name: string) => readFileSync(new URL(`golden/${name}`, import.meta.url), "utf8").trimEnd();
const rows = (df: DataFrame) => JSON.stringify(df.toArrow().toArray().map((r) => r.toJSON()), (_, v) => (typeof v === "bigint" ? `${v}n` : Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : v));

/** The same query on both engines: the DuckDB answer must equal the engine's, cell for cell. */
async function sameOnDuckDB(lf: LazyFrame): Promise<string> {
  const native = rows(await lf.collect());
  expect(rows(await lf.collect({ engine: "duckdb", threads: 4 }))).toBe(native);
  return native;
}

const trips = () => fromColumns({ zone: ["a", "b", "a", "b", "a"], fare: [5, 2, 3, 2, 3] });

describe("toSql", () => {
  const query = () => trips().lazy().filter(col("fare").gt(0)).groupBy("zone").agg(col("fare").argmin().alias("cheapest"));

  it("gives the same SQL as the committed golden text, in both dialects", () => {
    expect(query().toSql()).toBe(golden("group-argmin.duckdb.sql"));
    expect(query().toSql({ dialect: "spark" })).toBe(golden("group-argmin.spark.sql"));
  });

  it("says which step or function it cannot lower yet", () => {
    expect(() => trips().lazy().withColumns(col("fare").cast(new Utf8())).toSql()).toThrow("cast from Float64 to Utf8 has no SQL lowering yet");
    expect(() => trips().lazy().withColumns(col("zone").str.upper()).toSql()).toThrow(SqlLoweringError);
  });
});

describe("engine: duckdb gives the contract's answers", () => {
  it("argmin family: first tie, NaN first, nulls skipped, all-null null, -0 equal to 0", async () => {
    const df = fromColumns({
      g: ["a", "a", "b", "b", "c", "c", "d", "d"],
      x: [3, 3, NaN, 1, null, null, 0, -0],
      big: [2n ** 53n + 1n, 2n ** 53n, 5n, 5n, 1n, 0n, 7n, 7n],
    });
    const lf = df.lazy().groupBy("g").agg(
      col("x").argmin().alias("argmin"), col("x").argmax().alias("argmax"), col("x").min().alias("min"),
      col("big").argmin().alias("bigArgmin"), col("x").minBy("big").alias("xAtBig"), col("x").sum().alias("sum"),
    );
    const answer = await sameOnDuckDB(lf);
    expect(answer).toContain('{"g":"a","argmin":"0n","argmax":"0n","min":3,"bigArgmin":"1n","xAtBig":3,"sum":6}');
    expect(answer).toContain('{"g":"b","argmin":"0n","argmax":"0n","min":"NaN","bigArgmin":"0n","xAtBig":"NaN","sum":"NaN"}');
    expect(answer).toContain('{"g":"c","argmin":null,"argmax":null,"min":null,"bigArgmin":"1n","xAtBig":null,"sum":null}');
  });

  it("positions within a filtered frame, and nanargmin of NaN only fails as the engine does", async () => {
    const df = fromColumns({ x: [9, NaN, 4, 4, 1], s: ["\uff5e", "😀", "b", "a", "a"] });
    await sameOnDuckDB(df.lazy().filter(col("x").lt(5)).select(col("x").argmin().alias("i"), col("s").argmin().alias("j")));
    const allNaN = fromColumns({ x: [NaN, NaN] }).lazy().select(col("x").nanargmin());
    await expect(allNaN.collect()).rejects.toThrow("All-NaN slice encountered");
    await expect(allNaN.collect({ engine: "duckdb" })).rejects.toThrow("All-NaN slice encountered");
  });

  it("float sums overflow as the exact sum does, not to NaN on the way", async () => {
    for (const x of [[1.79e308, 1.79e308], [1.79e308, 1.79e308, -1.79e308], [-0, -0], [Infinity, 1], [Infinity, -Infinity]]) {
      await sameOnDuckDB(fromColumns({ x }).lazy().select(col("x").sum().alias("s")));
    }
  });

  it("fillNull keeps a 64-bit integer exact beside a number literal (no rounding through DOUBLE)", async () => {
    const x = BigInt64Array.of(-(2n ** 63n) + 1n, 2n ** 63n - 1n, 0n);
    const answer = await sameOnDuckDB(fromColumns({ x }).lazy().select(col("x").fillNull(2 ** 53).sum().alias("s"), col("x").fillNull(2 ** 53).min().alias("m")));
    expect(answer).toBe(JSON.stringify([{ s: "0n", m: `${-(2n ** 63n) + 1n}n` }]));
  });

  it("reads a Parquet file by path itself, its row number giving positions", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "quiver-sql-")), "trips.parquet");
    await fromColumns({ zone: ["a", "b", "a", "b"], fare: [4, 1, 4, 1] }).sinkParquet(path, { rowGroupSize: 2 });
    const lf = scanParquet(path).groupBy("zone").agg(col("fare").argmin().alias("i"));
    expect(lf.toSql()).toContain(`read_parquet('${path}', file_row_number = true)`);
    expect(await sameOnDuckDB(lf)).toBe('[{"zone":"a","i":"0n"},{"zone":"b","i":"0n"}]');
  });
});
