// The top-k aggregates and nUnique against the oracle on random tables (every orderable type,
// nulls, NaN, ±0, ties, Int64 beyond 2^53, sliced chunks, random batch boundaries): over the
// whole frame and per group, optimized or not, streamed or collected.
import { col, type DataFrame, fromArrow, type LazyFrame } from "@quiver/core";
import { arbTable, sameCell, toPlainValues, type TypeKind } from "@quiver/core/testing";
import { Table, Type, type Vector } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, groupRows, refNUnique, refTopK, type RefTopKFunction } from "../src/index.js";
import { RUNS } from "./differential-support.js";

const KEY_KINDS: TypeKind[] = ["int32", "int64", "utf8", "dictionary", "bool", "float64", "dateDay"];
const FUNCTIONS = ["argminK", "argmaxK", "bottomK", "topK", "nUnique"] as const;
type Fn = (typeof FUNCTIONS)[number];

/** The expected cell of one group: a list (positions as Int64 cells) or a count. */
function expected(fn: Fn, values: readonly Cell[], k: number): Cell | Cell[] {
  if (fn === "nUnique") return refNUnique(values);
  const result = refTopK(fn as RefTopKFunction, values, k);
  return result === null || !fn.startsWith("arg") ? result : result.map((p) => BigInt(p as number));
}

/** The engine's column as cells, a List row as an array of its elements' cells. */
function cellsOf(df: DataFrame, name: string): (Cell | Cell[])[] {
  const vector = df.table.getChild(name)!;
  return Array.from({ length: vector.length }, (_, r) => {
    if (vector.type.typeId !== Type.List) return toPlainValues(vector.slice(r, r + 1))[0];
    return vector.isValid(r) ? toPlainValues(vector.get(r) as Vector) : null;
  });
}

function same(a: Cell | Cell[], b: Cell | Cell[]): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((c, i) => sameCell(c, b[i]));
  return sameCell(a, b);
}

async function streamed(lf: LazyFrame): Promise<DataFrame> {
  const batches = [];
  for await (const batch of lf.stream()) batches.push(batch);
  return fromArrow(batches.length === 0 ? new Table(lf.schema) : new Table(batches));
}

async function everyPath(lf: LazyFrame): Promise<DataFrame[]> {
  return [await lf.collect(), await lf.collect({ optimize: false }), await streamed(lf)];
}

function token(cell: Cell | Cell[]): string {
  return JSON.stringify(cell, (_, v) => (typeof v === "bigint" ? `${v}n` : Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "NaN" : v));
}

describe("top-k and nUnique equal the oracle", () => {
  it("over the frame and per group: same lists and counts on every path", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbTable({ minColumns: 2, maxColumns: 2, maxLength: 30 }).filter((t) => KEY_KINDS.includes(t.kinds[0])),
        fc.constantFrom(...FUNCTIONS),
        fc.integer({ min: 1, max: 5 }),
        async (generated, fn, k) => {
          const [key, value] = generated.names;
          const x = col(value);
          const agg = (fn === "nUnique" ? x.nUnique() : x[fn](k)).alias("result");
          const lf = fromArrow(generated.table).lazy();
          const values = generated.columns[1];
          const whole = expected(fn, values, k);
          for (const df of await everyPath(lf.select(agg))) {
            const [got] = cellsOf(df, "result");
            if (!same(got, whole)) expect(token(got)).toBe(token(whole));
          }
          const groups = groupRows(generated.columns[0].map((cell) => [cell]));
          const perGroup = groups.map((g) => expected(fn, g.rows.map((r) => values[r]), k));
          for (const df of await everyPath(lf.groupBy(key).agg(agg))) {
            const got = cellsOf(df, "result");
            expect(got.length).toBe(perGroup.length);
            got.forEach((cell, i) => {
              if (!same(cell, perGroup[i])) expect({ group: i, cell: token(cell) }).toEqual({ group: i, cell: token(perGroup[i]) });
            });
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
