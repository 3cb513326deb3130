import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { col, ColumnNotFoundError, concat, type DataFrame, ParquetScanError, readParquet, scanParquet } from "../src/index.js";

const DATA = new URL("./data/parquet-testing/", import.meta.url);
const path = (name: string) => new URL(name, DATA).pathname;
const records = (df: DataFrame) => Array.from({ length: df.height }, (_, i) => df.row(i));

/** alltypes_plain.parquet, as the file's README and every Parquet reader show it. */
const ALLTYPES_IDS = [4, 5, 6, 7, 2, 3, 0, 1];

describe("reading Parquet", () => {
  it("reads a flat file eagerly with its values and types", () => {
    const df = readParquet(path("alltypes_plain.parquet"));
    expect(df.table.numRows).toBe(8);
    expect(df.table.getChild("id")!.toArray()).toEqual(Int32Array.from(ALLTYPES_IDS));
    expect([...df.table.getChild("bool_col")!]).toEqual([true, false, true, false, true, false, true, false]);
    expect(df.table.getChild("bigint_col")!.toArray()).toEqual(BigInt64Array.from([0n, 10n, 0n, 10n, 0n, 10n, 0n, 10n]));
    expect(df.col("id").argmin()).toBe(6);
  });

  it("reads only the columns asked for, in their order", () => {
    const df = readParquet(path("alltypes_plain.parquet"), { columns: ["double_col", "id"] });
    expect(df.table.schema.fields.map((f) => f.name)).toEqual(["double_col", "id"]);
  });

  it("returns a LazyFrame at once and explains a path synchronously", async () => {
    const lf = scanParquet(path("alltypes_plain.parquet"));
    expect(lf.explain()).toMatch(/SCAN .*alltypes_plain\.parquet .*row_groups=1\/1/);
    const out = await lf.filter(col("id").gt(3)).select(col("id").argmin()).collect();
    expect(Number(out.table.getChild("id")!.get(0))).toBe(0);
  });

  it("gives the same rows from a path, file URL, bytes, Blob, Response, Node Readable and ReadableStream", async () => {
    const bytes = readFileSync(path("datapage_v2.snappy.parquet"));
    const expected = records(await scanParquet(path("datapage_v2.snappy.parquet")).collect());
    const inputs = [
      pathToFileURL(path("datapage_v2.snappy.parquet")),
      new Uint8Array(bytes),
      new Blob([bytes]),
      new Response(bytes),
      Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]),
      new Response(bytes).body!,
    ];
    expect(expected.length).toBe(5);
    for (const input of inputs) expect(records(await scanParquet(input).collect())).toEqual(expected);
  });

  it("names the file and the closest column for an unknown column", async () => {
    const lf = scanParquet(path("alltypes_plain.parquet")).select(col("int_cl"));
    await expect(lf.collect()).rejects.toThrow(ColumnNotFoundError);
    await expect(lf.collect()).rejects.toThrow(/int_col.*alltypes_plain\.parquet/s);
  });

  it("gives typed errors naming the file and byte for bad input", async () => {
    const bytes = readFileSync(path("alltypes_plain.parquet"));
    const cases: [Uint8Array, string, RegExp][] = [
      [new Uint8Array(0), "not-parquet", /fewer than/],
      [Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]), "not-parquet", /at byte 0/],
      [bytes.subarray(0, bytes.length - 10), "truncated", /must end with "PAR1"/],
    ];
    for (const [input, code, message] of cases) {
      const error = await scanParquet(input, { name: "bad.parquet" }).collect().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ParquetScanError);
      expect((error as ParquetScanError).code).toBe(code);
      expect((error as Error).message).toMatch(/^bad\.parquet: /);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("reports a page whose size lies as corrupt, naming column, row group and byte", () => {
    expect(() => readParquet(path("nation.dict-malformed.parquet"))).toThrow(/column "name" \(BYTE_ARRAY\) of row group 0 starting at byte 129: a page at byte \d+ claims 28 bytes/);
  });

  it("reports a missing file as not-found", async () => {
    const error = await scanParquet("/no/such/file.parquet").collect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParquetScanError);
    expect((error as ParquetScanError).code).toBe("not-found");
  });

  it("queries a file holding lists, structs and maps on its other columns, the nested values following their rows", async () => {
    const file = path("nullable.impala.parquet");
    const json = (df: DataFrame) => JSON.parse(JSON.stringify(df.toRecords(), (_, v) => (typeof v === "bigint" ? Number(v) : v))) as { id: number }[];
    const all = json(await scanParquet(file).collect());
    expect(readParquet(file).table.schema.fields.map((f) => String(f.type))).toEqual([
      "Int64",
      "List<Int32>",
      "List<List<Int32>>",
      "Map<{key:Utf8, value:Int32}>",
      "List<Map<{key:Utf8, value:Int32}>>",
      "Struct<{A:Int32, b:List<Int32>, C:Struct<{d:List<List<Struct<{E:Int32, F:Utf8}>>>}>, g:Map<{key:Utf8, value:Struct<{H:Struct<{i:List<Float64>}>}>}>}>",
    ]);
    expect(all[1]).toEqual({
      id: 2,
      int_array: [null, 1, 2, null, 3, null],
      int_array_Array: [[null, 1, 2, null], [3, null, 4], [], null],
      int_map: { k1: 2, k2: null },
      int_Map_Array: [{ k3: null, k1: 1 }, null, {}],
      nested_struct: {
        A: null,
        b: [null],
        C: { d: [[{ E: null, F: null }, { E: 10, F: "aaa" }, { E: null, F: null }, { E: -10, F: "bbb" }, { E: null, F: null }], [{ E: 11, F: "c" }, null], [], null] },
        g: { g1: { H: { i: [2.2, null] } }, g2: { H: { i: [] } }, g3: null, g4: { H: { i: null } }, g5: { H: null } },
      },
    });
    expect(json(await scanParquet(file).filter(col("id").gt(2).and(col("id").neq(5))).collect())).toEqual(all.filter((r) => r.id > 2 && r.id !== 5));
    expect(json(await scanParquet(file).sort("id", { descending: true }).collect())).toEqual([...all].reverse());
    const twice = concat([scanParquet(file), scanParquet(file)]).sort("id");
    expect(json(await twice.collect())).toEqual(all.flatMap((r) => [r, r]));
    const best = await scanParquet(file).filter(col("id").gt(3)).select(col("id").argmax()).collect();
    expect(Number(best.table.getChild("id")!.get(0))).toBe(3);
  });
});
