// FixedSizeBinary (UUIDs, hashes) orders by its bytes like Binary: argmin/argmax eager, lazy and
// per group, sort, and comparisons, against the oracle on columns with nulls, ties, 0x00/0xff
// bytes, random chunk boundaries and sliced chunks.
import { col, fromArrow } from "@quiver/core";
import { Binary, FixedSizeBinary, Int32, makeData, makeVector, Table, vectorFromArray } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../src/cell.js";
import { refArgReduce } from "../src/index.js";
import { RUNS } from "./differential-support.js";

const arbCase = fc.integer({ min: 0, max: 3 }).chain((width) =>
  fc
    .array(fc.option(fc.uint8Array({ minLength: width, maxLength: width }).map((b) => b.map((x) => [0, 1, 0x7f, 0x80, 0xff][x % 5])), { freq: 5 }), { maxLength: 40 })
    .chain((cells) =>
      fc.record({
        width: fc.constant(width),
        cells: fc.constant(cells),
        cuts: fc.array(fc.integer({ min: 0, max: cells.length }), { maxLength: 4 }),
        pad: fc.integer({ min: 0, max: 3 }),
        groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: cells.length, maxLength: cells.length }),
      }),
    ),
);

/** The cells as FixedSizeBinary chunks, each sliced out of a larger Data with `pad` garbage rows before it. */
function fixedColumn(width: number, cells: readonly (Uint8Array | null)[], cuts: number[], pad: number) {
  const points = [0, ...[...cuts].sort((a, b) => a - b), cells.length];
  const chunks = points.slice(1).map((end, i) => {
    const part = cells.slice(points[i], end);
    const rows = pad + part.length;
    const data = new Uint8Array(rows * width).fill(0xee);
    const bitmap = new Uint8Array(Math.ceil(rows / 8) || 1);
    part.forEach((c, k) => {
      if (c === null) return;
      data.set(c, (pad + k) * width);
      bitmap[(pad + k) >> 3] |= 1 << ((pad + k) & 7);
    });
    const whole = makeData({ type: new FixedSizeBinary(width), length: rows, nullCount: part.filter((c) => c === null).length + pad, nullBitmap: bitmap, data });
    return whole.slice(pad, part.length);
  });
  return makeVector(chunks);
}

describe("FixedSizeBinary orders by its bytes, as Binary does", () => {
  it("argmin/argmax eager, lazy and per group; sort; comparison with a Binary column", async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ width, cells, cuts, pad, groups }) => {
        const binary = vectorFromArray(cells, new Binary());
        const df = fromArrow(new Table({ f: fixedColumn(width, cells, cuts, pad), b: binary, g: vectorFromArray(groups, new Int32()) }));
        const want = [refArgReduce(cells as Cell[]), refArgReduce(cells as Cell[], { max: true })];
        expect([df.col("f").argmin(), df.col("f").argmax()]).toEqual(want);
        const lazy = (await df.lazy().select(col("f").argmin().alias("lo"), col("f").argmax().alias("hi")).collect()).row(0);
        expect([lazy.lo, lazy.hi]).toEqual(want);
        for (const { g, lo, hi } of df.groupBy("g").agg(col("f").argmin().alias("lo"), col("f").argmax().alias("hi")).toRecords()) {
          const mine = cells.filter((_, i) => groups[i] === g) as Cell[];
          expect([lo, hi], `group ${g}`).toEqual([refArgReduce(mine), refArgReduce(mine, { max: true })]);
        }
        // Sorted, the column reads as the Binary column sorted: both order by bytes, nulls last.
        const sorted = df.sort("f").toRecords().map((r) => r.b);
        expect(sorted).toEqual(df.sort("b").toRecords().map((r) => r.b));
        const equal = df.select(col("f").eq(col("b")).alias("eq")).toRecords().map((r) => r.eq);
        expect(equal).toEqual(cells.map((c) => (c === null ? null : true)));
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
