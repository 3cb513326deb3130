import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { col, fromColumns, readParquet, scanParquet } from "@quiver/core";
import { toPlainValues } from "@quiver/core/testing";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { refArgReduce, refGroupArgReduce } from "../src/index.js";
import { outcome, RUNS } from "./differential-support.js";

/**
 * Strings drawn from a small pool are written with a dictionary and read back as
 * Dictionary<Utf8>, one dictionary per row group; every path over them — argmin and argmax
 * (statistics may narrow the row groups read), a filter, a group-by keyed on them, minBy reading
 * them — equals the oracle over the plain strings.
 */
const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-dictionary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

// UTF-16 and UTF-8 orders disagree on "\uff5e" and "😀"; "" and prefixes test lengths.
const POOL = ["", "a", "ab", "b", "\uff5e", "😀", "\ud7ff", "\ue000", "é", "e\u0301", "Z", "a\u0000"];
const arbString = fc.option(fc.constantFrom(...POOL), { freq: 6 });
const arbValue = fc.option(fc.constantFrom(Number.NaN, -0, 0, 1, -1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2.5), { freq: 6 });
const arbRows = fc.array(fc.tuple(arbString, arbString, arbValue), { maxLength: 60 });

const cellsOf = (df: Awaited<ReturnType<ReturnType<typeof scanParquet>["collect"]>>, name: string) => toPlainValues(df.table.getChild(name)!);

describe("dictionary-encoded Parquet strings, read as Dictionary<Utf8>, against the oracle", () => {
  it("reads them as dictionaries when the writer used one", async () => {
    const path = join(dir, "pool.parquet");
    await fromColumns({ s: Array.from({ length: 1000 }, (_, i) => POOL[i % POOL.length]) }).sinkParquet(path, { rowGroupSize: 300 });
    const table = readParquet(path).table;
    expect(String(table.schema.fields[0].type)).toBe("Dictionary<Int32, Utf8>");
    expect(table.getChild("s")!.data.every((d) => d.dictionary!.length <= POOL.length)).toBe(true);
    expect(toPlainValues(table.getChild("s")!)).toEqual(Array.from({ length: 1000 }, (_, i) => POOL[i % POOL.length]));
  });

  it("argmin, argmax, filters, group-bys and minBy give the oracle's answers", async () => {
    await fc.assert(
      fc.asyncProperty(arbRows, fc.integer({ min: 1, max: 15 }), async (rows, rowGroupSize) => {
        const s = rows.map((r) => r[0]);
        const t = rows.map((r) => r[1]);
        const v = rows.map((r) => r[2]);
        const path = join(dir, `d-${files++}.parquet`);
        await fromColumns({ s, t, v }).sinkParquet(path, { rowGroupSize });
        const scan = () => scanParquet(path);

        const extremes = await scan().select(col("s").argmin().alias("lo"), col("s").argmax().alias("hi")).collect().then((df) => df.row(0));
        expect(extremes).toEqual({ lo: refArgReduce(s), hi: refArgReduce(s, { max: true }) });
        for (const e of ["lo", "hi"] as const) {
          const narrowed = await scan().select(e === "lo" ? col("s").argmin() : col("s").argmax()).collect().then((df) => df.row(0).s);
          expect(narrowed).toBe(extremes[e]);
        }

        const kept = rows.flatMap((r, i) => (r[2] !== null && r[2] > 0 ? [i] : []));
        const filtered = await scan().filter(col("v").gt(0)).select(col("s").argmin()).collect().then((df) => df.row(0).s);
        expect(filtered).toBe(refArgReduce(kept.map((i) => s[i])));

        const grouped = await scan().groupBy("s").agg(col("v").argmin().alias("i"), col("t").minBy("v").alias("t")).collect();
        const expected = refGroupArgReduce([s], v);
        const engine = { keys: cellsOf(grouped, "s"), i: cellsOf(grouped, "i"), t: cellsOf(grouped, "t") };
        const oracle = outcome(() => ({
          keys: expected.map((g) => g.keys[0]),
          i: expected.map((g) => g.index),
          t: expected.map((g) => {
            const members = rows.flatMap((r, i) => ((r[0] ?? null) === (g.keys[0] ?? null) ? [i] : []));
            const at = g.index as number | null;
            return at === null ? null : t[members[at]];
          }),
        }));
        expect({ value: { keys: engine.keys, i: engine.i.map((x) => (x === null ? null : Number(x))), t: engine.t } }).toEqual(oracle);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
