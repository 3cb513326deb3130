// Window queries on DuckDB: the random window steps of the window differential (running and
// rolling windows, ranks, shifts, over partitions, when/isIn/fillNan, string functions) between
// random other steps, run by the engine and, through the SQL lowering, by DuckDB on several
// threads — the same names, types and cells, or a failure on a value. What the lowering does not
// cover (regular expressions, lower and upper, float rolling sums and means) is counted.
import { fromArrow, type LazyFrame } from "@quiver/core";
import { arbTable, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RefType, runQuery } from "../src/index.js";
import { compareOnDuckDb } from "./duckdb-compare.js";
import { applyStep } from "./plan-engine.js";
import { arbStepGenes, type BuiltStep, buildSteps } from "./plan-generator.js";
import { windowStep } from "./window-generator.js";

const KINDS: TypeKind[] = ["int32", "int64", "float64", "utf8", "bool"];
const TYPES: Partial<Record<TypeKind, RefType>> = { int32: "int32", int64: "int64", float64: "float64", utf8: "utf8", bool: "bool" };
const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 4));

const arbQuery = fc.record({
  table: arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 3, maxLength: 16 }),
  before: arbStepGenes().map((g) => g.slice(0, 2)),
  windowSeed: fc.integer(),
  after: arbStepGenes().map((g) => g.slice(0, 1)),
});

describe("random window queries give the same answer on DuckDB", () => {
  it(`${RUNS} queries: same schema and cells, or the same failure`, async () => {
    const tally = { compared: 0, failedEither: 0, notLowered: 0 };
    await fc.assert(
      fc.asyncProperty(arbQuery, async ({ table, before, windowSeed, after }) => {
        const source = { names: table.names, types: table.kinds.map((k) => TYPES[k]!), rows: [] };
        const first = buildSteps(source, before);
        const step = windowStep(first.schema, windowSeed);
        if (step === null) return;
        const rest = buildSteps(runQuery({ source: { ...first.schema, rows: [] }, steps: [step] }), after);
        const steps: BuiltStep[] = [...first.steps, { step, spelling: "plain" }, ...rest.steps];
        const lf = steps.reduce<LazyFrame>((q, s) => applyStep(q, s), fromArrow(table.table).lazy());
        const why = JSON.stringify(steps.map((s) => s.step), (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v));
        await compareOnDuckDb(lf, why, tally);
      }),
      { numRuns: RUNS },
    );
    console.log(`DuckDB window differential: ${JSON.stringify(tally)}`);
    // About 90% are compared: a window step holds up to three expressions, and one regular
    // expression, lower, upper or float rolling sum is enough not to lower it; a few fail on a
    // value on both sides.
    expect(tally.compared).toBeGreaterThan(RUNS * 0.75);
  });
});
