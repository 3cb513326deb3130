// Joins: the engine against the row-at-a-time interpreter on random queries around a join of two
// random tables (duplicate, null and NaN keys; random batch boundaries and sliced chunks), and
// the engine against itself — optimized or not, streamed or collected, the same cells.
import { type DataFrame, fromArrow, type LazyFrame } from "@quiver/core";
import { sameCell } from "@quiver/core/testing";
import fc from "fast-check";
import { Table } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { type Cell, type RefFrame, runQuery } from "../src/index.js";
import { outcome, RUNS } from "./differential-support.js";
import { applyStep, cellToken, engineColumns, engineSchema, expectedSchema, referenceColumns } from "./plan-engine.js";
import type { BuiltStep } from "./plan-generator.js";
import { arbJoinCase, buildJoinQuery } from "./plan-generator-joins.js";

const RUNTIME_ERRORS = /^(RangeError|ValueError)$/;

function showSteps(steps: readonly BuiltStep[]): string {
  return JSON.stringify(
    steps.map((s) => ({ ...s, right: s.right === undefined ? undefined : "(table)" })),
    (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v),
  );
}

function sameColumns(engine: Cell[][], expected: Cell[][], why: string): void {
  expect(engine.map((c) => c.length), why).toEqual(expected.map((c) => c.length));
  engine.forEach((column, c) => {
    if (!column.every((cell, r) => sameCell(cell, expected[c][r]))) {
      expect({ column: c, cells: column.map(cellToken) }, why).toEqual({ column: c, cells: expected[c].map(cellToken) });
    }
  });
}

async function run(work: () => Promise<DataFrame>): Promise<{ frame: DataFrame } | { error: Error }> {
  try {
    return { frame: await work() };
  } catch (error) {
    return { error: error as Error };
  }
}

async function streamed(lf: LazyFrame): Promise<DataFrame> {
  const batches = [];
  for await (const batch of lf.stream()) batches.push(batch);
  return fromArrow(batches.length === 0 ? new Table(lf.schema) : new Table(batches));
}

describe("random joins equal the plan interpreter", () => {
  it("every join kind: same names, types and cells, optimized or not, streamed or collected", async () => {
    const tally = { compared: 0, failed: 0, joins: 0 };
    await fc.assert(
      fc.asyncProperty(arbJoinCase(), async (jc) => {
        const { source, steps, schema } = buildJoinQuery(jc);
        const why = showSteps(steps);
        if (steps.some((s) => "join" in s.step)) tally.joins++;
        const lf = steps.reduce<LazyFrame>(applyStep, fromArrow(jc.left.table).lazy());
        expect(engineSchema(lf), why).toEqual(expectedSchema(schema));

        const expected = outcome(() => runQuery({ source, steps: steps.map((s) => s.step) }));
        const results = [await run(() => lf.collect()), await run(() => lf.collect({ optimize: false })), await run(() => streamed(lf))];
        if ("error" in expected) {
          expect(expected.error.split(":")[0], why).toMatch(RUNTIME_ERRORS);
          for (const r of results) if ("error" in r) expect(r.error.name, why).toMatch(RUNTIME_ERRORS);
          tally.failed++;
          return;
        }
        const frame = expected.value as RefFrame;
        for (const result of results) {
          if ("error" in result) throw new Error(`engine failed where the interpreter did not: ${result.error.stack}\nsteps: ${why}`);
          expect(engineSchema(result.frame), why).toEqual(expectedSchema(frame));
          sameColumns(engineColumns(result.frame), referenceColumns(frame), why);
        }
        tally.compared++;
      }),
      { numRuns: RUNS },
    );
    expect(tally.joins).toBeGreaterThan(RUNS * 0.9);
    expect(tally.compared).toBeGreaterThan(RUNS * 0.7);
  });
});
