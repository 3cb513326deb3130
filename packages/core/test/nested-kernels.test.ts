import { type Data, Field, Int32, List, Map_, Struct, Utf8, Vector, vectorFromArray } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatData } from "../src/kernels/concat.js";
import { take } from "../src/kernels/take.js";

/** Struct<{a: Int32, tags: List<Utf8>, attrs: Map<Utf8, Int32>}>: every nested layout Parquet reads as. */
const TYPE = new Struct([
  new Field("a", new Int32(), true),
  new Field("tags", new List(new Field("item", new Utf8(), true)), true),
  new Field("attrs", new Map_(new Field("entries", new Struct<{ key: Utf8; value: Int32 }>([new Field("key", new Utf8(), false), new Field("value", new Int32(), true)] as never), false)), true),
]);

type Row = { a: number | null; tags: (string | null)[] | null; attrs: Map<string, number | null> | null } | null;

const arbRow: fc.Arbitrary<Row> = fc.option(
  fc.record({
    a: fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
    tags: fc.option(fc.array(fc.option(fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 4 })),
    attrs: fc.option(fc.uniqueArray(fc.tuple(fc.string({ maxLength: 3 }), fc.option(fc.integer())), { maxLength: 3, selector: ([k]) => k }).map((e) => new Map(e))),
  }),
  { freq: 5 },
);

/** A chunk's cells as plain JSON: a struct as an object, a list as an array, a map as an object. */
function cells(data: Data): unknown[] {
  const vector = new Vector([data]);
  return Array.from({ length: data.length }, (_, i) => (data.getValid(i) ? JSON.parse(JSON.stringify(vector.get(i))) : null));
}

const plainRow = (row: Row): unknown => (row === null ? null : JSON.parse(JSON.stringify({ ...row, attrs: row.attrs === null ? null : Object.fromEntries(row.attrs) })));

describe("take and concat on Structs, Lists and Maps", () => {
  it("take gathers the rows asked for (a negative row is null), from a sliced chunk too", () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { minLength: 1, maxLength: 30 }).chain((rows) =>
          fc.tuple(fc.constant(rows), fc.nat({ max: rows.length - 1 }), fc.array(fc.integer({ min: -1, max: rows.length - 1 }), { maxLength: 40 })),
        ),
        ([rows, start, picks]) => {
          const data = vectorFromArray(rows, TYPE).data[0].slice(start, rows.length - start);
          const wanted = picks.map((p) => (p < 0 ? -1 : p % data.length));
          expect(cells(take(data, Int32Array.from(wanted)))).toEqual(wanted.map((p) => (p < 0 ? null : plainRow(rows[start + p]))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("concat joins chunks, sliced ones included, into one with the same rows", () => {
    fc.assert(
      fc.property(fc.array(fc.array(arbRow, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), fc.nat(), (pieces, cut) => {
        const chunks = pieces.map((rows, k) => {
          const data = vectorFromArray(rows, TYPE).data[0];
          const from = k % 2 === 1 ? cut % rows.length : 0;
          return { data: data.slice(from, rows.length - from), rows: rows.slice(from) };
        });
        const joined = concatData(TYPE, chunks.map((c) => c.data));
        expect(cells(joined)).toEqual(chunks.flatMap((c) => c.rows).map(plainRow));
      }),
      { numRuns: 200 },
    );
  });
});
