import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Data, type DataType, type Field, type Table, Type, Vector } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { ParquetScanError, readParquet } from "../src/index.js";

/**
 * Conformance with apache/parquet-testing: every file DuckDB reads is read here with the same
 * values, compared column by column through canonical text cells (golden-duckdb.json, written by
 * bench/src/golden/parquet-testing.ts). Nested columns (lists, structs, maps) compare as
 * canonical JSON: lists as arrays, structs as objects, maps as arrays of {key, value}.
 */
const DIR = new URL("./data/parquet-testing/", import.meta.url);
type GoldenColumn = { type: string; sha256: string; head: (string | null)[] };
const GOLDEN = JSON.parse(readFileSync(new URL("golden-duckdb.json", DIR), "utf8")) as Record<string, { rows: number; columns: Record<string, GoldenColumn> } | { error: string }>;

/** Files whose reading deliberately fails, and why. */
const REJECTED: Record<string, RegExp> = {
  // Its dictionary page claims more bytes than the chunk holds; pyarrow rejects it too.
  "nation.dict-malformed.parquet": /claims 28 bytes, but only 13 remain/,
  // Spark wrote years 9999 and 290000, outside the nanosecond range INT96 reads as; DuckDB
  // refuses it too. Wrapping would give wrong dates silently.
  "int96_from_spark.parquet": /INT96 timestamp 2932896 days from 1970-01-01 lies outside/,
  // Its map's keys are two strings of 512 MiB in one dictionary page: more than the 1 GiB a page
  // may claim (DuckDB's reader gives up on the strings too). Refused before decompressing.
  "large_string_map.brotli.parquet": /column "arr.key_value.key" .* a dictionary page claims 1073741828 bytes uncompressed, more than the 1073741824/,
};

/** A cell as canonical text, the way the golden file's SQL spells it. */
function canonicalCells(data: readonly Data[], type: DataType): (string | null)[] {
  const out: (string | null)[] = [];
  for (const chunk of data) {
    const vector = new Vector([chunk]);
    for (let i = 0; i < chunk.length; i++) {
      if (!chunk.getValid(i)) out.push(null);
      else out.push(chunk.children.length > 0 ? JSON.stringify(nestedValue(chunk, i)) : cellText(chunk, vector, i, type));
    }
  }
  return out;
}

/** A nested cell as the golden file's canonical JSON. */
function nestedValue(data: Data, i: number): unknown {
  if (!data.getValid(i)) return null;
  const offsets = data.valueOffsets as Int32Array;
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  switch (data.type.typeId) {
    case Type.List:
      return range(offsets[i], offsets[i + 1]).map((e) => nestedValue(data.children[0], e));
    case Type.Map: {
      const [keys, values] = data.children[0].children;
      return range(offsets[i], offsets[i + 1]).map((e) => ({ key: nestedValue(keys, e), value: nestedValue(values, e) }));
    }
    case Type.Struct:
      return Object.fromEntries((data.type.children as Field[]).map((f, k) => [f.name, nestedValue(data.children[k], i)]));
    default:
      return cellText(data, new Vector([data]), i, data.type);
  }
}

const NANOS_PER_UNIT = [1_000_000_000n, 1_000_000n, 1_000n, 1n];

function cellText(chunk: Data, vector: Vector, i: number, type: DataType): string {
  switch (type.typeId) {
    case Type.Float: {
      const value = vector.get(i) as number;
      return Object.is(value, -0) ? "-0" : String(value);
    }
    case Type.Binary:
    case Type.FixedSizeBinary:
      return Buffer.from(vector.get(i) as Uint8Array).toString("hex").toUpperCase();
    case Type.Decimal:
      return decimalText(chunk.values as Uint32Array, i, (type as unknown as { scale: number }).scale);
    case Type.Date:
      return String(chunk.values[i]);
    case Type.Timestamp:
      return String(BigInt(chunk.values[i]) * NANOS_PER_UNIT[(type as unknown as { unit: number }).unit]);
    default:
      return String(vector.get(i));
  }
}

