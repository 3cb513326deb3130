// Properties of the oracle itself, so that its naive code is checked by more than examples.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, compareCells, isNaNCell, refArgReduce, refArgReduceNd } from "../src/index.js";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const anyDouble = fc.oneof(fc.double(), fc.constantFrom(NaN, -0, 0, Infinity, -Infinity));
const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: arb });

describe("refArgReduce properties", () => {
  it("the answer is a present value no greater than any other, and the first such", () => {
    fc.assert(
      fc.property(fc.array(nullable(finite)), fc.boolean(), (cells, max) => {
        const i = refArgReduce(cells, { max });
        const present = cells.filter((c): c is number => c !== null);
        if (present.length === 0) {
          expect(i).toBeNull();
          return;
        }
        expect(i).not.toBeNull();
        const v = cells[i as number] as number;
        for (const c of present) expect(max ? v >= c : v <= c).toBe(true);
        for (let j = 0; j < (i as number); j++) {
          expect(cells[j] !== null && compareCells(cells[j], v) === 0).toBe(false);
        }
      }),
    );
  });

  it("argmax of x is argmin of -x for finite numbers", () => {
    fc.assert(
      fc.property(fc.array(nullable(finite)), (cells) => {
        const negated = cells.map((c) => (c === null ? null : -c));
        expect(refArgReduce(cells, { max: true })).toBe(refArgReduce(negated));
      }),
    );
  });

  it("without NaN, skipNaN changes nothing; with NaN, argmin answers the first NaN", () => {
    fc.assert(
      fc.property(fc.array(nullable(anyDouble)), fc.boolean(), (cells, max) => {
        const firstNaN = cells.findIndex((c) => c !== null && isNaNCell(c));
        if (firstNaN < 0) {
          expect(refArgReduce(cells, { max, skipNaN: true })).toBe(refArgReduce(cells, { max }));
        } else {
          expect(refArgReduce(cells, { max })).toBe(firstNaN);
        }
      }),
    );
  });

  it("bigints and their exact doubles give the same answer when all are safe integers", () => {
    const safe = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    fc.assert(
      fc.property(fc.array(nullable(safe)), fc.array(fc.boolean()), (ints, asBig) => {
        const mixed: Cell[] = ints.map((n, k) => (n !== null && asBig[k] ? BigInt(n) : n));
        expect(refArgReduce(mixed)).toBe(refArgReduce(ints));
      }),
    );
  });
});

describe("compareCells properties", () => {
  it("orders number against bigint like exact integer arithmetic", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), finite, (b, n) => {
        // An integral double converts to bigint exactly; a fractional one sits between two.
        const expected = Number.isInteger(n)
          ? Math.sign(Number(BigInt(n) - b))
          : BigInt(Math.floor(n)) < b ? -1 : 1;
        expect(Math.sign(compareCells(n, b))).toBe(expected);
        expect(Math.sign(compareCells(b, n))).toBe(-expected);
      }),
    );
  });

  it("orders strings like their code point sequences", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (x, y) => {
        const cx = [...x].map((ch) => ch.codePointAt(0) as number);
        const cy = [...y].map((ch) => ch.codePointAt(0) as number);
        let expected = Math.sign(cx.length - cy.length);
        for (let k = 0; k < Math.min(cx.length, cy.length); k++) {
          if (cx[k] !== cy[k]) {
            expected = Math.sign(cx[k] - cy[k]);
            break;
          }
        }
        expect(Math.sign(compareCells(x, y))).toBe(expected);
      }),
    );
  });
});

describe("refArgReduceNd properties", () => {
  it("a flattened reduction equals the 1-D reduction of the row-major cells", () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([r, c]) => fc.array(fc.array(nullable(anyDouble), { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      }));
    fc.assert(
      fc.property(matrix, (m) => {
        expect(refArgReduceNd(m)).toBe(refArgReduce(m.flat()));
        const perRow = m.map((row) => refArgReduce(row));
        expect(refArgReduceNd(m, { axis: 1 })).toEqual(perRow);
      }),
    );
  });
});
