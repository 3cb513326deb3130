// Random plans run with threads 1, 2, 3 and 4 must give identical results: the same schema, the
// same cells (compared exactly: NaN equals NaN, -0 differs from 0), or the same error (name and
// message, row numbers included); and where the row-at-a-time reference answers too, that answer. The inputs are tiny, so morsels are shrunk to a few rows and
// the cut-over lowered: every plan with a section for the workers runs there, in many morsels
// merged in order. Each plan runs over the in-memory table, over the same rows read from an Arrow
// IPC stream in memory (a source of unknown length, whose first rows stay on the calling thread),
// and from an Arrow IPC file on disk (read into shared memory for the workers, each batch released
// once its morsels are in).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromArrow, type LazyFrame, scanIpc } from "@quiver/core";
import { arbTable, closeWorkers, parallelActivity, sameCell, setParallelTuning, setPoisonFreed, type TypeKind, warmWorkers } from "@quiver/core/testing";
import { tableToIPC } from "apache-arrow";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RefFrame, runQuery } from "../src/index.js";
import { outcome } from "./differential-support.js";
import { applyStep, engineColumns, engineSchema, expectedSchema, referenceColumns } from "./plan-engine.js";
import { arbStepGenes, type BuiltStep, buildSteps } from "./plan-generator.js";

const KINDS: TypeKind[] = ["int32", "int64", "float64", "utf8", "bool"];
const TYPES = { int32: "int32", int64: "int64", float64: "float64", utf8: "utf8", bool: "bool" } as const;
const RUNS = 150;

type Result = { error: string } | { names: string[]; types: string[]; columns: unknown[][] };

async function run(lf: LazyFrame, threads: number): Promise<Result> {
  try {
    const df = await lf.collect({ threads });
    return { ...engineSchema(df), columns: engineColumns(df) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

function same(a: Result, b: Result): boolean {
  if ("error" in a || "error" in b) return "error" in a && "error" in b && a.error === b.error;
  return (
    JSON.stringify([a.names, a.types]) === JSON.stringify([b.names, b.types]) &&
    a.columns.length === b.columns.length &&
    a.columns.every((column, c) => column.length === b.columns[c].length && column.every((cell, r) => sameCell(cell as never, b.columns[c][r] as never)))
  );
}

const show = (r: Result) =>
  JSON.stringify(r, (_, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v));

const dir = mkdtempSync(join(tmpdir(), "quiver-threads-"));

describe("threads 1, 2, 3 and 4 agree", () => {
  // Four workers loaded before the first plan and kept through the run; freed heap blocks are
  // poisoned, so a morsel read after its batch was released changes the answer.
  let poisoned = false;
  beforeAll(async () => {
    setParallelTuning({ idleMs: 120_000 });
    poisoned = setPoisonFreed(true);
    await warmWorkers(4);
  }, 120_000);
  afterAll(async () => {
    await closeWorkers();
    setPoisonFreed(poisoned);
    setParallelTuning(undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it("on random plans over random tables, IPC streams and IPC files, in morsels of a few rows", async () => {
    const before = parallelActivity();
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 4, maxLength: 30 }),
        arbStepGenes(),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(0, 0, 5, 20),
        async (table, genes, morselRows, minRows) => {
          setParallelTuning({ minRows, morselRows, idleMs: 120_000 });
          const rows = table.columns[0]?.map((_, r) => table.columns.map((column) => column[r])) ?? [];
          const source = { names: table.names, types: table.kinds.map((k) => TYPES[k as keyof typeof TYPES]), rows };
          const { steps } = buildSteps(source, genes);
          const expected = outcome(() => runQuery({ source, steps: steps.map((s) => s.step) }));
          // (Errors are the engine-plans test's: the engine may spare a failing value the reference evaluates.)
          const reference: Result | null =
            "error" in expected ? null : { ...expectedSchema(expected.value as RefFrame), columns: referenceColumns(expected.value as RefFrame) };
          const stream = tableToIPC(table.table, "stream");
          const path = join(dir, "table.arrow");
          writeFileSync(path, tableToIPC(table.table, "file"));
          const inputs = [
            ["memory", fromArrow(table.table).lazy()],
            ["IPC stream", scanIpc(stream)],
            ["IPC file", scanIpc(path)],
          ] as const;
          for (const [input, frame] of inputs) {
            const lf = steps.reduce<LazyFrame>((q, s: BuiltStep) => applyStep(q, s), frame);
            const one = await run(lf, 1);
            if (reference !== null && !("error" in one)) {
              compared++;
              if (!same(one, reference)) expect(show(one), `${input}, threads 1, against the reference`).toBe(show(reference));
            }
            for (const threads of [2, 3, 4]) {
              const many = await run(lf, threads);
              const why = `${input}, threads ${threads}, morsels of ${morselRows} rows, cut-over ${minRows} rows`;
              if (!same(one, many)) expect(show(many), why).toBe(show(one));
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    // Most plans have a part the workers run. (Failing morsels: see core's parallel-errors test.)
    expect(parallelActivity().morsels - before.morsels).toBeGreaterThan(RUNS * 3);
    expect(compared).toBeGreaterThan(RUNS * 3 * 0.7);
  }, 300_000);
});
