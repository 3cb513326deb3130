// A value that fails on a worker fails the query exactly as on one thread: the same error class
// and message, numbered at the same row — though the failing morsel's rows came through a filter
// whose other morsels ran elsewhere.
import { Int8, RecordBatch, Table, tableFromArrays } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { col, fromArrow, type LazyFrame } from "../src/index.js";
import { closeWorkers, parallelActivity, setParallelTuning } from "../src/testing/index.js";

/** 60 rows in three batches; y fits Int8 except at row 47, and x filters out every third row. */
function frame(): LazyFrame {
  const x = Float64Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? -1 : i));
  const y = Float64Array.from({ length: 60 }, (_, i) => (i === 47 ? 1000 : i - 30));
  const whole = tableFromArrays({ x, y });
  const batches = [0, 25, 45, 60].slice(1).map((end, b, ends) => whole.slice(b === 0 ? 0 : ends[b - 1], end).batches[0] as RecordBatch);
  return fromArrow(new Table(batches)).lazy();
}

async function failure(query: LazyFrame, threads: number): Promise<string> {
  try {
    await query.collect({ threads });
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
  return "no error";
}

describe("a failing morsel", () => {
  beforeAll(() => setParallelTuning({ minRows: 0, morselRows: 4 }));
  afterAll(async () => {
    setParallelTuning(undefined);
    await closeWorkers();
  });

  const filtered = () => frame().filter(col("x").gt(0));
  const queries: [string, () => LazyFrame][] = [
    ["a projection", () => filtered().withColumns(col("y").cast(new Int8()).alias("z"))],
    ["an aggregate's argument", () => filtered().select(col("y").cast(new Int8()).argmin().alias("i"))],
    ["a grouped aggregate's argument", () => filtered().groupBy(col("x").gt(30).alias("late")).agg(col("y").cast(new Int8()).max().alias("m"))],
  ];

  for (const [where, query] of queries) {
    it(`in ${where} reports the one-thread error, at the same row`, async () => {
      const expected = await failure(query(), 1);
      // Row 47 is the 32nd row the filter keeps (it drops 0, 3, …, 45): row 31 of the cast's input.
      expect(expected).toMatch(/^RowRangeError: cast of column "y" to Int8 failed at row 31: 1000 does not fit/);
      const reruns = parallelActivity().rerunOnThisThread;
      for (const threads of [2, 3, 4]) expect(await failure(query(), threads)).toBe(expected);
      // Whether the failing morsel ran on a worker or, queued while workers loaded, here.
      expect(parallelActivity().rerunOnThisThread - reruns).toBe(3);
    }, 60_000);
  }
});
