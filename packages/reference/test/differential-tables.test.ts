import { fromArrow } from "@quiver/core";
import { arbTable, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refTableArgReduce } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

const NUMERIC: TypeKind[] = ["int8", "int16", "int32", "int64", "uint8", "uint32", "uint64", "float16", "float32", "float64"];
const METHODS = { argmin: "argmin", argmax: "argmax", nanargmin: "nanargmin", nanargmax: "nanargmax" } as const;

describe("DataFrame arg-reductions equal the oracle on every axis", () => {
  for (const { name, options } of REDUCTIONS) {
    for (const axis of [0, 1, null] as const) {
      it(`${name} axis ${axis}: columns of one kind, random batches`, () => {
        fc.assert(
          fc.property(arbTable({ sameKind: true, maxColumns: 4, maxLength: 30 }), (generated) => {
            const df = fromArrow(generated.table);
            const engine = outcome(() => df[METHODS[name]]({ axis } as never));
            expect(engine).toEqual(outcome(() => refTableArgReduce(generated.columns, { ...options, axis })));
          }),
          { numRuns: RUNS },
        );
      });
    }
  }

  for (const axis of [1, null] as const) {
    it(`argmin axis ${axis}: mixed numeric columns compare exactly across types`, () => {
      fc.assert(
        fc.property(arbTable({ kinds: NUMERIC, maxColumns: 5, maxLength: 30 }), (generated) => {
          const df = fromArrow(generated.table);
          for (const { name, options } of REDUCTIONS) {
            const engine = outcome(() => df[METHODS[name]]({ axis } as never));
            expect(engine).toEqual(outcome(() => refTableArgReduce(generated.columns, { ...options, axis })));
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
