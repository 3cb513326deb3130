import { type Data, Field, makeData, makeVector, RecordBatch, Schema, Struct, Table } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { argExtremeByRow } from "../src/kernels/index.js";
import { argExtremeWasm } from "../src/kernels/wasm/instance.js";
import { arbTable, type Cell, type TypeKind } from "../src/testing/index.js";
import { LANE_KINDS, type LaneKind, oracle, type Outcome, outcomeWith, REDUCTIONS } from "./wasm-scan-support.js";
import { allocateArray } from "../src/memory/index.js";

const RUNS = Number(process.env.QUIVER_RUNS ?? 1000);
const ROW_KINDS: readonly TypeKind[] = ["float64", "float32", "int32", "uint32", "int64", "uint64"];

type Options = (typeof REDUCTIONS)[number];

/** The row-axis reduction, with the WebAssembly kernels on (for any length) or off. */
function byRow(table: Table, options: Options, wasm: boolean): Outcome[] | string {
  return outcomeWith({ minLength: wasm ? 0 : Infinity }, () => argExtremeByRow(table, options));
}

/** The plain oracle row by row: each row's cells reduced as a column; the first error of a row is the outcome. */
function reference(columns: readonly (readonly Cell[])[], options: Options): Outcome[] | string {
  const rows = columns[0]?.length ?? 0;
  const out: Outcome[] = [];
  for (let r = 0; r < rows; r++) {
    const outcome = oracle(columns.map((column) => column[r] as number | bigint | null), options);
    if (typeof outcome === "string") return outcome;
    out.push(outcome);
  }
  return out;
}

/**
 * A table of `columns` columns of one lane kind, values drawn from the kind's small pool (ties,
 * NaN, ±0, ±Infinity, values beyond 2^53), cut into batches at random rows, each column's chunk a
 * slice at a random offset of a larger buffer.
 */
function arbPoolTable(kind: LaneKind, maxRows: number): fc.Arbitrary<{ table: Table; columns: Cell[][] }> {
  return fc
    .record({
      rows: fc.nat(maxRows),
      ncols: fc.integer({ min: 1, max: 9 }),
      seed: fc.array(fc.nat(kind.pool.length - 1), { minLength: 1, maxLength: 64 }),
      cuts: fc.array(fc.nat(maxRows), { maxLength: 3 }),
      pads: fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }),
    })
    .map(({ rows, ncols, seed, cuts, pads }) => {
      const columns = Array.from({ length: ncols }, (_, c) =>
        Array.from({ length: rows }, (_, r) => kind.pool[seed[(r * 7 + c * 3 + ((r * c) >> 2)) % seed.length]] as Cell),
      );
      const bounds = [...new Set([0, ...cuts.filter((x) => x < rows), rows])].sort((a, b) => a - b);
      const fields = columns.map((_, c) => new Field(`c${c}`, makeVector(new kind.arrayClass(0) as never).type, false));
      const schema = new Schema(fields);
      const batches = bounds.slice(1).map((end, b) => {
        const start = bounds[b];
        const children = columns.map((column, c): Data => {
          const pad = pads[(b + c) % pads.length];
          const backing = new kind.arrayClass(pad + end - start + 3);
          for (let r = start; r < end; r++) backing[pad + r - start] = column[r] as number | bigint;
          return makeVector(backing as never).slice(pad, pad + end - start).data[0];
        });
        return new RecordBatch(schema, makeData({ type: new Struct(fields), length: end - start, nullCount: 0, children }));
      });
      return { table: new Table(schema, batches), columns };
    });
}

describe("the row axis in WebAssembly SIMD", () => {
  it("WebAssembly SIMD is available on the supported Node versions", () => {
    expect(argExtremeWasm()).not.toBeNull();
  });

  it.each(LANE_KINDS.map((kind) => [kind.name, kind] as const))("%s: ties across lanes, steps and batches, NaN, ±0, ±Infinity, sliced chunks", (_, kind) => {
    fc.assert(
      fc.property(arbPoolTable(kind, 70), ({ table, columns }) => {
        for (const options of REDUCTIONS) {
          const expected = reference(columns, options);
          expect(byRow(table, options, true)).toEqual(expected);
          expect(byRow(table, options, false)).toEqual(expected);
        }
      }),
      { numRuns: RUNS / 8 },
    );
  });

  it("generated tables of one number kind, with and without nulls, equal the reference", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROW_KINDS).chain((kind) => arbTable({ kinds: [kind], sameKind: true, maxColumns: 6, maxLength: 60, nullRate: "any" })),
        ({ table, columns }) => {
          for (const options of REDUCTIONS) expect(byRow(table, options, true)).toEqual(reference(columns, options));
        },
      ),
      { numRuns: RUNS / 4 },
    );
  });

  it("a NaN in a late column wins its row only, a tie between lanes keeps each row's first column", () => {
    const rows = 40;
    const a = new Float64Array(rows).fill(1);
    const b = new Float64Array(rows).fill(1);
    const c = new Float64Array(rows).fill(0);
    c[17] = NaN;
    b[18] = -0;
    c[18] = 0;
    const table = new Table({ a: makeVector(a), b: makeVector(b), c: makeVector(c) });
    const expected = Array.from({ length: rows }, (_, r) => (r === 18 ? 1 : 2));
    expect(byRow(table, {}, true)).toEqual(expected);
    expect(byRow(table, { skipNaN: true }, true)).toEqual(expected.map((x, r) => (r === 17 ? 0 : x)));
    expect(byRow(table, { max: true }, true)).toEqual(expected.map((_, r) => (r === 17 ? 2 : 0)));
  });

  it("an all-NaN row is an error when NaN is skipped", () => {
    const nan = makeVector(Float64Array.from({ length: 33 }, (_, r) => (r === 30 ? NaN : r)));
    const table = new Table({ a: nan, b: nan });
    expect(byRow(table, { skipNaN: true }, true)).toBe("All-NaN slice encountered");
    expect((byRow(table, {}, true) as Outcome[])[30]).toBe(0);
  });

  it("columns that live in the module's memory are read in place", () => {
    const wasm = argExtremeWasm()!;
    const rows = 50;
    const a = allocateArray(Float64Array, rows + 1).subarray(1);
    const b = allocateArray(Float64Array, rows);
    for (let r = 0; r < rows; r++) [a[r], b[r]] = [r % 3, r % 5];
    expect(wasm.holds(a) && wasm.holds(b)).toBe(true);
    const table = new Table({ a: makeVector(a), b: makeVector(b) });
    expect(byRow(table, {}, true)).toEqual(Array.from({ length: rows }, (_, r) => (r % 5 < r % 3 ? 1 : 0)));
  });
});
