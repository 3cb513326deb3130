// Random queries with windows — running and rolling windows of random sizes, ranks, over random
// partitions, when-chains, isIn, fillNan — between random other steps: the engine equals the
// row-at-a-time interpreter on every cell; optimized equals unoptimized; streamed equals
// collected; and any batching of the source gives the same answer.
import { type DataFrame, fromArrow, type LazyFrame } from "@quiver/core";
import { arbTable, type GeneratedTable, Rng, type TypeKind } from "@quiver/core/testing";
import { Table } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, type RefFrame, type RefType, runQuery } from "../src/index.js";
import { outcome } from "./differential-support.js";
import { applyStep, cellToken, engineColumns, expectedSchema, engineSchema, referenceColumns } from "./plan-engine.js";
import { arbStepGenes, type BuiltStep, buildSteps } from "./plan-generator.js";
import { windowStep } from "./window-generator.js";
import { sameCell } from "@quiver/core/testing";

const KINDS: TypeKind[] = ["int32", "int64", "float64", "utf8", "bool"];
const TYPES: Partial<Record<TypeKind, RefType>> = { int32: "int32", int64: "int64", float64: "float64", utf8: "utf8", bool: "bool" };
const RUNS = Math.max(1000, Number(process.env.QUIVER_RUNS ?? 1000));

const arbQuery = fc.record({
  table: arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 3, maxLength: 16 }),
  before: arbStepGenes().map((g) => g.slice(0, 2)),
  windowSeed: fc.integer(),
  after: arbStepGenes().map((g) => g.slice(0, 1)),
  batchSeed: fc.integer(),
});

function show(steps: readonly BuiltStep[]): string {
  return JSON.stringify(steps, (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v));
}

function columnsText(columns: Cell[][]): string[][] {
  return columns.map((c) => c.map(cellToken));
}

/** The source cut into batches at random places. */
function rebatched(table: Table, seed: number): Table {
  const rng = new Rng(seed);
  const parts: Table[] = [];
  for (let start = 0; start < table.numRows; ) {
    const length = rng.int(1, 5);
    parts.push(table.slice(start, start + length));
    start += length;
  }
  const batches = parts.flatMap((p) => p.batches);
  return batches.length === 0 ? table : new Table(batches);
}

function build(table: GeneratedTable, genes: { before: Parameters<typeof buildSteps>[1]; windowSeed: number; after: Parameters<typeof buildSteps>[1] }) {
  const source = { names: table.names, types: table.kinds.map((k) => TYPES[k]!), rows: table.columns[0]?.map((_, r) => table.columns.map((column) => column[r])) ?? [] };
  const before = buildSteps(source, genes.before);
  const step = windowStep(before.schema, genes.windowSeed);
  if (step === null) return null;
  const window: BuiltStep = { step, spelling: "plain" };
  const schemaAfterWindow = runQuery({ source: { ...before.schema, rows: [] }, steps: [step] });
  const after = buildSteps(schemaAfterWindow, genes.after);
  return { source, steps: [...before.steps, window, ...after.steps] };
}

async function collect(lf: LazyFrame, optimize: boolean): Promise<Cell[][] | { error: string }> {
  try {
    return engineColumns(await lf.collect({ optimize }));
  } catch (error) {
    return { error: (error as Error).name };
  }
}

async function streamed(lf: LazyFrame): Promise<Cell[][]> {
  const batches = [];
  for await (const batch of lf.stream()) batches.push(batch);
  const frame: DataFrame = fromArrow(batches.length === 0 ? new Table(lf.schema) : new Table(batches));
  return engineColumns(frame);
}

describe("random queries with windows equal the plan interpreter on every path", () => {
  it("engine = interpreter, optimized = unoptimized, streamed = collected, any batching", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(arbQuery, async ({ table, before, windowSeed, after, batchSeed }) => {
        const query = build(table, { before, windowSeed, after });
        if (query === null) return;
        const text = show(query.steps);
        const lazy = (t: Table) => query.steps.reduce<LazyFrame>((q, s) => applyStep(q, s), fromArrow(t).lazy());
        const lf = lazy(table.table);
        const expected = outcome(() => runQuery({ source: query.source, steps: query.steps.map((s) => s.step) }));
        const engine = await collect(lf, true);
        if ("error" in expected || "error" in engine) {
          // Only a value can make a valid query fail (a strict cast, nanargmin of NaN only); the
          // engine may be spared the failing value by a pushed-down filter or limit.
          if ("error" in engine) expect("error" in expected, text).toBe(true);
          return;
        }
        const frame = expected.value as RefFrame;
        expect(engineSchema(fromArrow(lf.schema.fields.length ? new Table(lf.schema) : new Table())), text).toEqual(expectedSchema(frame));
        const reference = referenceColumns(frame);
        const same = (columns: Cell[][]) => columns.length === reference.length && columns.every((c, i) => c.length === reference[i].length && c.every((cell, r) => sameCell(cell, reference[i][r])));
        if (!same(engine)) expect(columnsText(engine), text).toEqual(columnsText(reference));
        const unoptimized = await collect(lf, false);
        expect("error" in unoptimized ? unoptimized : columnsText(unoptimized), `${text} (unoptimized)`).toEqual(columnsText(reference));
        expect(columnsText(await streamed(lf)), `${text} (streamed)`).toEqual(columnsText(reference));
        const other = await collect(lazy(rebatched(table.table, batchSeed)), true);
        expect("error" in other ? other : columnsText(other), `${text} (rebatched)`).toEqual(columnsText(reference));
        compared++;
      }),
      { numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS * 0.7);
  }, 120_000);
});
