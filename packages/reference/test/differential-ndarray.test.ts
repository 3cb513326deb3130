import { argmax, argmin, nanargmax, nanargmin, ndarray } from "@quiver/core";
import { arbAxis, arbNested } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refArgReduceNd } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

const FUNCTIONS = { argmin, argmax, nanargmin, nanargmax } as const;

/** Nested arrays with an axis drawn for their own dimension count. */
const arbCase = (element: "number" | "bigint" | "boolean" | "string" | "any") =>
  arbNested({ element, maxDims: 3, maxSide: 4 }).chain((array) =>
    fc.tuple(fc.constant(array), arbAxis(dimsOf(array)), fc.boolean()),
  );

function dimsOf(array: unknown): number {
  let dims = 0;
  for (let a = array; Array.isArray(a); a = a[0]) dims++;
  return dims;
}

describe("NumPy-style functions equal the oracle", () => {
  for (const element of ["number", "bigint", "boolean", "string"] as const) {
    it(`nested arrays of ${element}s, every axis, keepdims`, () => {
      fc.assert(
        fc.property(arbCase(element), ([array, axis, keepdims]) => {
          for (const { name, options } of REDUCTIONS) {
            const engine = outcome(() => FUNCTIONS[name](array as never, { axis, keepdims }));
            expect(engine).toEqual(outcome(() => refArgReduceNd(array, { ...options, axis, keepdims })));
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("an NDArray over a Float64Array gives the oracle's indices", () => {
    fc.assert(
      fc.property(arbCase("number"), ([array, axis]) => {
        const flat = [array].flat(Infinity) as number[];
        const shape: number[] = [];
        for (let a: unknown = array; Array.isArray(a); a = a[0]) shape.push(a.length);
        const nd = ndarray(Float64Array.from(flat), shape);
        for (const { name, options } of REDUCTIONS) {
          const engine = outcome(() => {
            const result = FUNCTIONS[name](nd as never, { axis });
            return typeof result === "number" ? result : (result as { toArray(): unknown }).toArray();
          });
          expect(engine).toEqual(outcome(() => refArgReduceNd(array, { ...options, axis })));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
