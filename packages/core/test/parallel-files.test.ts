// A file scanned with more than one thread is read into shared memory (numbers into the heap,
// the rest into SharedArrayBuffers), its batches cut into morsels for the workers, and each batch
// released once its morsels are in. With freed blocks poisoned, every answer must equal the
// one-thread answer, the workers must have run the morsels, and the heap must not keep the batches.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeVector, Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { col, type LazyFrame, scanIpc } from "../src/index.js";
import { setPoisonFreed, wasmHeap } from "../src/memory/index.js";
import { closeWorkers, parallelActivity, setParallelTuning, warmWorkers } from "../src/testing/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-parallel-files-"));
const path = join(dir, "mixed.arrow");
const BATCHES = 12;
const ROWS = 20_000;

beforeAll(async () => {
  const batches = Array.from({ length: BATCHES }, (_, b) => {
    const at = (i: number) => b * ROWS + i;
    return new Table({
      x: makeVector(Float64Array.from({ length: ROWS }, (_, i) => (at(i) % 977 === 5 ? NaN : ((at(i) * 7919) % 10_007) / 7 - 700))),
      k: makeVector(Int32Array.from({ length: ROWS }, (_, i) => (at(i) * 31) % 53)),
      s: vectorFromArray(Array.from({ length: ROWS }, (_, i) => (i % 11 === 0 ? null : `name ${(at(i) * 13) % 89}`)), new Utf8()),
    });
  });
  writeFileSync(path, tableToIPC(batches.reduce((a, b) => a.concat(b)), "file"));
  // Workers loaded before the first query and kept, so that every morsel goes to them.
  setParallelTuning({ minRows: 0, morselRows: 7_000, idleMs: 120_000 });
  await warmWorkers(2);
  setPoisonFreed(true);
}, 120_000);
afterAll(async () => {
  await closeWorkers();
  setParallelTuning(undefined);
  setPoisonFreed(false);
  rmSync(dir, { recursive: true, force: true });
});

const QUERIES: Record<string, (lf: LazyFrame) => LazyFrame> = {
  "global aggregates": (lf) => lf.select(col("x").argmin().alias("i"), col("x").nanargmax().alias("j"), col("s").min().alias("m"), col("k").sum().alias("t")),
  "group-by an integer key": (lf) => lf.groupBy("k").agg(col("x").nanargmin().alias("i"), col("s").minBy("x").alias("s")),
  "group-by a string key": (lf) => lf.groupBy("s").agg(col("x").argmax().alias("i"), col("k").max().alias("k")),
  "filter and project": (lf) => lf.filter(col("x").gt(600)).select(col("k"), col("s"), col("x").mul(2).alias("y")),
};

async function rows(query: (lf: LazyFrame) => LazyFrame, threads: number): Promise<unknown[]> {
  const df = await query(scanIpc(path)).collect({ threads });
  return Array.from({ length: df.height }, (_, r) => df.row(r));
}

describe("a file scanned on worker threads", () => {
  it("reaches the workers in shared memory and gives the one-thread answers, freed batches poisoned", async () => {
    for (const [name, query] of Object.entries(QUERIES)) {
      const one = await rows(query, 1);
      const before = parallelActivity().morsels;
      expect(await rows(query, 2), name).toEqual(one);
      // Every batch went to the workers, in morsels of 7,000 rows: three per batch.
      expect(parallelActivity().morsels - before, name).toBeGreaterThanOrEqual(3 * BATCHES);
    }
  }, 120_000);

  it("releases each batch once its morsels are in: repeated scans do not grow the heap's live blocks", async () => {
    const heap = wasmHeap()!;
    const query = QUERIES["group-by an integer key"];
    await rows(query, 2);
    const live = heap.allocator.stats().live;
    for (let run = 0; run < 4; run++) await rows(query, 2);
    // Four scans of 12 batches of 160 KB of numbers each went through the heap.
    expect(heap.allocator.stats().live).toBeLessThanOrEqual(live + 2 * ROWS * 12);
  }, 120_000);
});
