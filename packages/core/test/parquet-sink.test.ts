import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Field, List, makeData, makeVector, Int32, Table, TimestampSecond } from "apache-arrow";
import { DuckDBInstance } from "@duckdb/node-api";
import { parquetMetadata } from "hyparquet";
import { afterAll, describe, expect, it } from "vitest";
import { col, fromArrow, fromColumns, readParquet, scanParquet } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-sink-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const frame = () => fromColumns({ x: Float64Array.from({ length: 1000 }, (_, i) => Math.cos(i)), s: Array.from({ length: 1000 }, (_, i) => (i % 9 === 0 ? null : `v${i % 37}`)) });

describe("sinkParquet", () => {
  for (const compression of ["uncompressed", "snappy", "gzip", "brotli", "zstd", "lz4", "lz4_raw"] as const) {
    it(`writes ${compression} files that read back the same, and DuckDB reads them too`, async () => {
      const path = join(dir, `${compression}.parquet`);
      await frame().sinkParquet(path, { compression, rowGroupSize: 300 });
      const bytes = readFileSync(path);
      const codecs = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer).row_groups.flatMap((g) => g.columns.map((c) => c.meta_data!.codec));
      expect(new Set(codecs)).toEqual(new Set([compression === "lz4" ? "LZ4_RAW" : compression.toUpperCase()]));
      // An independent reader: DuckDB's own decoders.
      const duckdb = await (await DuckDBInstance.create(":memory:")).connect();
      const rows = (await duckdb.runAndReadAll(`SELECT x, s FROM read_parquet('${path.replaceAll("'", "''")}')`)).getRowsJS();
      expect(rows.map((r) => r[0])).toEqual(Array.from(frame().table.getChild("x")!.toArray() as Float64Array));
      expect(rows.map((r) => r[1])).toEqual([...frame().table.getChild("s")!]);
      const back = readParquet(path);
      expect(back.height).toBe(1000);
      expect(back.col("x").argmin()).toBe(frame().col("x").argmin());
      expect([...back.table.getChild("s")!]).toEqual([...frame().table.getChild("s")!]);
      expect(scanParquet(path).explain()).toMatch(/row_groups=4\/4/);
    });
  }

  it("writes integers of every width and sign that DuckDB reads with their types and values", async () => {
    const path = join(dir, "integers.parquet");
    const columns = {
      i8: Int8Array.of(-128, 3), u8: Uint8Array.of(255, 1), i16: Int16Array.of(-32768, 2), u16: Uint16Array.of(65535, 1),
      i32: Int32Array.of(-(2 ** 31), 5), u32: Uint32Array.of(2 ** 32 - 1, 1), i64: BigInt64Array.of(-(2n ** 63n), 2n ** 53n + 1n), u64: BigUint64Array.of(2n ** 64n - 1n, 1n),
    };
    await fromColumns(columns).sinkParquet(path);
    const duckdb = await (await DuckDBInstance.create(":memory:")).connect();
    const quoted = `'${path.replaceAll("'", "''")}'`;
    const types = (await duckdb.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoted})`)).getRowsJS().map((r) => r[1]);
    expect(types).toEqual(["TINYINT", "UTINYINT", "SMALLINT", "USMALLINT", "INTEGER", "UINTEGER", "BIGINT", "UBIGINT"]);
    const rows = (await duckdb.runAndReadAll(`SELECT * FROM read_parquet(${quoted})`)).getRowsJS();
    expect(rows).toEqual([0, 1].map((i) => Object.values(columns).map((values) => values[i])));
  });

  it("streams a lazy query into row groups of the size asked", async () => {
    const path = join(dir, "lazy.parquet");
    await frame().lazy().filter(col("x").gt(0)).sinkParquet(path, { rowGroupSize: 100 });
    const rows = frame().filter(col("x").gt(0)).height;
    expect(readParquet(path).height).toBe(rows);
    expect(scanParquet(path).explain()).toContain(`row_groups=${Math.ceil(rows / 100)}/${Math.ceil(rows / 100)}`);
  });

  it("writes statistics that let its own files prune", async () => {
    const path = join(dir, "stats.parquet");
    await fromColumns({ k: BigInt64Array.from({ length: 1000 }, (_, i) => BigInt(i)) }).sinkParquet(path, { rowGroupSize: 100 });
    expect(scanParquet(path).filter(col("k").gte(950n)).explain()).toMatch(/row_groups=1\/10 \[9\]/);
    await fromColumns({ k: BigInt64Array.from({ length: 1000 }, (_, i) => BigInt(i)) }).sinkParquet(path, { rowGroupSize: 100, statistics: false });
    expect(scanParquet(path).filter(col("k").gte(950n)).explain()).toMatch(/row_groups=10\/10/);
  });

  it("leaves the previous file untouched and no temporary file when it fails", async () => {
    const path = join(dir, "kept.parquet");
    writeFileSync(path, "previous");
    const type = new TimestampSecond();
    const seconds = new Table({ t: makeVector(makeData({ type, length: 2, nullCount: 0, data: BigInt64Array.from([0n, 2n ** 62n]) })) });
    await expect(fromArrow(seconds).sinkParquet(path)).rejects.toThrow(/timestamp 4611686018427387904 s does not fit Parquet's 64-bit milliseconds/);
    expect(readFileSync(path, "utf8")).toBe("previous");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("names the column and type it cannot write", async () => {
    const type = new List(new Field("item", new Int32(), true));
    const data = makeData({ type, length: 1, nullCount: 0, valueOffsets: Int32Array.from([0, 1]), child: makeData({ type: new Int32(), length: 1, nullCount: 0, data: Int32Array.from([1]) }) });
    const table = new Table({ l: makeVector(data) });
    const path = join(dir, "list.parquet");
    await expect(fromArrow(table).sinkParquet(path)).rejects.toThrow(/column "l" has type List<Int32>/);
    expect(existsSync(path)).toBe(false);
  });

  it("refuses an unknown compression and a bad row group size", async () => {
    await expect(frame().sinkParquet(join(dir, "c.parquet"), { compression: "lzo" as never })).rejects.toThrow('sinkParquet: option "compression" must be one of "uncompressed", "snappy", "gzip", "brotli", "zstd", "lz4", "lz4_raw"; got the string "lzo"');
    await expect(frame().sinkParquet(join(dir, "c.parquet"), { rowGroupSize: 0 })).rejects.toThrow(new TypeError('sinkParquet: option "rowGroupSize" must be a whole number ≥ 1; got the number 0'));
  });
});
