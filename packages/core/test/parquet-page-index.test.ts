import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parquetMetadata, readOffsetIndex } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { col, type DataFrame, type Expr, fromColumns, lit, ParquetScanError, readParquet, scanParquet } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "pages.parquet");
const ROWS = 20_000;
const TINY = new URL("./data/parquet-testing/alltypes_tiny_pages.parquet", import.meta.url).pathname;

/** A Blob that records every range read from it, as a browser's File would be read. */
class CountingBlob extends Blob {
  readonly reads: [number, number][] = [];
  override slice(start?: number, end?: number): Blob {
    this.reads.push([start ?? 0, end ?? this.size]);
    return super.slice(start, end);
  }
}

/** Every data page of a file, by column, as its offset indexes place them (read with hyparquet, not Quiver). */
function pagesOf(bytes: Uint8Array): Map<string, [number, number][]> {
  const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
  const pages = new Map<string, [number, number][]>();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const at = Number(chunk.offset_index_offset);
      const index = readOffsetIndex({ view: new DataView(bytes.buffer, bytes.byteOffset + at, chunk.offset_index_length!), offset: 0 });
      const name = chunk.meta_data!.path_in_schema.join(".");
      pages.set(name, [...(pages.get(name) ?? []), ...index.page_locations.map((p) => [Number(p.offset), Number(p.offset) + p.compressed_page_size] as [number, number])]);
    }
  }
  return pages;
}

/** The data pages of each column that a query's reads touched, past the footer's. */
async function pagesFetched(path: string, query: (lf: ReturnType<typeof scanParquet>) => ReturnType<typeof scanParquet>): Promise<{ fetched: Map<string, number>; total: Map<string, number>; frame: DataFrame }> {
  const bytes = readFileSync(path);
  const blob = new CountingBlob([bytes]);
  const frame = await query(scanParquet(blob)).collect();
  const fetched = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [name, pages] of pagesOf(bytes)) {
    total.set(name, pages.length);
    // The first two reads are the footer's (the head magic, the tail holding the metadata).
    fetched.set(name, pages.filter(([start, end]) => blob.reads.slice(2).some(([from, to]) => from < end && start < to)).length);
  }
  return { fetched, total, frame };
}

const rowsOf = (df: DataFrame) => JSON.stringify(df.toRecords(), (_, v) => (typeof v === "bigint" ? `${v}n` : v));

let x: Float64Array;
let n: (bigint | null)[];
let s: string[];

beforeAll(async () => {
  // "x" rises (pages prune), "n" cycles with nulls in runs, "s" rises with longer pages: the
  // three columns' pages break at different rows.
  x = Float64Array.from({ length: ROWS }, (_, i) => i / 2);
  n = Array.from({ length: ROWS }, (_, i) => (Math.floor(i / 700) % 3 === 0 ? null : BigInt(Math.floor(i / 300))));
  s = Array.from({ length: ROWS }, (_, i) => `key-${String(Math.floor(i / 50)).padStart(5, "0")}`);
  await fromColumns({ x, n, s }).sinkParquet(file, { rowGroupSize: 10_000, pageSize: 8_000 });
});

