import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParquetScanError, readParquet } from "../src/index.js";

const DATA = new URL("./data/parquet-testing/", import.meta.url);
const FILES = ["alltypes_plain.parquet", "datapage_v2.snappy.parquet", "delta_byte_array.parquet", "rle-dict-snappy-checksum.parquet"];

/**
 * Corrupted files — bytes overwritten anywhere, or cut short — either still read or fail with a
 * ParquetScanError naming the file; never another error from inside the decoder, never a hang.
 */
describe("corrupt Parquet gives a typed error", () => {
  for (const file of FILES) {
    const bytes = readFileSync(new URL(file, DATA));
    it(`${file} with bytes overwritten or cut short`, () => {
      let failures = 0;
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
          fc.nat({ max: bytes.length }),
          fc.boolean(),
          (edits, cut, truncate) => {
            const corrupt = Uint8Array.from(bytes);
            for (const [at, value] of edits) corrupt[at] = value;
            const input = truncate ? corrupt.subarray(0, cut) : corrupt;
            try {
              readParquet(input);
            } catch (error) {
              failures++;
              expect(error, String(error)).toBeInstanceOf(ParquetScanError);
              expect((error as Error).message).toMatch(/^<Uint8Array of \d+ bytes>: /);
            }
          },
        ),
        { numRuns: 300 },
      );
      expect(failures).toBeGreaterThan(30);
    });
  }
});

describe("corrupt Parquet found by the test above, kept", () => {
  it("a v2 page header without its level lengths is reported, not decoded (it used to hang)", () => {
    // datapage_v2.snappy.parquet with bytes of the first data page's header overwritten.
    const path = new URL("./data/parquet-corrupt/v2-page-without-level-lengths.parquet", import.meta.url).pathname;
    expect(() => readParquet(path)).toThrow(/column "a" \(BYTE_ARRAY\) of row group 0 starting at byte 4: a v2 page's levels claim undefined \+ undefined bytes/);
  });

  it("a footer whose column chunk lost its column path is reported (it was a TypeError)", () => {
    // datapage_v2.snappy.parquet with three bytes of the footer overwritten (seed 115621220).
    const corrupt = Uint8Array.from(readFileSync(new URL("datapage_v2.snappy.parquet", DATA)));
    for (const [at, value] of [[482, 34], [551, 50], [573, 128]]) corrupt[at] = value;
    expect(() => readParquet(corrupt)).toThrow(ParquetScanError);
    expect(() => readParquet(corrupt)).toThrow(/a column chunk of row group 0 has no column path/);
  });
});
