import { col, fromArrow, type LazyFrame, lit } from "@quiver/core";
import { arbTable, type GeneratedTable, type TypeKind } from "@quiver/core/testing";
import type { RecordBatch } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const KINDS: TypeKind[] = ["int32", "float64", "int64", "utf8"];
const RUNS = Math.max(100, Math.floor(Number(process.env.QUIVER_RUNS ?? 1000) / 4));

/** One step of a random query over a frame whose first column is the key and the others values. */
type Step = (lf: LazyFrame, names: string[]) => LazyFrame;

const steps: fc.Arbitrary<Step>[] = [
  fc.integer({ min: -3, max: 3 }).map((k) => (lf: LazyFrame, n: string[]) => (isNumeric(lf, n[n.length - 1]) ? lf.filter(col(n[n.length - 1]).gt(k)) : lf)),
  fc.constant((lf: LazyFrame, n: string[]) => lf.filter(col(n[0]).isNotNull().or(lit(false)))),
  fc.integer({ min: 0, max: 20 }).map((k) => (lf: LazyFrame) => lf.head(k)),
  fc.integer({ min: 0, max: 5 }).map((k) => (lf: LazyFrame) => lf.slice(k, 7)),
  fc.constant((lf: LazyFrame) => (lf.columns.includes("_row") ? lf : lf.withRowIndex("_row"))),
  fc.record({ descending: fc.boolean(), nullsLast: fc.boolean(), key: fc.nat() }).map(
    ({ descending, nullsLast, key }) =>
      (lf: LazyFrame) =>
        lf.sort(lf.columns[key % lf.columns.length], { descending, nullsLast }),
  ),
];

const finals: fc.Arbitrary<Step>[] = [
  fc.integer({ min: 0, max: 8 }).map((k) => (lf: LazyFrame, n: string[]) => lf.sort([n[0], n[n.length - 1]], { descending: [true, false] }).head(k)),
  fc.constant((lf: LazyFrame) => lf),
  fc.constant((lf: LazyFrame, n: string[]) => lf.select(col(n[n.length - 1]).argmin().alias("_i"), col(n[n.length - 1]).nanargmax().alias("_j"))),
  fc.constant((lf: LazyFrame, n: string[]) => lf.groupBy(n[0]).agg(col(n[n.length - 1]).argmin().alias("_i"), col(n[n.length - 1]).max().alias("_m"))),
  fc.constant((lf: LazyFrame, n: string[]) => lf.groupBy(n[0]).agg(col(n[n.length - 1]).count().alias("_c")).select("_c")),
];

function isNumeric(lf: LazyFrame, name: string): boolean {
  return /Int|Float/.test(String(lf.schema.fields.find((f) => f.name === name)?.type));
}

const arbQuery = fc.record({
  table: arbTable({ kinds: KINDS, minColumns: 2, maxColumns: 3, maxLength: 30 }),
  steps: fc.array(fc.oneof(...steps), { maxLength: 4 }),
  final: fc.oneof(...finals),
});

function build({ table, steps: chosen, final }: { table: GeneratedTable; steps: Step[]; final: Step }): LazyFrame {
  const names = table.names;
  const start = chosen.reduce((lf, step) => step(lf, names), fromArrow(table.table).lazy());
  return final(start, names);
}

async function rowsOf(batches: AsyncIterable<RecordBatch>): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const batch of batches) for (let i = 0; i < batch.numRows; i++) rows.push(batch.get(i)?.toJSON());
  return rows;
}

/** What an async computation gave: its value, or the name and message of what it threw. */
async function settle(work: () => Promise<unknown>): Promise<unknown> {
  try {
    return { value: await work() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe("random lazy queries", () => {
  it("give the same rows optimized and unoptimized, streamed and collected", async () => {
    await fc.assert(
      fc.asyncProperty(arbQuery, async (query) => {
        const lf = build(query);
        const optimized = await settle(() => rowsOf(lf.stream()));
        expect(await settle(() => rowsOf(lf.stream({ optimize: false })))).toEqual(optimized);
        const collected = await settle(async () => {
          const df = await lf.collect();
          return Array.from({ length: df.height }, (_, i) => df.table.get(i)?.toJSON());
        });
        expect(collected).toEqual(optimized);
      }),
      { numRuns: RUNS },
    );
  });
});
