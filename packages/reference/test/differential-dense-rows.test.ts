import { fromArrow } from "@quiver/core";
import { arbTable, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refTableArgReduce } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

// Columns without nulls stored as JS numbers take the row axis's dense loop; rows with several
// NaN, ±0, ±Infinity and ties exercise its second look at NaN rows.
const DENSE_NUMBER_KINDS: TypeKind[] = ["float64", "float32", "int32", "int8", "uint32"];
// Columns of one integer or float type, long enough for the WebAssembly row kernel's defaults.
const LANE_KINDS: TypeKind[] = ["float64", "float32", "int32", "uint32", "int64", "uint64"];
const METHODS = { argmin: "argmin", argmax: "argmax", nanargmin: "nanargmin", nanargmax: "nanargmax" } as const;

describe("row axis over columns without nulls equals the oracle", () => {
  for (const { name, options } of REDUCTIONS) {
    it(`${name} axis 1, 1–12 dense number columns, random batches`, () => {
      fc.assert(
        fc.property(arbTable({ kinds: DENSE_NUMBER_KINDS, nullRate: "none", minColumns: 1, maxColumns: 12, maxLength: 40 }), (generated) => {
          const df = fromArrow(generated.table);
          const engine = outcome(() => df[METHODS[name]]({ axis: 1 }));
          expect(engine).toEqual(outcome(() => refTableArgReduce(generated.columns, { ...options, axis: 1 })));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("every reduction, 8–16 columns of one lane type and up to 300 rows: the WebAssembly row kernel", () => {
    const arbLaneTable = fc
      .constantFrom(...LANE_KINDS)
      .chain((kind) => arbTable({ kinds: [kind], sameKind: true, nullRate: "none", minColumns: 8, maxColumns: 16, minLength: 130, maxLength: 300 }));
    fc.assert(
      fc.property(arbLaneTable, (generated) => {
        const df = fromArrow(generated.table);
        for (const { name, options } of REDUCTIONS) {
          const engine = outcome(() => df[METHODS[name]]({ axis: 1 }));
          expect(engine).toEqual(outcome(() => refTableArgReduce(generated.columns, { ...options, axis: 1 })));
        }
      }),
      { numRuns: RUNS / 10 },
    );
  });
});
