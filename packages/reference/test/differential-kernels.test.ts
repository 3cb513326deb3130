import { argExtremeOfVector, fromArrow } from "@quiver/core";
import { ALL_TYPE_KINDS, arbColumn } from "@quiver/core/testing";
import { Table } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refArgReduce } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

describe("column kernels equal the oracle", () => {
  for (const { name, options } of REDUCTIONS) {
    it(`${name} over every type, chunking, slicing and null pattern`, () => {
      fc.assert(
        fc.property(arbColumn({ kinds: ALL_TYPE_KINDS, maxLength: 60 }), (column) => {
          const expected = outcome(() => refArgReduce(column.values, options));
          expect(outcome(() => argExtremeOfVector(column.vector, options))).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("Series methods are the same reductions as the kernels", () => {
    fc.assert(
      fc.property(arbColumn({ maxLength: 40 }), (column) => {
        const series = fromArrow(new Table({ x: column.vector })).col("x");
        expect(outcome(() => series.argmin())).toEqual(outcome(() => refArgReduce(column.values)));
        expect(outcome(() => series.argmax())).toEqual(outcome(() => refArgReduce(column.values, { max: true })));
        expect(outcome(() => series.nanargmin())).toEqual(outcome(() => refArgReduce(column.values, { skipNaN: true })));
        expect(outcome(() => series.nanargmax())).toEqual(outcome(() => refArgReduce(column.values, { max: true, skipNaN: true })));
      }),
      { numRuns: RUNS },
    );
  });

  it("float columns, dense with NaN, nulls and ties, at larger sizes", () => {
    fc.assert(
      fc.property(arbColumn({ kinds: ["float64", "float32", "float16"], minLength: 50, maxLength: 400 }), (column) => {
        for (const { options } of REDUCTIONS) {
          expect(outcome(() => argExtremeOfVector(column.vector, options))).toEqual(outcome(() => refArgReduce(column.values, options)));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
