import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeVector, Table, tableToIPC } from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { col, scanIpc } from "../src/index.js";
import { wasmHeap } from "../src/memory/index.js";
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
});