function decimalText(words: Uint32Array, i: number, scale: number): string {
  let value = 0n;
  for (let w = 3; w >= 0; w--) value = (value << 32n) | BigInt(words[i * 4 + w]);
  value = BigInt.asIntN(128, value);
  const sign = value < 0n ? "-" : "";
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, "0");
  return scale === 0 ? sign + digits : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

function columnCells(table: Table, name: string): (string | null)[] {
  const column = table.getChild(name)!;
  return canonicalCells(column.data, column.type);
}

const readable = Object.entries(GOLDEN).filter(([file, g]) => !("error" in g) && !(file in REJECTED));
const read = (file: string) => readParquet(new URL(file, DIR).pathname).table;
const allCells = (table: Table) => Object.fromEntries(table.schema.fields.map((f) => [f.name, columnCells(table, f.name)]));

describe("apache/parquet-testing: every file DuckDB reads reads with the same values, nested columns too", () => {
  for (const [file, golden] of readable) {
    it(file, () => {
      if ("error" in golden) throw new Error("unreachable");
      const table = read(file);
      expect(table.numRows).toBe(golden.rows);
      expect(table.schema.fields.map((f) => f.name)).toEqual(Object.keys(golden.columns));
      for (const field of table.schema.fields) {
        const cells = columnCells(table, field.name);
        const expected = golden.columns[field.name];
        expect({ column: field.name, head: cells.slice(0, 3) }).toEqual({ column: field.name, head: expected.head });
        expect({ column: field.name, sha256: createHash("sha256").update(JSON.stringify(cells)).digest("hex") }).toEqual({ column: field.name, sha256: expected.sha256 });
      }
    });
  }

  for (const [file, why] of Object.entries(REJECTED)) {
    it(`${file} is rejected with a typed error`, () => {
      expect(() => readParquet(new URL(file, DIR).pathname)).toThrow(ParquetScanError);
      expect(() => readParquet(new URL(file, DIR).pathname)).toThrow(why);
    });
  }
});

/** Files DuckDB cannot read, checked against what the repository says they hold. */
describe("apache/parquet-testing: files DuckDB cannot read", () => {
  it("byte_stream_split_extended.gzip.parquet: each BYTE_STREAM_SPLIT column equals its PLAIN twin", () => {
    const table = read("byte_stream_split_extended.gzip.parquet");
    const plain = table.schema.fields.map((f) => f.name).filter((n) => n.endsWith("_plain"));
    expect(plain.length).toBe(7);
    for (const name of plain) expect(columnCells(table, name.replace(/_plain$/, "_byte_stream_split"))).toEqual(columnCells(table, name));
  });

  it("Hadoop-framed and unframed LZ4 files hold what the LZ4_RAW files hold", () => {
    const small = allCells(read("lz4_raw_compressed.parquet"));
    expect(allCells(read("hadoop_lz4_compressed.parquet"))).toEqual(small);
    expect(allCells(read("non_hadoop_lz4_compressed.parquet"))).toEqual(small);
    expect(allCells(read("hadoop_lz4_compressed_larger.parquet"))).toEqual(allCells(read("lz4_raw_compressed_larger.parquet")));
  });

  it("map_no_value.parquet: a MAP of keys only reads as a List of its keys, the twin of its map's keys and its list", () => {
    const table = read("map_no_value.parquet");
    expect(table.schema.fields.map((f) => `${f.name}: ${f.type}`)).toEqual([
      "my_map: Map<{key:Int32, value:Int32}>",
      "my_map_no_v: List<Int32>",
      "my_list: List<Int32>",
    ]);
    const cells = allCells(table);
    const keysOnly = cells.my_map.map((m) => JSON.stringify((JSON.parse(m!) as { key: string; value: null }[]).map((e) => e.key)));
    expect(cells.my_map.every((m) => (JSON.parse(m!) as { value: unknown }[]).every((e) => e.value === null))).toBe(true);
    expect(cells.my_map_no_v).toEqual(keysOnly);
    expect(cells.my_list).toEqual(keysOnly);
    expect(table.numRows).toBe(3);
  });
});
