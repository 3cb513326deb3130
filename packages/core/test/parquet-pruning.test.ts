import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { col, type Expr, fromColumns, ParquetScanError, readParquet, scanParquet } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-pruning-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "groups.parquet");
const ROWS = 10_000;
const GROUP = 1_000;

/** A Blob that records every range read from it, as a browser's File would be read. */
class CountingBlob extends Blob {
  readonly reads: [number, number][] = [];
  override slice(start?: number, end?: number): Blob {
    this.reads.push([start ?? 0, end ?? this.size]);
    return super.slice(start, end);
  }
}

/** The column chunks a query fetched: reads past the footer's two (head magic, tail). */
async function chunksRead(query: (lf: ReturnType<typeof scanParquet>) => ReturnType<typeof scanParquet>, optimize = true): Promise<{ chunks: number; result: unknown }> {
  const blob = new CountingBlob([readFileSync(file)]);
  const result = (await query(scanParquet(blob)).collect({ optimize })).row(0, { bigint: true });
  return { chunks: blob.reads.length - 2, result };
}

beforeAll(async () => {
  // "down" falls row group by row group with ties at each group's minimum; "mixed" is random;
  // "s" strings rise; "n" is null in the first half.
  const down = BigInt64Array.from({ length: ROWS }, (_, i) => BigInt(2 ** 53) + BigInt(ROWS - GROUP * Math.floor(i / GROUP)) * 10n + BigInt(i % 3));
  const mixed = Float64Array.from({ length: ROWS }, (_, i) => Math.sin(i) * 1000);
  const s = Array.from({ length: ROWS }, (_, i) => `k${String(Math.floor(i / GROUP)).padStart(3, "0")}-${i % 5}`);
  const n = Array.from({ length: ROWS }, (_, i) => (i < ROWS / 2 ? null : BigInt(i % 50)));
  await fromColumns({ down, mixed, s, n }).sinkParquet(file, { rowGroupSize: GROUP });
});

describe("statistics-driven reductions read only the row group that holds the answer", () => {
  const cases: [string, Expr][] = [
    ["argmin of a falling Int64 column", col("down").argmin()],
    ["argmax of a falling Int64 column", col("down").argmax()],
    ["min of a falling Int64 column", col("down").min()],
    ["argmin of strings by bytes", col("s").argmin()],
    ["argmax of strings by bytes", col("s").argmax()],
    ["minBy over Int64", col("s").minBy(col("down"))],
    ["argmin skipping all-null row groups", col("n").argmin()],
    ["NaN-skipping argmin of a float column", col("mixed").argmin({ skipNaN: true })],
  ];
  for (const [what, expr] of cases) {
    it(what, async () => {
      const pruned = await chunksRead((lf) => lf.select(expr));
      const full = await chunksRead((lf) => lf.select(expr), false);
      expect(pruned.result).toEqual(full.result);
      // Unoptimized, every column chunk of every row group is read.
      expect(full.chunks).toBe((ROWS / GROUP) * 4);
      expect(pruned.chunks).toBe(expr.node.kind === "function" && expr.node.name === "minBy" ? 2 : 1);
    });
  }

  it("keeps positions exact: the first of the tied minima, counted from the file's first row", async () => {
    const { result } = await chunksRead((lf) => lf.select(col("down").argmin()));
    expect(result).toEqual({ down: BigInt(ROWS - GROUP) });
  });

  it("explains which row group is read and why", () => {
    expect(scanParquet(file).select(col("down").argmin()).explain()).toMatch(/row_groups=1\/10 \[9\] \(pruned: min of "down" is 9007199254750992, first reached in row group 9/);
  });

  it("reads every row group where NaN could decide the answer (float argmin, min, max, minBy)", async () => {
    for (const expr of [col("mixed").argmin(), col("mixed").min(), col("mixed").max(), col("s").minBy(col("mixed"))]) {
      const { chunks } = await chunksRead((lf) => lf.select(expr));
      expect(chunks).toBe((ROWS / GROUP) * (expr.node.kind === "function" && expr.node.name === "minBy" ? 2 : 1));
    }
  });

  it("reads everything when reductions need different row groups", async () => {
    const { chunks, result } = await chunksRead((lf) => lf.select(col("down").argmin().alias("a"), col("down").argmax().alias("b")));
    expect(result).toEqual({ a: BigInt(ROWS - GROUP), b: 2n });
    expect(chunks).toBe(ROWS / GROUP);
  });
});

describe("predicates prune row groups by their statistics", () => {
  it("reads only the row groups a range predicate can match", async () => {
    const query = (lf: ReturnType<typeof scanParquet>) => lf.filter(col("s").gte("k007").and(col("s").lt("k009"))).select(col("s").argmin(), col("s").count().alias("c"));
    const pruned = await chunksRead(query);
    const full = await chunksRead(query, false);
    expect(pruned.result).toEqual(full.result);
    expect(pruned.result).toEqual({ s: 0n, c: BigInt(2 * GROUP) });
    expect(pruned.chunks).toBe(2);
    expect(scanParquet(file).filter(col("s").gte("k007").and(col("s").lt("k009"))).explain()).toMatch(/row_groups=2\/10 \[7, 8\] \(pruned: statistics refute the predicate in row groups \[0, 1, 2, 3, 4, 5, 6, 9\]\)/);
  });

  it("skips row groups whose column is all null for a comparison, and null tests by null counts", async () => {
    expect((await chunksRead((lf) => lf.filter(col("n").gt(10)).select(col("n").count()))).chunks).toBe(5);
    expect((await chunksRead((lf) => lf.filter(col("n").isNotNull()).select(col("n").count()))).chunks).toBe(5);
    expect((await chunksRead((lf) => lf.filter(col("n").isNull()).select(col("n").count()))).chunks).toBe(5);
  });

  it("never prunes on a float inequality (NaN != x is true)", async () => {
    expect((await chunksRead((lf) => lf.filter(col("mixed").neq(5)).select(col("mixed").count()))).chunks).toBe(10);
  });

  it("refuses to answer from a row group whose values contradict the statistics that chose it", async () => {
    // sort_columns.parquet: column "a" (Int64) holds 2, null, 1 in row group 0 and the same in row
    // group 1, each with statistics min 1, max 2. Setting a high byte of each of group 0's values
    // leaves its statistics claiming a minimum of 1 that no value reaches.
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, "data/parquet-testing/sort_columns.parquet")));
    bytes[23] = 1;
    bytes[33] = 1;
    const query = () => scanParquet(bytes.slice()).select(col("a").argmin());
    expect(query().explain()).toContain("row_groups=1/2");
    const error: unknown = await query().collect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParquetScanError);
    expect((error as ParquetScanError).code).toBe("corrupt");
    expect((error as Error).message).toMatch(/row group 0 give column "a" a minimum of 1, but its values reach 16777218/);
    // Read whole, the same file answers from its values.
    const whole = (await query().collect({ optimize: false })).row(0);
    expect(whole).toEqual({ a: readParquet(bytes.slice()).col("a").argmin() });
    expect(whole.a).toBe(5);
  });
});
