// The engine against the row-at-a-time plan interpreter on random queries over random tables.
// Cells are compared exactly (sameCell: NaN equals NaN, -0 differs from 0, Int64 as bigint): every
// value the rules define has one sign of zero — min/max/first/last/keys are a row's own value,
// arithmetic and sums follow IEEE — so an engine that loses a -0 is wrong, not merely different.
import { fromArrow, type LazyFrame } from "@quiver/core";
import { arbTable, type GeneratedTable, sameCell, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, planStep, type RefFrame, type RefStep, type RefType, runQuery } from "../src/index.js";
import { outcome } from "./differential-support.js";
import { applyStep, arrowTypeName, cellToken, engineColumns, engineSchema, expectedSchema, referenceColumns } from "./plan-engine.js";
import { arbStepGenes, type BuiltStep, buildSteps, wildExpr } from "./plan-generator.js";

const KINDS: TypeKind[] = ["int32", "int64", "float64", "utf8", "bool"];
const TYPES: Partial<Record<TypeKind, RefType>> = { int32: "int32", int64: "int64", float64: "float64", utf8: "utf8", bool: "bool" };
const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 4));

/** The errors a value can cause at run time: a strict cast, nanargmin / nanargmax of NaN only. */
const RUNTIME_ERRORS = /^(RangeError|ValueError)$/;

const arbQuery = fc.record({
  table: arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 4, maxLength: 30 }),
  genes: arbStepGenes(),
});

function buildQuery(table: GeneratedTable, genes: Parameters<typeof buildSteps>[1]) {
  const source = { names: table.names, types: table.kinds.map((k) => TYPES[k]!), rows: table.columns[0]?.map((_, r) => table.columns.map((column) => column[r])) ?? [] };
  const { steps, schema } = buildSteps(source, genes);
  return { source, steps, schema };
}

/** The steps as JSON, for failure messages (bigints as "12n", NaN and infinities spelt out). */
function showSteps(steps: readonly BuiltStep[]): string {
  return JSON.stringify(steps, (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v));
}

/** Compares column-major cells with sameCell; a differing column is shown as tokens for a readable diff. */
function compareColumns(engine: Cell[][], reference: Cell[][], query: string): void {
  expect(engine.map((c) => c.length), query).toEqual(reference.map((c) => c.length));
  engine.forEach((column, c) => {
    if (!column.every((cell, r) => sameCell(cell, reference[c][r]))) {
      expect({ column: c, cells: column.map(cellToken) }, query).toEqual({ column: c, cells: reference[c].map(cellToken) });
    }
  });
}

describe("random lazy queries equal the plan interpreter", () => {
  it("same output names, types and cells; an engine error only where the interpreter fails too", async () => {
    const tally = { compared: 0, bothFailed: 0, onlyInterpreterFailed: 0 };
    await fc.assert(
      fc.asyncProperty(arbQuery, async ({ table, genes }) => {
        const { source, steps, schema } = buildQuery(table, genes);
        // Every step is type-valid by construction, so building the engine's query must succeed.
        const lf = steps.reduce<LazyFrame>((q, s: BuiltStep) => applyStep(q, s), fromArrow(table.table).lazy());
        expect(engineSchema(lf), showSteps(steps)).toEqual(expectedSchema(schema));

        const expected = outcome(() => runQuery({ source, steps: steps.map((s) => s.step) }));
        let engine: { frame: Awaited<ReturnType<LazyFrame["collect"]>> } | { error: Error };
        try {
          engine = { frame: await lf.collect() };
        } catch (error) {
          engine = { error: error as Error };
        }

        if ("error" in engine) {
          // A value can make a query fail (a strict cast: RangeError; nanargmin of NaN only:
          // ValueError); the interpreter, which evaluates every row, must fail too. Which of two
          // failing expressions fails first is not specified, so either kind may be reported.
          const why = `engine: ${engine.error.name}: ${engine.error.message}\nsteps: ${showSteps(steps)}`;
          expect(engine.error.name, why).toMatch(RUNTIME_ERRORS);
          expect("error" in expected ? expected.error.split(":")[0] : "no error", why).toMatch(RUNTIME_ERRORS);
          tally.bothFailed++;
          return;
        }
        if ("error" in expected) {
          // The engine may legitimately never evaluate the failing value: a pushed-down filter or
          // limit, or an unused column, spares it. Only the error's kind is left to check.
          expect(expected.error.split(":")[0]).toMatch(RUNTIME_ERRORS);
          tally.onlyInterpreterFailed++;
          return;
        }
        const frame = expected.value as RefFrame;
        expect(engineSchema(engine.frame), showSteps(steps)).toEqual(expectedSchema(frame));
        compareColumns(engineColumns(engine.frame), referenceColumns(frame), showSteps(steps));
        tally.compared++;
      }),
      { numRuns: RUNS },
    );
    // Most queries must get to a cell-by-cell comparison, or the test would prove little.
    expect(tally.compared).toBeGreaterThan(RUNS * 0.7);
  });
});

describe("query building agrees with the typing rules", () => {
  it("the engine rejects, when the query is written, exactly the expressions the rules reject", () => {
    let accepted = 0;
    fc.assert(
      fc.property(arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 4, maxLength: 0 }), fc.integer(), (table, seed) => {
        const source = { names: table.names, types: table.kinds.map((k) => TYPES[k]!) };
        const { expr, aggregate } = wildExpr(source, seed);
        const named = { alias: "_z", input: expr };
        const step: RefStep = aggregate ? { select: [named] } : { withColumns: [named] };
        const expected = outcome(() => planStep(source, step).schema.types.at(-1)!);
        const lf = fromArrow(table.table).lazy();
        const engine = outcome(() => String(applyStep(lf, { step, spelling: "plain" }).schema.fields.at(-1)!.type));
        const why = JSON.stringify(expr, (_, v) => (typeof v === "bigint" ? `${v}n` : v));
        if ("error" in expected) {
          expect(expected.error, why).toMatch(/^TypeError:/);
          expect("error" in engine ? engine.error.split(":")[0] : `accepted as ${(engine as { value: string }).value}`, why).toBe("TypeError");
        } else {
          expect(engine, why).toEqual({ value: arrowTypeName(expected.value as RefType) });
          accepted++;
        }
      }),
      { numRuns: RUNS },
    );
    // Both outcomes must be common for the comparison to mean anything.
    expect(accepted).toBeGreaterThan(RUNS * 0.1);
    expect(accepted).toBeLessThan(RUNS * 0.9);
  });
});
