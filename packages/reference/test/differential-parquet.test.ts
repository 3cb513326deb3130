import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { col, fromArrow, readParquet, scanParquet } from "@quiver/core";
import { arbTable, type GeneratedTable, sameCell, toPlainValues, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, describe, expect, it } from "vitest";
import { refArgReduce } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

/**
 * Random tables written to Parquet — by Quiver's sinkParquet and by hyparquet-writer — read back
 * with every cell equal to what was written, and every argmin/argmax/nanargmin/nanargmax over a
 * scan (where statistics may narrow the row groups read) equal to the oracle's.
 */
const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-differential-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/**
 * Every kind whose plain values survive a Parquet round trip unchanged (timestampSecond is written
 * as milliseconds, so its extreme values cannot be; see the sink's own test).
 */
const SINK_KINDS: TypeKind[] = [
  "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64", "bool",
  "utf8", "largeUtf8", "binary", "largeBinary", "dictionary", "dateDay",
  "timeSecond", "timeMillisecond", "timeMicrosecond", "timeNanosecond", "timestampMillisecond", "timestampMicrosecond", "timestampNanosecond", "decimal128",
];

/** hyparquet-writer's basic types, by the kinds that map to them. */
const WRITER_TYPES: Partial<Record<TypeKind, string>> = { int32: "INT32", int64: "INT64", float32: "FLOAT", float64: "DOUBLE", bool: "BOOLEAN", utf8: "STRING", binary: "BYTE_ARRAY" };

const EXPRESSIONS = {
  argmin: (name: string) => col(name).argmin(),
  argmax: (name: string) => col(name).argmax(),
  nanargmin: (name: string) => col(name).argmin({ skipNaN: true }),
  nanargmax: (name: string) => col(name).argmax({ skipNaN: true }),
};

/** The same cells read back from a file, then every reduction over the scan against the oracle. */
async function checkRoundTrip(path: string, generated: GeneratedTable): Promise<void> {
  const back = readParquet(path).table;
  expect(back.numRows).toBe(generated.columns[0]?.length ?? 0);
  generated.names.forEach((name, j) => {
    const cells = toPlainValues(back.getChild(name)!);
    cells.forEach((cell, i) => expect(sameCell(cell, generated.columns[j][i]), `${name}[${i}]: ${String(cell)} vs ${String(generated.columns[j][i])}`).toBe(true));
  });
  for (const [j, name] of generated.names.entries()) {
    for (const { name: reduction, options } of REDUCTIONS) {
      const expr = EXPRESSIONS[reduction](name);
      const engine = await scanParquet(path).select(expr).collect().then(
        (df) => ({ value: df.row(0)[name] }),
        (error: Error) => ({ error: `${error.name}: ${error.message}` }),
      );
      expect({ name, reduction, ...engine }).toEqual({ name, reduction, ...outcome(() => refArgReduce(generated.columns[j], options)) });
    }
    // min and max, which statistics may also narrow, give what the full scan gives.
    const extremes = scanParquet(path).select(col(name).min().alias("min"), col(name).max().alias("max"));
    const narrowed = await Promise.all([extremes.select(col("min")), extremes.select(col("max"))].map((q) => q.collect()));
    const full = await extremes.collect({ optimize: false });
    const cell = (df: (typeof narrowed)[number], column: string) => toPlainValues(df.table.getChild(column)!)[0];
    expect({ name, min: cell(narrowed[0], "min"), max: cell(narrowed[1], "max") }).toEqual({ name, min: cell(full, "min"), max: cell(full, "max") });
  }
}

const arbGroups = fc.integer({ min: 1, max: 12 });
/** Each run writes a file, reads it, and runs four scans per column: a quarter of the usual runs. */
const FILE_RUNS = Math.ceil(RUNS / 4);

describe("Parquet round trips equal the written cells, and argmin over them the oracle", () => {
  it("written by sinkParquet, in random row group sizes", async () => {
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: SINK_KINDS, maxColumns: 4, maxLength: 40 }), arbGroups, async (generated, rowGroupSize) => {
        const path = join(dir, `quiver-${files++}.parquet`);
        await fromArrow(generated.table).sinkParquet(path, { rowGroupSize });
        await checkRoundTrip(path, generated);
      }),
      { numRuns: FILE_RUNS },
    );
  });

  it("written by hyparquet-writer, in random row group sizes", async () => {
    const kinds = Object.keys(WRITER_TYPES) as TypeKind[];
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds, maxColumns: 4, maxLength: 40 }), arbGroups, async (generated, rowGroupSize) => {
        const path = join(dir, `hyparquet-${files++}.parquet`);
        // Floats PLAIN: hyparquet-writer's dictionary keys merge -0 into 0.
        const columnData = generated.names.map((name, j) => {
          const type = WRITER_TYPES[generated.kinds[j]]!;
          return { name, data: generated.columns[j] as never, type: type as never, ...(type === "FLOAT" || type === "DOUBLE" ? { encoding: "PLAIN" as const } : {}) };
        });
        writeFileSync(path, new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize })));
        await checkRoundTrip(path, generated);
      }),
      { numRuns: FILE_RUNS },
    );
  });
});
