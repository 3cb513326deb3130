import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeVector, Table, tableToIPC } from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { col, fromRecords, readIpc, scanIpc } from "../src/index.js";
import { setPoisonFreed, wasmHeap } from "../src/memory/index.js";
import { runChild } from "./child-run.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-release-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ReleaseReport {
  frames: number;
  argmins: number;
  live: number;
  memoryBytes: number;
  frameBytes: number;
}

describe("heap blocks are given back", () => {
  it("by a long streamed aggregate, batch by batch: the heap stays a few batches large", async () => {
    const rows = 32_768;
    const batches = Array.from({ length: 60 }, (_, b) =>
      new Table({ x: makeVector(Float64Array.from({ length: rows }, (_, i) => ((b * rows + i) * 7919) % 100_003)) }),
    );
    const path = join(dir, "long.arrow");
    writeFileSync(path, tableToIPC(batches.reduce((a, b) => a.concat(b)), "file"));
    const heap = wasmHeap()!;
    const query = () => scanIpc(path).select(col("x").argmin().alias("i"), col("x").max().alias("m")).collect();
    await query();
    const before = heap.allocator.stats();
    for (let run = 0; run < 5; run++) expect((await query()).row(0)).toEqual({ i: 0, m: 100_002 });
    const after = heap.allocator.stats();
    // 300 batches of 256 KiB went through the heap; it did not grow, and they were all freed.
    expect(after.freedTotal - before.freedTotal).toBeGreaterThanOrEqual(300 * rows * 8);
    expect(after.memoryBytes).toBe(before.memoryBytes);
    expect(after.live).toBeLessThanOrEqual(before.live);
  });

  it("by frames nobody holds, once the garbage collector finalises their leases", () => {
    const report = runChild<ReleaseReport>(new URL("./fixtures/heap-release-child.ts", import.meta.url), { QUIVER_FRAMES: "24" });
    expect(report.argmins).toBe(report.frames);
    // 24 frames of 4 MiB were made; at the end at most a few are not yet collected.
    expect(report.live).toBeLessThan(4 * report.frameBytes);
    expect(report.memoryBytes).toBeLessThan(12 * report.frameBytes);
  });

  it("but never the blocks of an in-memory frame that queries drain: the frame reads the same after", async () => {
    const poisoned = setPoisonFreed(true);
    try {
      const records = fromRecords(Array.from({ length: 50_000 }, (_, i) => ({ x: (i * 7919) % 10_007 })));
      const path = join(dir, "kept.arrow");
      writeFileSync(path, tableToIPC(new Table({ x: makeVector(Float64Array.from({ length: 50_000 }, (_, i) => (i * 31) % 1009)) }), "file"));
      const read = await readIpc(path);
      for (const frame of [records, read]) {
        const query = () => frame.lazy().select(col("x").sum().alias("s"), col("x").argmax().alias("i")).collect({ threads: 1 });
        const first = (await query()).row(0);
        expect(Number.isNaN(first.s)).toBe(false);
        // With freed blocks poisoned (NaN), a released column would change every later answer.
        for (let run = 0; run < 3; run++) expect((await query()).row(0)).toEqual(first);
      }
    } finally {
      setPoisonFreed(poisoned);
    }
  });
});
