import { Readable } from "node:stream";
import { Int64, Utf8 } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, NdjsonScanError, readNdjson, scanNdjson } from "../src/index.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const typesOf = (df: { toArrow(): { schema: { fields: { name: string; type: unknown }[] } } }) =>
  Object.fromEntries(df.toArrow().schema.fields.map((f) => [f.name, String(f.type)]));

describe("NDJSON reading", () => {
  it("names columns by first-seen key, types them from JSON kinds, keeps nested values as JSON text", () => {
    const df = readNdjson(
      bytes(
        '\ufeff{"id": 1, "name": "a\\"b", "ok": true, "when": "2024-01-02", "tags": ["x", {"y": 1}]}\r\n' +
          "\n" +
          '{"name": "\\u00e9", "id": 9007199254740993, "extra": 1.5, "ok": null}\n' +
          '{"id": -2, "when": null, "extra": NaN}',
      ),
    );
    expect(typesOf(df)).toEqual({ id: "Int64", name: "Utf8", ok: "Bool", when: "Date32<DAY>", tags: "Utf8", extra: "Float64" });
    expect(df.row(0, { bigint: true })).toEqual({ id: 1n, name: 'a"b', ok: true, when: Date.UTC(2024, 0, 2), tags: '["x", {"y": 1}]', extra: null });
    expect(df.row(1, { bigint: true })).toMatchObject({ id: 9007199254740993n, name: "é", ok: null, extra: 1.5 });
    expect(df.row(2).extra).toBeNaN();
  });

  it("a string column never turns numeric; mixed kinds are Utf8 holding each value's JSON text", () => {
    const df = readNdjson(bytes('{"a": "12", "b": 1}\n{"a": "3", "b": "x"}\n'));
    expect(typesOf(df)).toEqual({ a: "Utf8", b: "Utf8" });
    expect(df.toArrow().getChild("b")!.toJSON()).toEqual(["1", "x"]);
  });

  it("a schema override types a column, and may name keys the sample lacks", () => {
    const df = readNdjson(bytes('{"a": 1}\n{"a": 2, "late": "z"}\n'), { schema: { a: new Int64(), late: new Utf8() }, inferSchemaRows: 1 });
    expect(df.columns).toEqual(["a", "late"]);
    expect(df.toArrow().getChild("late")!.toJSON()).toEqual([null, "z"]);
  });

  it("builds only the columns a query reads: a bad value in another column is stepped over", async () => {
    const text = bytes('{"a": 1, "b": 10}\n{"a": "x", "b": 20}\n{"b": 30, "a": 3}\n');
    expect((await scanNdjson(text, { inferSchemaRows: 1 }).select(col("b").sum()).collect()).row(0).b).toBe(60);
    expect(() => readNdjson(text, { inferSchemaRows: 1 })).toThrow(NdjsonScanError);
  });

  it("finds keys written with escapes, and keys that hold a backslash, in any order", () => {
    const df = readNdjson(bytes('{"a\\\\b": 1, "c\\u0064": 2}\n{"cd": 3, "a\\\\b": 4}\n{"a\\u005cb": 5, "cd": 6}\n'));
    expect(df.columns).toEqual(["a\\b", "cd"]);
    expect(df.toArrow().getChild("a\\b")!.toJSON()).toEqual([1n, 4n, 5n]);
    expect(df.toArrow().getChild("cd")!.toJSON()).toEqual([2n, 3n, 6n]);
  });

  it("scans lazily from a stream, only the columns asked for", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ i, v: (i * 37) % 1001, s: `r${i}` }));
    const lf = scanNdjson(Readable.from([bytes(lines.join("\n"))]));
    const df = await lf.select(col("v").argmin()).collect();
    expect(df.row(0).v).toBe(0);
  });
});

describe("malformed NDJSON gives an NdjsonScanError naming the file, line and byte", () => {
  it.each([
    ['{"a": 1}\n[1, 2]\n', 2, 9, 'found "["; expected a JSON object {…}'],
    ['{"a": 1}\n{"a": 2,}\n', 2, 17, 'found "}"; expected a key in quotes'],
    ['{"a": 1}\n{"a" 2}\n', 2, 14, `found "2"; expected ":" after the key`],
    ['{"a": 1}\n{"a": "open}\n', 2, 21, "found the end of the line; expected the string's closing quote"],
    ['{"a": 1}\n{"a": 1} x\n', 2, 18, 'found "x"; expected the end of the line after the object'],
  ])("%j", (text, line, offset, detail) => {
    expect(() => readNdjson(bytes(text), { name: "e.ndjson" })).toThrow(new NdjsonScanError("bad-row", "e.ndjson", { line, offset }, detail));
    expect(() => readNdjson(bytes(text))).toThrow(NdjsonScanError);
  });

  it("a value of the wrong kind for its column", () => {
    expect(() => readNdjson(bytes('{"a": 1}\n{"a": "x"}\n'), { name: "k.ndjson", inferSchemaRows: 1 })).toThrow(
      'k.ndjson: line 2, column "a", byte 16: found "x"; expected a 64-bit integer; the type Int64 was inferred from the first 1 lines',
    );
  });

  it('badRows: "skip" drops malformed lines and counts them', async () => {
    let skipped = 0;
    const df = await scanNdjson(bytes('{"a": 1}\nnot json\n{"a": "x"}\n{"a": 3}\n'), { badRows: "skip", inferSchemaRows: 1 }).collect({
      onProgress: (p) => (skipped = p.skippedRows ?? 0),
    });
    expect(df.toArrow().getChild("a")!.toArray()).toEqual(new BigInt64Array([1n, 3n]));
    expect(skipped).toBe(2);
  });

  it("an input without any object and without a schema", () => {
    expect(() => readNdjson(bytes("\n\n"))).toThrow(expect.objectContaining({ code: "bad-header" }));
    expect(readNdjson(bytes(""), { schema: { a: new Int64() } }).columns).toEqual(["a"]);
  });
});
