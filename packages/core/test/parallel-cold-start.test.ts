// A query must never wait for a worker thread to load: loading the engine takes a worker seconds
// on a loaded machine (a 15-row sum in morsels of 5 rows on 2 threads once sat that long behind
// workers still starting, and looked hung). Workers take morsels only once they say they are
// ready; a morsel still queued when its turn comes runs on the calling thread. Workers that never
// finish loading pin this: every query still completes, all on the calling thread.
import { tableFromArrays } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { col, fromArrow } from "../src/index.js";
import { closeWorkers, parallelActivity, setParallelTuning, setWorkerScript } from "../src/testing/index.js";

const QUERIES = 25;
const sum = () =>
  fromArrow(tableFromArrays({ x: Float64Array.from({ length: 15 }, (_, i) => i) }))
    .lazy()
    .select(col("x").sum().alias("s"), col("x").argmax().alias("i"))
    .collect({ threads: 2 });

beforeAll(async () => {
  await closeWorkers();
  setParallelTuning({ minRows: 0, morselRows: 5 });
});
afterAll(async () => {
  setWorkerScript(undefined);
  setParallelTuning(undefined);
  await closeWorkers();
});

describe("a parallel query with workers still loading", () => {
  it("runs its queued morsels on the calling thread: workers that never load hold nothing up", async () => {
    // A worker that keeps its thread alive and never says it is ready.
    setWorkerScript({ url: "setInterval(() => {}, 1 << 30)", options: { eval: true } });
    const before = parallelActivity();
    for (let q = 0; q < QUERIES; q++) expect((await sum()).row(0)).toEqual({ s: 105, i: 14 });
    const after = parallelActivity();
    // Three morsels a query, all taken back; the two workers started once, still loading.
    expect(after.morselsHere - before.morselsHere).toBe(3 * QUERIES);
    expect(after.morsels).toBe(before.morsels);
    expect(after.liveWorkers).toBe(2);
  }, 30_000);

  it("gives the same answers from cold workers that load meanwhile, and from warm ones", async () => {
    setWorkerScript(undefined);
    await closeWorkers();
    for (let q = 0; q < QUERIES; q++) {
      if (q % 5 === 0) await closeWorkers();
      expect((await sum()).row(0)).toEqual({ s: 105, i: 14 });
    }
  }, 60_000);
});
