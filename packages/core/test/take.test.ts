import { Vector } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRun, take, takeOrSlice } from "../src/kernels/take.js";
import { arbColumn, sameCell, toPlainValues } from "../src/testing/index.js";

describe("take", () => {
  it("gathers any rows of any orderable type, nulls and offsets included", () => {
    fc.assert(
      fc.property(
        arbColumn({ minLength: 1, maxLength: 40 }).chain((column) =>
          fc.tuple(fc.constant(column), fc.array(fc.nat({ max: column.values.length - 1 }), { maxLength: 50 })),
        ),
        ([column, rows]) => {
          // Gather through the chunk each row lives in, as the executor does per batch.
          const expected = rows.map((r) => column.values[r]);
          const gathered = rows.map((r) => {
            let at = r;
            const chunk = column.chunks.find((c) => (at < c.length ? true : ((at -= c.length), false)))!;
            return toPlainValues(new Vector([take(chunk, Int32Array.of(at))]))[0];
          });
          expect(gathered.every((cell, i) => sameCell(cell, expected[i]))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps the order asked for, repeats included", () => {
    fc.assert(
      fc.property(arbColumn({ minLength: 1, maxLength: 30 }), (column) => {
        const chunk = column.chunks.find((c) => c.length > 0);
        if (chunk === undefined) return;
        const rows = Int32Array.from({ length: chunk.length * 2 }, (_, i) => chunk.length - 1 - (i % chunk.length));
        const whole = toPlainValues(new Vector([chunk]));
        const out = toPlainValues(new Vector([take(chunk, rows)]));
        expect(out.every((cell, i) => sameCell(cell, whole[rows[i]]))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a run of rows is sliced, and reads as the rows taken one by one; other positions are taken", () => {
    expect([[3, 4, 5], [0], [2, 3, 5], [1, 1], [-1, 0], []].map((rows) => isRun(Int32Array.from(rows)))).toEqual([true, true, false, false, false, false]);
    fc.assert(
      fc.property(
        arbColumn({ minLength: 1, maxLength: 40 }).chain((column) => {
          const length = column.chunks[0].length;
          return fc.tuple(fc.constant(column), fc.nat({ max: length }), fc.nat({ max: length }), fc.boolean());
        }),
        ([column, a, b, shuffle]) => {
          const chunk = column.chunks[0];
          const [from, to] = [Math.min(a, b), Math.max(a, b)];
          const rows = Int32Array.from({ length: to - from }, (_, i) => from + i);
          if (shuffle) rows.reverse();
          const expected = toPlainValues(new Vector([take(chunk, rows)]));
          const out = toPlainValues(new Vector([takeOrSlice(chunk, rows, isRun(rows))]));
          expect(out.length).toBe(rows.length);
          expect(out.every((cell, i) => sameCell(cell, expected[i]))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
