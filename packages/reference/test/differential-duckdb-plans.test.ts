// The same random queries run by the engine and, through the SQL lowering, by DuckDB on several
// threads: identical names, types and cells (ties, NaN, nulls, -0, Int64 beyond 2^53, positions
// within groups and filtered frames). A query with a function the lowering does not cover yet is
// counted, and must stay rare.
import { fromArrow, type LazyFrame } from "@quiver/core";
import { arbTable, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RefType } from "../src/index.js";
import { compareOnDuckDb } from "./duckdb-compare.js";
import { applyStep } from "./plan-engine.js";
import { arbStepGenes, type BuiltStep, buildSteps } from "./plan-generator.js";

const KINDS: TypeKind[] = ["int32", "int64", "float64", "utf8", "bool"];
const TYPES: Partial<Record<TypeKind, RefType>> = { int32: "int32", int64: "int64", float64: "float64", utf8: "utf8", bool: "bool" };
const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 2));

const arbQuery = fc.record({
  table: arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 4, maxLength: 30 }),
  genes: arbStepGenes(),
});

describe("random lazy queries give the same answer on DuckDB", () => {
  it(`${RUNS} queries: same schema and cells, or the same failure`, async () => {
    const tally = { compared: 0, failedEither: 0, notLowered: 0 };
    await fc.assert(
      fc.asyncProperty(arbQuery, async ({ table, genes }) => {
        const source = { names: table.names, types: table.kinds.map((k) => TYPES[k]!), rows: [] };
        const { steps } = buildSteps(source, genes);
        const lf = steps.reduce<LazyFrame>((q, s: BuiltStep) => applyStep(q, s), fromArrow(table.table).lazy());
        const why = JSON.stringify(steps.map((s) => s.step), (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
        await compareOnDuckDb(lf, why, tally);
      }),
      { numRuns: RUNS },
    );
    console.log(`DuckDB differential: ${JSON.stringify(tally)}`);
    expect(tally.compared).toBeGreaterThan(RUNS * 0.85);
  });
});
