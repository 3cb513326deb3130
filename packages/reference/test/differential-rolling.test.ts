// Rolling extremes (rollingArgmin/Argmax/Min/Max) against the reference's naive windows: every
// row of generated columns of every kind the fast and general kernels take, for window sizes 1,
// 2, random and larger than the input, random minPeriods and random batch boundaries; streamed
// equals collected. Long columns cross the kernels' internal chunks and many blocks.
import { Float64, Int32, Table, Vector, vectorFromArray } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { col, type Expr, fromArrow } from "@quiver/core";
import { arbTable, type Cell, Rng, sameCell, toPlainValues, type TypeKind } from "@quiver/core/testing";
import { refArgReduce } from "../src/index.js";

const RUNS = Number(process.env.QUIVER_RUNS ?? 300);
const LONG_RUNS = Math.max(1, Math.round(RUNS / 10));

type Fn = "rollingArgmin" | "rollingArgmax" | "rollingMin" | "rollingMax";
const POSITIONS: readonly Fn[] = ["rollingArgmin", "rollingArgmax"];
const ALL: readonly Fn[] = [...POSITIONS, "rollingMin", "rollingMax"];
const NUMBER_KINDS: readonly TypeKind[] = ["float64", "float32", "int32", "int16", "int8", "uint8", "uint32", "int64", "uint64"];
const ORDERED_KINDS: readonly TypeKind[] = ["utf8", "dateDay", "timestampMicrosecond", "decimal128"];

/** The reference's answer for the window ending at row r. */
function expected(cells: readonly Cell[], fn: Fn, size: number, minPeriods: number, r: number): Cell {
  const start = Math.max(0, r - size + 1);
  const window = cells.slice(start, r + 1);
  if (window.filter((c) => c !== null).length < minPeriods) return null;
  const at = refArgReduce(window, { max: fn === "rollingArgmax" || fn === "rollingMax" });
  if (at === null) return null;
  return fn === "rollingArgmin" || fn === "rollingArgmax" ? BigInt(start + at) : window[at];
}

/** The expression of a call. */
function call(fn: Fn, size: number, minPeriods: number | undefined): Expr {
  return col("x")[fn](size, minPeriods === undefined ? undefined : { minPeriods });
}

/** The column a call gives, collected and streamed (which must agree). */
async function run(table: Table, expr: Expr): Promise<Cell[]> {
  const lf = fromArrow(table).lazy().select(expr.alias("out"));
  const collected = toPlainValues((await lf.collect()).table.getChild("out")!);
  const streamed: Cell[] = [];
  for await (const batch of lf.stream()) streamed.push(...toPlainValues(batch.getChild("out")!));
  expect(streamed.length).toBe(collected.length);
  streamed.forEach((cell, r) => expect(sameCell(cell, collected[r]), `streamed row ${r}`).toBe(true));
  return collected;
}

/** A window size: 1, 2, random up to past the end, or larger than the input. */
const arbSize = (rows: number) => fc.oneof(fc.constant(1), fc.constant(2), fc.integer({ min: 1, max: rows + 3 }), fc.constant(rows + 5));

/** minPeriods from 1 to the size, or the default (the size). */
const arbMinPeriods = (size: number) => fc.option(fc.integer({ min: 1, max: size }), { nil: undefined });

describe("rolling extremes against the reference", () => {
  it.each([
    ["numbers (fast and Int64 kernels), every rolling extreme", NUMBER_KINDS, ALL],
    ["other orderable types, positions", ORDERED_KINDS, POSITIONS],
  ] as const)("%s: every row, streamed = collected", async (_, kinds, fns) => {
    const arb = arbTable({ kinds, minColumns: 1, maxColumns: 1, maxLength: 60 }).chain((generated) => {
      const rows = generated.columns[0].length;
      return fc.record({
        generated: fc.constant(generated),
        fn: fc.constantFrom(...fns),
        sizeAndMin: arbSize(rows).chain((size) => fc.tuple(fc.constant(size), arbMinPeriods(size))),
      });
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ generated, fn, sizeAndMin: [size, minPeriods] }) => {
        const cells = generated.columns[0];
        const table = new Table({ x: generated.table.getChildAt(0)! });
        const got = await run(table, call(fn, size, minPeriods));
        expect(got.length).toBe(cells.length);
        got.forEach((cell, r) => {
          const want = expected(cells, fn, size, minPeriods ?? size, r);
          expect(sameCell(cell, want), `${fn}(${size}, ${minPeriods}) row ${r}: ${String(cell)} vs ${String(want)}`).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("long columns of ties, NaN, nulls, ±0 and ±Infinity cut into random batches: sampled rows, streamed = collected", async () => {
    const floats = [NaN, null, -0, 0, Infinity, -Infinity, 1, -1, 2.5];
    const int32s = [null, 0, 1, -1, 2147483647, -2147483648];
    const arb = fc.record({
      seed: fc.integer(),
      rows: fc.integer({ min: 0, max: 12_000 }),
      int32: fc.boolean(),
      // How often the special values come: never (the fast path throughout), rarely, or often.
      specialPercent: fc.constantFrom(0, 0, 1, 30),
      fn: fc.constantFrom(...ALL),
      size: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.constantFrom(999, 1000, 4095, 4096, 4097, 9000)),
      minFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ seed, rows, int32, specialPercent, fn, size, minFraction }) => {
        const rng = new Rng(seed);
        const pool = int32 ? int32s : floats;
        const cells: Cell[] = Array.from({ length: rows }, () => {
          if (rng.int(0, 99) < specialPercent) return pool[rng.int(0, pool.length - 1)];
          return int32 ? rng.int(-50, 50) : Math.round(rng.next() * 2000) / 100 - 10;
        });
        const chunks = [];
        for (let start = 0; start < rows;) {
          const length = Math.min(rows - start, rng.int(0, 4) === 0 ? rng.int(0, 8) : rng.int(1, 6000));
          chunks.push(vectorFromArray(cells.slice(start, start + length), int32 ? new Int32() : new Float64()).data[0]);
          start += length;
        }
        const table = new Table({ x: new Vector(chunks.length > 0 ? chunks : vectorFromArray([], new Float64()).data) });
        const minPeriods = minFraction === undefined ? undefined : Math.max(1, Math.round(minFraction * size));
        const got = await run(table, call(fn, size, minPeriods));
        expect(got.length).toBe(rows);
        const sampled = new Set([...Array.from({ length: 60 }, () => rng.int(0, rows - 1)), 0, size - 2, size - 1, size, rows - 1, 4095, 4096]);
        for (const r of [...sampled].filter((r) => r >= 0 && r < rows)) {
          const want = expected(cells, fn, size, minPeriods ?? size, r);
          expect(sameCell(got[r], want), `${fn}(${size}, ${minPeriods}) row ${r}: ${String(got[r])} vs ${String(want)}`).toBe(true);
        }
      }),
      { numRuns: LONG_RUNS },
    );
  });
});
