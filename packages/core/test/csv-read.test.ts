import { Readable } from "node:stream";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Float64, Int32, TimestampMillisecond, Utf8 } from "apache-arrow";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { col, readCsv, scanCsv } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-csv-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const rows = (df: { height: number; row(i: number): Record<string, unknown> }) => Array.from({ length: df.height }, (_, i) => df.row(i));
const typesOf = (df: { toArrow(): { schema: { fields: { name: string; type: unknown }[] } } }) =>
  Object.fromEntries(df.toArrow().schema.fields.map((f) => [f.name, String(f.type)]));

describe("CSV dialects", () => {
  it("reads RFC 4180 quoting, \\r\\n, a BOM and a last line without newline", () => {
    const df = readCsv(bytes('\ufeffname,note\r\n"Smith, J","say ""hi""\r\nthere"\r\nLee,plain'));
    expect(df.columns).toEqual(["name", "note"]);
    expect(rows(df)).toEqual([
      { name: "Smith, J", note: 'say "hi"\r\nthere' },
      { name: "Lee", note: "plain" },
    ]);
  });

  it("takes a custom delimiter and quote, or no quoting at all", () => {
    expect(rows(readCsv(bytes("a;b\n'x;y';2\n"), { delimiter: ";", quote: "'" }))).toEqual([{ a: "x;y", b: 2 }]);
    expect(rows(readCsv(bytes('a\t"b\n"x\t1\n'), { delimiter: "\t", quote: null }))).toEqual([{ a: '"x', '"b': 1 }]);
  });

  it("names columns column_1… without a header, and makes repeated or empty names unique", () => {
    expect(readCsv(bytes("1,2\n3,4\n"), { hasHeader: false }).columns).toEqual(["column_1", "column_2"]);
    expect(readCsv(bytes("a,a,\n1,2,3\n")).columns).toEqual(["a", "a_duplicated_0", "column_3"]);
  });

  it("skips comment lines and blank lines; a short row's missing fields are null", () => {
    const df = readCsv(bytes("# made by hand\na,b\n1,2\n\n# note\n3\n"), { commentPrefix: "#" });
    expect(rows(df)).toEqual([{ a: 1, b: 2 }, { a: 3, b: null }]);
  });

  it("reads empty fields and the given null spellings as null; a quoted empty string is the empty string", () => {
    const df = readCsv(bytes('s,x\n"",NA\n,1.5\nNA,\n"NA",2\n'), { nullValues: ["NA"] });
    expect(rows(df)).toEqual([
      { s: "", x: null },
      { s: null, x: 1.5 },
      { s: null, x: null },
      { s: "NA", x: 2 },
    ]);
  });

  it("in a one-column file, a blank line is a null row", () => {
    expect(rows(readCsv(bytes("x\n1\n\n3\n")))).toEqual([{ x: 1 }, { x: null }, { x: 3 }]);
  });
});

