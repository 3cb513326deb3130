import { type Data, Dictionary, Int32, makeData, makeVector, Table, Utf8 } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { col, fromArrow } from "@quiver/core";
import type { Cell } from "../src/cell.js";
import { refArgReduce } from "../src/index.js";

// Strings order by their UTF-8 bytes, also where the bytes are not valid UTF-8 (a file may hold
// any bytes in a Utf8 column): decoding would make distinct invalid sequences the same U+FFFD.
// Every path that compares values read from different chunks, groups or dictionary entries must
// still order by bytes.
const RUNS = Number(process.env.QUIVER_RUNS ?? 150);
const BYTES = [0x00, 0x61, 0x62, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xfe, 0xff];
const arbBytes = fc.array(fc.constantFrom(...BYTES), { maxLength: 3 }).map((b) => Uint8Array.from(b));
/** Chunk lengths summing to `total`, cut at random points (repeated cuts give empty chunks). */
const arbLengths = (total: number) =>
  fc.array(fc.integer({ min: 0, max: total }), { maxLength: 5 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), total];
    return points.slice(1).map((p, i) => p - points[i]);
  });
const arbCase = fc
  .array(fc.option(arbBytes, { freq: 6 }), { maxLength: 30 })
  .chain((cells) => fc.record({ cells: fc.constant(cells), lengths: arbLengths(cells.length), groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: cells.length, maxLength: cells.length }) }));

function validity(cells: readonly (Uint8Array | null)[]): Uint8Array {
  const bits = new Uint8Array(Math.ceil(cells.length / 8) || 1);
  cells.forEach((c, i) => c !== null && (bits[i >> 3] |= 1 << (i & 7)));
  return bits;
}

function utf8Data(cells: readonly (Uint8Array | null)[]): Data<Utf8> {
  const offsets = new Int32Array(cells.length + 1);
  cells.forEach((c, i) => (offsets[i + 1] = offsets[i] + (c?.length ?? 0)));
  const data = new Uint8Array(offsets[cells.length]);
  cells.forEach((c, i) => c !== null && data.set(c, offsets[i]));
  const nullCount = cells.filter((c) => c === null).length;
  return makeData({ type: new Utf8(), length: cells.length, nullCount, nullBitmap: validity(cells), valueOffsets: offsets, data });
}

/** The cells split into chunks, as plain Utf8 and as Dictionary<Utf8> over one dictionary (distinct values, then a spare one). */
function columns(cells: readonly (Uint8Array | null)[], lengths: readonly number[]) {
  const parts = lengths.map((_, i) => cells.slice(lengths.slice(0, i).reduce((a, b) => a + b, 0)).slice(0, lengths[i]));
  const entries: Uint8Array[] = [];
  const key = (b: Uint8Array) => b.join(",");
  for (const c of cells) if (c !== null && !entries.some((e) => key(e) === key(c))) entries.push(c);
  const dictionary = makeVector(utf8Data([...entries.reverse(), Uint8Array.from([0xff, 0xff])]));
  const type = new Dictionary(new Utf8(), new Int32());
  const encoded = parts.map((part) =>
    makeData({
      type,
      length: part.length,
      nullCount: part.filter((c) => c === null).length,
      nullBitmap: validity(part),
      data: Int32Array.from(part, (c) => (c === null ? 0 : entries.findIndex((e) => key(e) === key(c)))),
      dictionary,
    }),
  );
  return { plain: makeVector(parts.map(utf8Data)), encoded: makeVector(encoded) };
}

describe("strings that are not valid UTF-8 order by their bytes", () => {
  it("argmin/argmax over chunks, plain and dictionary-encoded, eager and lazy, per group", async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ cells, lengths, groups }) => {
        const { plain, encoded } = columns(cells, lengths);
        const df = fromArrow(new Table({ s: plain, d: encoded, g: makeVector(Int32Array.from(groups)) }));
        const want = [refArgReduce(cells as Cell[]), refArgReduce(cells as Cell[], { max: true })];
        for (const name of ["s", "d"]) {
          expect([df.col(name).argmin(), df.col(name).argmax()], name).toEqual(want);
          const lazy = (await df.lazy().select(col(name).argmin().alias("lo"), col(name).argmax().alias("hi")).collect()).row(0);
          expect([lazy.lo, lazy.hi], `lazy ${name}`).toEqual(want);
          const grouped = df.groupBy("g").agg(col(name).argmin().alias("lo"), col(name).argmax().alias("hi")).toRecords();
          for (const { g, lo, hi } of grouped) {
            const mine = cells.filter((_, i) => groups[i] === g) as Cell[];
            expect([lo, hi], `${name} in group ${g}`).toEqual([refArgReduce(mine), refArgReduce(mine, { max: true })]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("pins the order of two invalid sequences in separate chunks", () => {
    const { plain, encoded } = columns([Uint8Array.from([0x61, 0xff]), Uint8Array.from([0x61, 0xfe])], [1, 1]);
    for (const column of [plain, encoded]) {
      const df = fromArrow(new Table({ s: column }));
      expect([df.col("s").argmin(), df.col("s").argmax()]).toEqual([1, 0]);
    }
  });
});