describe("predicate pushdown into pages by the column index", () => {
  it("fetches only the pages that may hold matching rows, of every column read", async () => {
    const query = (lf: ReturnType<typeof scanParquet>) => lf.filter(col("x").gte(6_000).and(col("x").lt(6_100)));
    const { fetched, total, frame } = await pagesFetched(file, query);
    expect(Array.from(frame.table.getChild("x")!.toArray() as Float64Array)).toEqual(Array.from(x.filter((v) => v >= 6_000 && v < 6_100)));
    expect(total.get("x")).toBeGreaterThan(20);
    // 200 rows of 8-byte values fit one or two 1,000-row pages.
    expect(fetched.get("x")).toBeLessThanOrEqual(2);
    expect(fetched.get("s")!).toBeLessThanOrEqual(3);
    expect(fetched.get("s")!).toBeLessThan(total.get("s")! / 4);
  });

  it("explains the rows and pages the page index leaves to read", () => {
    const text = scanParquet(file).filter(col("x").gte(6_000).and(col("x").lt(6_100))).explain();
    expect(text).toMatch(/row_groups=1\/2 \[1\] .* page_index: rows=(\d+)\/10000 pages=[12]\/\d+/);
    const kept = Number(/page_index: rows=(\d+)/.exec(text)![1]);
    expect(kept).toBeGreaterThanOrEqual(200);
    expect(kept).toBeLessThanOrEqual(2_000);
  });

  it("reads every page when no page can be ruled out, and none when all are", async () => {
    const all = await pagesFetched(file, (lf) => lf.filter(col("x").gte(0)));
    expect(all.fetched.get("x")).toBe(all.total.get("x"));
    const none = await pagesFetched(file, (lf) => lf.filter(col("n").gt(10_000n)));
    expect(none.frame.height).toBe(0);
    expect(none.fetched.get("x")).toBe(0);
  });

  it("gives the rows a scan without pushdown gives, for random predicates over columns whose pages break at different rows", async () => {
    const arbComparison: fc.Arbitrary<Expr> = fc.oneof(
      fc.tuple(fc.constantFrom("gt", "gte", "lt", "lte", "eq", "neq"), fc.integer({ min: -10, max: ROWS / 2 + 10 })).map(([op, v]) => (col("x") as unknown as Record<string, (v: Expr) => Expr>)[op](lit(v))),
      fc.tuple(fc.constantFrom("gt", "lt", "eq"), fc.integer({ min: -1, max: Math.floor(ROWS / 300) + 1 })).map(([op, v]) => (col("n") as unknown as Record<string, (v: Expr) => Expr>)[op](lit(BigInt(v)))),
      fc.tuple(fc.constantFrom("gte", "lt"), fc.integer({ min: 0, max: ROWS / 50 })).map(([op, v]) => (col("s") as unknown as Record<string, (v: Expr) => Expr>)[op](lit(`key-${String(v).padStart(5, "0")}`))),
      fc.constant(col("n").isNull()),
      fc.constant(col("n").isNotNull()),
    );
    const arbPredicate = fc.oneof(
      arbComparison,
      fc.tuple(arbComparison, arbComparison).map(([a, b]) => a.and(b)),
      fc.tuple(arbComparison, arbComparison).map(([a, b]) => a.or(b)),
    );
    await fc.assert(
      fc.asyncProperty(arbPredicate, fc.subarray(["x", "n", "s"], { minLength: 1 }), async (predicate, columns) => {
        const pushed = await scanParquet(file).filter(predicate).select(...columns).collect();
        const plain = await scanParquet(file).filter(predicate).select(...columns).collect({ optimize: false });
        expect(rowsOf(pushed)).toBe(rowsOf(plain));
      }),
      { numRuns: 60 },
    );
  });

  it("prunes the pages of a file written by another writer (parquet-testing, parquet-mr's tiny pages)", async () => {
    const query = (lf: ReturnType<typeof scanParquet>) => lf.filter(col("id").gt(7_000)).select("id", "string_col", "timestamp_col");
    const { fetched, total, frame } = await pagesFetched(TINY, query);
    const expected = readParquet(TINY).table;
    const ids = Array.from(expected.getChild("id")!.toArray() as Int32Array);
    expect(Array.from(frame.table.getChild("id")!.toArray() as Int32Array)).toEqual(ids.filter((v) => v > 7_000));
    expect(frame.height).toBe(299);
    expect(fetched.get("id")!).toBeLessThan(total.get("id")! / 10);
    expect(fetched.get("string_col")!).toBeLessThan(total.get("string_col")! / 2);
  });

  it("reports a page index that contradicts its chunk as corrupt, naming the column and row group", () => {
    const bytes = new Uint8Array(readFileSync(file));
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset) as ArrayBuffer);
    const chunk = metadata.row_groups[0].columns[0];
    const at = Number(chunk.offset_index_offset);
    const corrupt = bytes.slice();
    // Zero the offset index of "x" in row group 0: it no longer places any page.
    corrupt.fill(0, at, at + chunk.offset_index_length!);
    const broken = join(dir, "broken-index.parquet");
    writeFileSync(broken, corrupt);
    expect(() => scanParquet(broken).filter(col("x").lt(5)).explain()).toThrow(ParquetScanError);
    expect(() => scanParquet(broken).filter(col("x").lt(5)).explain()).toThrow(/page index of column "x" of row group 0/);
    // Without a predicate the page index is not read.
    expect(readParquet(broken).height).toBe(ROWS);
  });
});
