// The Spark Connect client against an in-process server that speaks the protocol over real gRPC
// and answers SQL through DuckDB (see spark-connect-fake.ts): bytes on the wire, Arrow decoding,
// errors and cancellation are real; Spark itself is not.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { col, type DataFrame, fromColumns, type LazyFrame, RemoteEngineError } from "../src/index.js";
import { type FakeSpark, startFakeSpark } from "./spark-connect-fake.js";

const rows = (df: DataFrame) => JSON.stringify(df.toArrow().toArray().map((r) => r.toJSON()), (_, v) => (typeof v === "bigint" ? `${v}n` : Number.isNaN(v) ? "NaN" : v));

let spark: FakeSpark;
beforeAll(async () => {
  spark = await startFakeSpark();
});
afterAll(async () => {
  await spark.stop();
});

const trips = () => fromColumns({ zone: ["a", "b", "a", "b", "a", "c", "c", "d"], fare: [5, 2, 3, 2, 3, NaN, 1, null], n: [1, 2, 3, 4, 5, 6, 7, 8] });
/** The guide's main example. */
const guide = () => trips().lazy().filter(col("fare").gt(0)).groupBy("zone").agg(col("fare").argmin().alias("cheapest"));

async function sameOnSpark(lf: LazyFrame): Promise<string> {
  const native = rows(await lf.collect());
  expect(rows(await lf.collect({ engine: "spark", remote: spark.remote }))).toBe(native);
  return native;
}

describe("engine: spark, through Spark Connect", () => {
  it("runs the guide's example: the lowered Spark SQL goes on the wire, the source as a temporary view, and the session is released", async () => {
    spark.rowsPerBatch = 1;
    const before = { queries: spark.log.queries.length, released: spark.log.released.length };
    const answer = await sameOnSpark(guide());
    expect(answer).toBe('[{"zone":"a","cheapest":"1n"},{"zone":"b","cheapest":"0n"},{"zone":"c","cheapest":"0n"}]');
    expect(spark.log.queries.slice(before.queries)).toEqual([guide().toSql({ dialect: "spark" })]);
    expect(spark.log.views.at(-1)).toBe("quiver_source_0");
    expect(spark.log.released.length).toBe(before.released + 1);
  });

  it("a grouped argmin family over ties, NaN and nulls, read back from several Arrow batches", async () => {
    spark.rowsPerBatch = 2;
    const lf = trips().lazy().groupBy("zone").agg(col("fare").argmin().alias("i"), col("fare").argmax().alias("j"), col("n").argmin().alias("k"), col("fare").count().alias("count"));
    const answer = await sameOnSpark(lf);
    expect(answer).toContain('{"zone":"c","i":"0n","j":"0n","k":"0n","count":"2n"}');
    expect(answer).toContain('{"zone":"d","i":null,"j":null,"k":"0n","count":"0n"}');
  });

  it("stream() yields the batches as Spark sends them", async () => {
    spark.rowsPerBatch = 1;
    const batches = [];
    for await (const batch of guide().stream({ engine: "spark", remote: spark.remote })) batches.push(batch);
    expect(batches.map((b) => b.numRows)).toEqual([1, 1, 1]);
  });

  it("an empty result is an empty frame of the plan's schema", async () => {
    const lf = trips().lazy().filter(col("fare").gt(100)).groupBy("zone").agg(col("fare").argmin().alias("cheapest"));
    const df = await lf.collect({ engine: "spark", remote: spark.remote });
    expect(df.height).toBe(0);
    expect(df.toArrow().schema.fields.map((f) => `${f.name}: ${f.type}`)).toEqual(["zone: Utf8", "cheapest: Int64"]);
  });

  it("a query the server fails is a RemoteEngineError naming Spark and carrying its message; the session is still released", async () => {
    const released = spark.log.released.length;
    const allNaN = fromColumns({ x: [NaN, NaN] }).lazy().select(col("x").nanargmin());
    const error = await allNaN.collect({ engine: "spark", remote: spark.remote }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteEngineError);
    expect((error as RemoteEngineError).engine).toBe("spark");
    expect((error as Error).message).toMatch(/^engine "spark" failed: .*All-NaN slice encountered/);
    expect(spark.log.released.length).toBe(released + 1);
  });

  it("an unreachable server is a RemoteEngineError; a malformed remote or none is a TypeError saying what is expected", async () => {
    const other = await startFakeSpark();
    const closed = other.remote;
    await other.stop();
    await expect(guide().collect({ engine: "spark", remote: closed })).rejects.toThrow(RemoteEngineError);
    await expect(guide().collect({ engine: "spark", remote: "http://localhost:15002" })).rejects.toThrow('is not of the form "sc://host:port"');
    await expect(guide().collect({ engine: "spark" })).rejects.toThrow('engine "spark" needs the option remote');
  });

  it("aborting cancels the call on the server and releases the session: nothing is left running", async () => {
    spark.delayMs = 10_000;
    try {
      const controller = new AbortController();
      const { cancelled, released, queries } = { ...spark.log, released: spark.log.released.length, queries: spark.log.queries.length };
      const run = guide().collect({ engine: "spark", remote: spark.remote, signal: controller.signal });
      await vi.waitFor(() => expect(spark.log.queries.length).toBe(queries + 1), { timeout: 10_000 });
      controller.abort();
      await expect(run).rejects.toMatchObject({ name: "AbortError" });
      await vi.waitFor(() => {
        expect(spark.log.cancelled).toBe(cancelled + 1);
        expect(spark.log.active).toBe(0);
        expect(spark.log.released.length).toBe(released + 1);
      }, { timeout: 10_000 });
    } finally {
      spark.delayMs = 0;
    }
  });
});