describe("CSV schema inference", () => {
  it("infers Int64, Float64, Bool, Date32, Timestamp(ms/us, naive or UTC) and Utf8 the Polars way", () => {
    const df = readCsv(
      bytes(
        "i,f,b,d,t,tz,us,s,mixed,empty\n" +
          "1,1.5,true,2024-02-29,2024-02-29 10:00:00,2024-02-29T10:00:00Z,2024-02-29T10:00:00.123456,x,1,\n" +
          "9223372036854775807,NaN,False,1969-12-31,2024-03-01T00:00:00.5,2024-03-01T01:00:00+01:00,2024-03-01T00:00:00,y,a,\n" +
          "-3,-inf,TRUE,0001-01-01,1970-01-01T00:00,1970-01-01T00:00:00-0230,1970-01-01T00:00:00.000001,,2.5,\n",
      ),
    );
    expect(typesOf(df)).toEqual({
      i: "Int64",
      f: "Float64",
      b: "Bool",
      d: "Date32<DAY>",
      t: "Timestamp<MILLISECOND>",
      tz: "Timestamp<MILLISECOND, UTC>",
      us: "Timestamp<MICROSECOND>",
      s: "Utf8",
      mixed: "Utf8",
      empty: "Utf8",
    });
    const tz = df.col("tz");
    expect([tz.get(0), tz.get(1), tz.get(2)]).toEqual([Date.UTC(2024, 1, 29, 10), Date.UTC(2024, 2, 1), Date.UTC(1970, 0, 1, 2, 30)]);
    expect(df.row(1, { bigint: true }).i).toBe(9223372036854775807n);
    expect(df.col("d").get(2)).toBe(Date.parse("0001-01-01T00:00:00Z"));
  });

  it("a schema override types the columns it names; the others are inferred", () => {
    const df = readCsv(bytes("zip,n,when\n08123,7,2024-01-01\n"), { schema: { zip: new Utf8(), n: new Int32(), when: new TimestampMillisecond() } });
    expect(typesOf(df)).toEqual({ zip: "Utf8", n: "Int32", when: "Timestamp<MILLISECOND>" });
    expect(df.row(0)).toEqual({ zip: "08123", n: 7, when: Date.UTC(2024, 0, 1) });
  });

  it("inferSchema: false reads every column as Utf8", () => {
    expect(typesOf(readCsv(bytes("a,b\n1,true\n"), { inferSchema: false }))).toEqual({ a: "Utf8", b: "Utf8" });
  });

  it("parses floats exactly as Number() does, also beyond the fast path", () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 30 }), (values) => {
        const texts = values.map((v) => (Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0.0" : v === Infinity ? "inf" : v === -Infinity ? "-inf" : String(v)));
        const df = readCsv(bytes(`x\n${texts.join("\n")}\n`), { schema: { x: new Float64() } });
        const got = Array.from({ length: df.height }, (_, i) => df.col("x").get(i));
        expect(got).toEqual(values);
      }),
    );
  });
});

describe("CSV sources and scans", () => {
  const text = "a,b,c\n" + Array.from({ length: 50_000 }, (_, i) => `${i % 997},"s${i}",${(i * 7) % 1009}.5`).join("\n") + "\n";
  const path = join(dir, "many.csv");
  writeFileSync(path, text);

  it("reads the same from a path, bytes, a Readable, a ReadableStream, a Response, a Blob and random chunks", async () => {
    const expected = readCsv(path);
    const chunks = (seed: number): Uint8Array[] => {
      const all = bytes(text);
      const out: Uint8Array[] = [];
      let state = seed;
      for (let at = 0; at < all.length; ) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        const n = 1 + (state % 9000);
        out.push(all.subarray(at, at + n));
        at += n;
      }
      return out;
    };
    const inputs = [
      bytes(text),
      Readable.from(chunks(1)),
      new Response(text).body!,
      new Response(text),
      new Blob([text]),
      chunks(7),
    ];
    for (const input of inputs) {
      const df = await scanCsv(input).collect();
      expect(df.height).toBe(50_000);
      expect(df.toArrow().getChild("b")!.toArray()).toEqual(expected.toArrow().getChild("b")!.toArray());
      expect(df.col("c").argmin()).toBe(expected.col("c").argmin());
    }
  });

  it("returns at once and explains synchronously for a path; unknown columns are named then", () => {
    const lf = scanCsv(path).select(col("c").argmin());
    expect(lf.explain()).toContain('columns=["c"]');
    expect(() => scanCsv(path).select(col("cc")).explain()).toThrow(/column "cc" not found. Did you mean "c"\?.*many\.csv/s);
  });

  it("projects: a query over one column builds only that column", async () => {
    const df = await scanCsv(path).select(col("a")).collect();
    expect(df.columns).toEqual(["a"]);
    expect(df.col("a").argmin()).toBe(0);
  });

  it("a limit stops reading early", async () => {
    let bytesRead = 0;
    const df = await scanCsv(path).head(3).collect({ onProgress: (p) => (bytesRead = p.bytes) });
    expect(df.height).toBe(3);
    expect(bytesRead).toBeGreaterThan(0);
    expect(bytesRead).toBeLessThan(text.length / 4);
  });

  it("a stream can be scanned once", async () => {
    const lf = scanCsv(Readable.from([bytes("a\n1\n")]));
    expect((await lf.collect()).height).toBe(1);
    await expect(lf.collect()).rejects.toThrow(/can be scanned once/);
  });

  it("sinkCsv replaces a file atomically and writes the header of an empty result", async () => {
    const out = join(dir, "out.csv");
    await scanCsv(path).filter(col("a").lt(0)).sinkCsv(out);
    expect(readCsv(out).columns).toEqual(["a", "b", "c"]);
    expect(readCsv(out).height).toBe(0);
  });
});
