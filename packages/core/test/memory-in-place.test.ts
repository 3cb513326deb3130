import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeVector, Table, tableToIPC, type Vector } from "apache-arrow";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { col, fromArrow, readIpc, scanIpc } from "../src/index.js";
import { readsIntoHeap } from "../src/io/heap-types.js";
import { argExtremeOfVector } from "../src/kernels/index.js";
import { setAdoption } from "../src/kernels/wasm/in-memory.js";
import { argExtremeWasm } from "../src/kernels/wasm/instance.js";
import { DEFAULT_WASM_SCAN_LIMITS, setWasmScanLimits } from "../src/kernels/wasm/limits.js";
import { allocateArray, isAdopted, leaseOf, markAdoptable, releaseArray, setPoisonFreed, wasmHeap } from "../src/memory/index.js";
import { ALL_TYPE_KINDS, arbTable } from "../src/testing/index.js";
import { arbLaneColumn, LANE_KINDS, oracle, REDUCTIONS, reduceWith } from "./wasm-scan-support.js";

const RUNS = Number(process.env.QUIVER_RUNS ?? 1000);
const heap = wasmHeap()!;
const dir = mkdtempSync(join(tmpdir(), "quiver-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same chunks with their values copied into the heap, at addresses that are often not 16-byte aligned. */
function inHeap(vector: Vector): Vector {
  const chunks = vector.data.map((d, c) => {
    const values = d.values as Float64Array;
    const skip = c % 3;
    const copy = allocateArray(values.constructor as Float64ArrayConstructor, d.length + skip).subarray(skip);
    copy.set(values.subarray(0, d.length));
    return makeVector(copy);
  });
  return chunks.reduce((a, b) => a.concat(b) as never);
}

describe("the kernels scan values in the heap in place, and foreign values adopted or copied by block", () => {
  it("a heap view is an ordinary typed array of the heap's memory, and its subarrays keep its lease", () => {
    const values = allocateArray(Float64Array, 100);
    expect(values).toBeInstanceOf(Float64Array);
    expect(heap.holds(values)).toBe(true);
    expect(argExtremeWasm()!.holds(values)).toBe(true);
    expect(leaseOf(values.subarray(10, 20))).toBe(leaseOf(values));
    expect(leaseOf(makeVector(values).slice(5, 50).data[0].values)).toBe(leaseOf(values));
    expect(leaseOf(makeVector(values).toArray())).toBe(leaseOf(values));
  });

  it.each(LANE_KINDS.map((kind) => [kind.name, kind] as const))("%s: in place, adopted and block-copied scans agree with the oracle", (_, kind) => {
    fc.assert(
      fc.property(arbLaneColumn(kind, 300), fc.constantFrom(8, 48, 136, DEFAULT_WASM_SCAN_LIMITS.blockBytes), (column, blockBytes) => {
        const resident = inHeap(column.vector);
        // The generated chunks as a frame's: copied into the heap on their first scan.
        markAdoptable(column.vector.data);
        for (const options of REDUCTIONS) {
          const expected = oracle(column.values, options);
          expect(reduceWith({ minLength: 0, blockBytes }, resident, options)).toEqual(expected);
          expect(reduceWith({ minLength: 0, blockBytes }, column.vector, options)).toEqual(expected);
          const adopting = setAdoption(false);
          try {
            expect(reduceWith({ minLength: 0, blockBytes }, column.vector, options)).toEqual(expected);
          } finally {
            setAdoption(adopting);
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 8) },
    );
  });

  it("a foreign chunk is copied into the heap once, on its first scan, and the copy serves every later query", () => {
    const foreign = Float64Array.from({ length: 10_000 }, (_, i) => (i === 6_000 ? -5 : Math.cos(i)));
    const df = fromArrow(new Table({ x: makeVector(foreign) }));
    const data = df.toArrow().getChildAt(0)!.data[0];
    expect(heap.holds(data.values)).toBe(false);
    expect(isAdopted(data)).toBe(false);
    const query = () => df.select(col("x").argmin().alias("i"), col("x").argmax().alias("j")).row(0);
    expect(query()).toEqual({ i: 6_000, j: 0 });
    expect(isAdopted(data)).toBe(true);
    const live = heap.allocator.stats().live;
    for (let run = 0; run < 3; run++) expect(query()).toEqual({ i: 6_000, j: 0 });
    expect(heap.allocator.stats().live).toBe(live);
  });
});

/** Number kinds: the columns readIpc puts in the heap. */
const NUMBER_KINDS = ALL_TYPE_KINDS.filter((kind) => /^(u?int|float|date|time|duration|timestamp)/.test(kind));

async function viaFile(table: Table, name: string): Promise<Table> {
  const path = join(dir, name);
  writeFileSync(path, tableToIPC(table, "file"));
  return (await readIpc(path)).toArrow();
}

describe("readIpc reads number columns straight into the heap", () => {
  let restore = DEFAULT_WASM_SCAN_LIMITS;
  beforeAll(() => {
    restore = setWasmScanLimits({ minLength: 0, blockBytes: 48 });
  });
  afterAll(() => {
    setWasmScanLimits(restore);
  });

  it("and every arg-reduction over them equals the one over the table written (nulls, NaN, ±0, ties, Int64, chunks)", async () => {
    let file = 0;
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: NUMBER_KINDS, maxLength: 80, maxColumns: 3 }), async ({ table }) => {
        const read = await viaFile(table, `t${file++}.arrow`);
        for (let c = 0; c < table.numCols; c++) {
          const written = table.getChildAt(c)!;
          const resident = read.getChildAt(c)!;
          for (const chunk of resident.data) {
            if (chunk.length > 0) expect(heap.holds(chunk.values)).toBe(readsIntoHeap(resident.type));
          }
          for (const options of REDUCTIONS) expect(outcome(resident, options)).toEqual(outcome(written, options));
        }
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });
});

function outcome(vector: Vector, options: (typeof REDUCTIONS)[number]): number | null | string {
  try {
    return argExtremeOfVector(vector, options);
  } catch (error) {
    return (error as Error).message;
  }
}

describe("ownership: a streamed batch is released once the pipeline has passed it on", () => {
  afterEach(() => {
    setPoisonFreed(false);
  });

  it("a released block is poisoned in debug mode, so a read after release would change the answer", () => {
    setPoisonFreed(true);
    const values = allocateArray(Float64Array, 4096).fill(1);
    values[700] = -5;
    expect(argExtremeOfVector(makeVector(values))).toBe(700);
    releaseArray(values);
    expect(Number.isNaN(values[700])).toBe(true);
    expect(argExtremeOfVector(makeVector(values))).toBe(0);
  });

  it("streamed aggregates over a file scanned through the heap, poisoning every released batch, equal the in-memory answers", async () => {
    const rows = 40_000;
    const x = Float64Array.from({ length: rows }, (_, i) => ((i * 7919) % 10007) - 5000 + (i % 13 === 0 ? 0.5 : 0));
    const k = BigInt64Array.from({ length: rows }, (_, i) => BigInt(i % 97) * 2n ** 54n + 1n);
    const g = Int32Array.from({ length: rows }, (_, i) => i % 5);
    const batches = [0, 9_000, 9_001, 25_000, rows].slice(1).map((end, b, ends) => {
      const start = b === 0 ? 0 : ends[b - 1];
      return new Table({ x: makeVector(x.slice(start, end)), k: makeVector(k.slice(start, end)), g: makeVector(g.slice(start, end)) });
    });
    const path = join(dir, "stream.arrow");
    writeFileSync(path, tableToIPC(batches.reduce((a, b) => a.concat(b)), "file"));
    const exprs = [col("x").argmin().alias("a"), col("x").argmax().alias("b"), col("k").argmin().alias("c"), col("x").min().alias("d"), col("x").sum().alias("e")];
    const memory = fromArrow(new Table({ x: makeVector(x), k: makeVector(k), g: makeVector(g) }));
    const expected = memory.select(...exprs).row(0);
    const grouped = memory.groupBy("g").agg(col("x").argmin().alias("a"), col("k").max().alias("m")).sort("g");
    setPoisonFreed(true);
    for (let run = 0; run < 3; run++) {
      const freed = heap.allocator.stats().freedTotal;
      expect((await scanIpc(path).select(...exprs).collect()).row(0)).toEqual(expected);
      // The executor released (and so poisoned) every batch's x and k columns as it went.
      expect(heap.allocator.stats().freedTotal - freed).toBeGreaterThanOrEqual(rows * 16);
      const streamed = await scanIpc(path).groupBy("g").agg(col("x").argmin().alias("a"), col("k").max().alias("m")).sort("g").collect();
      expect(streamed.toArrow().toArray().map((r) => r.toJSON())).toEqual(grouped.toArrow().toArray().map((r) => r.toJSON()));
    }
  });
});
