// The same random queries run by the engine and, through the SQL lowering, by DuckDB on several
// threads: identical names, types and cells (ties, NaN, nulls, -0, Int64 beyond 2^53, positions
// within groups and filtered frames). A query with a function the lowering does not cover yet is
// counted, and must stay rare.
import { fromArrow, type LazyFrame, SqlLoweringError } from "@quiver/core";
import { arbTable, sameCell, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RefType } from "../src/index.js";
import { VALUE_FAILURES } from "./differential-support.js";
import { applyStep, cellToken, engineColumns, engineSchema } from "./plan-engine.js";
import { arbStepGenes, type BuiltStep, buildSteps } from "./plan-generator.js";

const KINDS: TypeKind[] = ["int32", "int64", "float64", "utf8", "bool"];
const TYPES: Partial<Record<TypeKind, RefType>> = { int32: "int32", int64: "int64", float64: "float64", utf8: "utf8", bool: "bool" };
const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 2));

const arbQuery = fc.record({
  table: arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 4, maxLength: 30 }),
  genes: arbStepGenes(),
});

type Outcome = { frame: Awaited<ReturnType<LazyFrame["collect"]>> } | { error: Error };

async function outcomeOf(run: () => Promise<Awaited<ReturnType<LazyFrame["collect"]>>>): Promise<Outcome> {
  try {
    return { frame: await run() };
  } catch (error) {
    return { error: error as Error };
  }
}

describe("random lazy queries give the same answer on DuckDB", () => {
  it(`${RUNS} queries: same schema and cells, or the same failure`, async () => {
    const tally = { compared: 0, failedEither: 0, notLowered: 0 };
    await fc.assert(
      fc.asyncProperty(arbQuery, async ({ table, genes }) => {
        const source = { names: table.names, types: table.kinds.map((k) => TYPES[k]!), rows: [] };
        const { steps } = buildSteps(source, genes);
        const lf = steps.reduce<LazyFrame>((q, s: BuiltStep) => applyStep(q, s), fromArrow(table.table).lazy());
        const why = JSON.stringify(steps.map((s) => s.step), (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
        const native = await outcomeOf(() => lf.collect());
        const duck = await outcomeOf(() => lf.collect({ engine: "duckdb", threads: 4 }));
        if ("error" in duck && duck.error instanceof SqlLoweringError) {
          tally.notLowered++;
          return;
        }
        if ("error" in native || "error" in duck) {
          // Only a value the query cannot take fails at run time among lowered queries (nanargmin of
          // NaN alone, a strict cast); either engine may spare it (a filter that keeps no row, an
          // unused column).
          for (const failed of [native, duck]) {
            if ("error" in failed) expect(failed.error.message, `${why}\n${lf.toSql()}`).toMatch(VALUE_FAILURES);
          }
          tally.failedEither++;
          return;
        }
        expect(engineSchema(duck.frame), why).toEqual(engineSchema(native.frame));
        const [a, b] = [engineColumns(duck.frame), engineColumns(native.frame)];
        a.forEach((column, c) => {
          if (column.length !== b[c].length || !column.every((cell, r) => sameCell(cell, b[c][r]))) {
            expect({ column: c, cells: column.map(cellToken) }, `${why}\n${lf.toSql()}`).toEqual({ column: c, cells: b[c].map(cellToken) });
          }
        });
        tally.compared++;
      }),
      { numRuns: RUNS },
    );
    console.log(`DuckDB differential: ${JSON.stringify(tally)}`);
    expect(tally.compared).toBeGreaterThan(RUNS * 0.6);
  });
});
