import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Float16, Int8 } from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { col, ColumnNotFoundError, CsvScanError, readCsv, scanCsv } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-csv-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The CsvScanError `run` throws. */
function caught(run: () => unknown): CsvScanError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CsvScanError);
    return error as CsvScanError;
  }
  throw new Error("expected a CsvScanError");
}

describe("malformed CSV gives a CsvScanError naming the file, line, column and byte", () => {
  it("a record with too many fields", () => {
    const path = file("wide.csv", "a,b\n1,2\n3,4,5\n");
    const error = caught(() => readCsv(path));
    expect(error).toMatchObject({ code: "bad-row", source: path, line: 3, offset: 8 });
    expect(error.message).toBe(`${path}: line 3, byte 8: found a record of 3 fields; expected 2 (the header's)`);
  });

  it("a quote that is never closed, at the line and byte where it opened", () => {
    const path = file("open.csv", 'a,b\n1,"never\nclosed\n');
    expect(caught(() => readCsv(path))).toMatchObject({ code: "unterminated-quote", line: 2, column: "b", offset: 6 });
  });

  it("text after a closing quote", () => {
    expect(caught(() => readCsv(new TextEncoder().encode('a,b\n"x"y,1\n'), { name: "q.csv" }))).toMatchObject({
      code: "bad-row",
      source: "q.csv",
      line: 2,
      column: "a",
      offset: 7,
    });
  });

  it("a value that does not fit the column's inferred type, with a hint to pass a schema", () => {
    const path = file("late.csv", "x,y\n1,a\n2,b\n3,c\nthree,d\n");
    const error = caught(() => readCsv(path, { inferSchemaRows: 3 }));
    expect(error).toMatchObject({ code: "bad-value", line: 5, column: "x", offset: 16 });
    expect(error.message).toContain('found "three"; expected a 64-bit integer; the type Int64 was inferred from the first 3 rows');
  });

  it("a value out of range of a given type", () => {
    expect(caught(() => readCsv(new TextEncoder().encode("x\n127\n128\n"), { schema: { x: new Int8() } }))).toMatchObject({ code: "bad-value", line: 3, column: "x" });
  });

  it("bytes that are not UTF-8 in a string column", () => {
    const bad = new Uint8Array([...new TextEncoder().encode("s\nok\nb"), 0xff, 0x41, 10]);
    expect(caught(() => readCsv(bad))).toMatchObject({ code: "invalid-utf8", line: 3, column: "s", offset: 5 });
  });

  it("an empty input, a missing file, a bad option", () => {
    expect(caught(() => readCsv(new Uint8Array(0)))).toMatchObject({ code: "bad-header" });
    expect(caught(() => readCsv(join(dir, "missing.csv")))).toMatchObject({ code: "not-found" });
    expect(caught(() => readCsv(new Uint8Array(0), { delimiter: "ab" }))).toMatchObject({ code: "invalid-option" });
    expect(caught(() => readCsv(new TextEncoder().encode("x\n1\n"), { schema: { x: new Float16() } }))).toMatchObject({ code: "invalid-option", column: "x" });
    expect(() => readCsv(new TextEncoder().encode("price\n1\n"), { schema: { prices: new Int8() } })).toThrow(ColumnNotFoundError);
  });

  it("the scan fails the same way, and a failing stream is an error, not a hang", async () => {
    const path = file("wide2.csv", "a\n1\n2,3\n");
    await expect(scanCsv(path).select(col("a").argmin()).collect()).rejects.toMatchObject({ code: "bad-row", line: 3 });
    const failing = new Readable({
      read() {
        this.push(Buffer.from("a\n1\n"));
        this.destroy(new Error("disk gone"));
      },
    });
    await expect(scanCsv(failing).collect()).rejects.toThrow(/disk gone/);
  });
});

describe("aborting", () => {
  it("a scan of a stream that stalls ends with an AbortError when its signal fires", async () => {
    const stalled = new Readable({ read() {} });
    stalled.push(Buffer.from(`a,b\n${"1,2\n".repeat(600_000)}`));
    const lf = scanCsv(stalled);
    // The schema comes from the first MiB; the scan then waits for bytes that never come.
    await expect(lf.collectSchema({ signal: AbortSignal.timeout(5000) })).resolves.toBeDefined();
    await expect(lf.collect({ signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: "AbortError" });
    expect(stalled.destroyed).toBe(true);
  });
});

describe('badRows: "skip"', () => {
  it("drops malformed rows and counts them in onProgress", async () => {
    const path = file("mixed.csv", 'x,y\n1,a\n2,b,extra\n3,"c"d\nfour,e\n5,f\n');
    let skipped = -1;
    const df = await scanCsv(path, { badRows: "skip", inferSchemaRows: 2 }).collect({ onProgress: (p) => (skipped = p.skippedRows ?? -1) });
    expect(df.toArrow().getChild("x")!.toArray()).toEqual(new BigInt64Array([1n, 5n]));
    expect(df.toArrow().getChild("y")!.toJSON()).toEqual(["a", "f"]);
    expect(skipped).toBe(3);
  });
});
