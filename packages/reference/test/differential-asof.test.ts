// joinAsof against its definition on random data: float and Int64 keys (nulls, NaN, -0, ties,
// values beyond 2^53), random `by` groups with nulls, every strategy and random tolerances, random
// batch boundaries on both sides; optimized, unoptimized and streamed.
import { concat, type DataFrame, fromArrow, type LazyFrame } from "@quiver/core";
import { type DataType, Float64, Int64, Table, Utf8, vectorFromArray } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, compareCells, isNaNCell, refAsofMatch, type RefAsofStrategy } from "../src/index.js";
import { RUNS } from "./differential-support.js";

const FLOATS = fc.oneof(fc.constantFrom(0, -0, NaN, 1, 2.5, -3, 1e300, -Infinity, Infinity), fc.integer({ min: -6, max: 6 }));
const INT64S = fc.oneof(fc.constantFrom(2n ** 53n, 2n ** 53n + 1n, -(2n ** 63n), 2n ** 63n - 1n), fc.bigInt({ min: -6n, max: 6n }));
const BY = fc.option(fc.constantFrom("a", "b"), { freq: 6 });

/** A frame of typed columns, cut into batches at the given points. */
function batched(columns: Record<string, [Cell[], DataType]>, cuts: number[]): DataFrame {
  const length = Object.values(columns)[0][0].length;
  const part = (from: number, to: number) =>
    fromArrow(new Table(Object.fromEntries(Object.entries(columns).map(([n, [v, type]]) => [n, vectorFromArray(v.slice(from, to), type)]))));
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...points, length].filter((p, i, all) => i === 0 || p > all[i - 1]);
  return bounds.length <= 2 ? part(0, length) : concat(bounds.slice(1).map((end, i) => part(bounds[i], end)));
}

/** Right keys ascending (nulls and NaN anywhere: they are skipped, not ordered). */
function ascending(keys: Cell[]): Cell[] {
  const ordered = keys.filter((k) => k !== null && !isNaNCell(k)).sort(compareCells);
  let next = 0;
  return keys.map((k) => (k === null || isNaNCell(k) ? k : ordered[next++]));
}

async function paths(lf: LazyFrame): Promise<DataFrame[]> {
  const batches = [];
  for await (const batch of lf.stream()) batches.push(batch);
  return [await lf.collect(), await lf.collect({ optimize: false }), fromArrow(batches.length === 0 ? new Table(lf.schema) : new Table(batches))];
}

describe("joinAsof equals its definition", () => {
  it("every strategy, with and without by and tolerance, on float and Int64 keys", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.integer({ min: 0, max: 12 }).chain((n) => fc.integer({ min: 0, max: 12 }).map((m) => [n, m] as const)),
        fc.constantFrom<RefAsofStrategy>("backward", "forward", "nearest"),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 4 })),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.infiniteStream(fc.tuple(fc.option(FLOATS, { freq: 5 }), fc.option(INT64S, { freq: 5 }), BY)),
        async (int64, [n, m], strategy, withBy, tolerance, leftCuts, rightCuts, cells) => {
          const draw = (count: number) => Array.from({ length: count }, () => cells.next().value);
          const key = (row: [Cell, Cell, Cell]) => (int64 ? row[1] : row[0]);
          const leftRows = draw(n);
          const rightRows = draw(m);
          const leftKeys = leftRows.map(key);
          const rightKeys = ascending(rightRows.map(key));
          const keyType = int64 ? new Int64() : new Float64();
          const left = batched({ t: [leftKeys, keyType], g: [leftRows.map((r) => r[2]), new Utf8()] }, leftCuts);
          const right = batched({ t: [rightKeys, keyType], g: [rightRows.map((r) => r[2]), new Utf8()], v: [rightRows.map((_, i) => i), new Float64()] }, rightCuts);
          const options = { on: "t", strategy, ...(withBy ? { by: "g" } : {}), ...(tolerance === null ? {} : { tolerance }) };
          const expected = leftKeys.map((k, i) =>
            refAsofMatch(k, withBy ? [leftRows[i][2]] : [], rightKeys, rightRows.map((r) => (withBy ? [r[2]] : [])), strategy, tolerance),
          );
          for (const df of await paths(left.lazy().joinAsof(right.lazy(), options))) {
            const v = df.col("v").toArray();
            expect(v).toHaveLength(expected.length);
            if (v.some((x, i) => x !== expected[i])) {
              const show = (cells: readonly Cell[]) => cells.map((c) => (typeof c === "bigint" ? `${c}n` : String(c))).join(", ");
              const groups = (rows: [Cell, Cell, Cell][]) => rows.map((r) => String(r[2])).join(", ");
              const data = `left t [${show(leftKeys)}] g [${groups(leftRows)}]; right t [${show(rightKeys)}] g [${groups(rightRows)}]`;
              expect({ options, data, v }).toEqual({ options, data, v: expected });
            }
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
