import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { col, type DataFrame, fromArrow, readParquet, scanParquet } from "@quiver/core";
import { arbTable, type Cell, cellMismatch, toPlainValues, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { refArgReduce } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

/**
 * ZSTD Parquet read both ways: a scan decompresses the pages of the row groups it reads ahead on
 * libuv's thread pool and puts number columns in the WebAssembly heap; an eager read decompresses
 * each page as it decodes it. Random tables in many small v2 pages, as sinkParquet writes them,
 * read the same cells both ways, equal to what was written, and argmin over the scan equals the
 * oracle's. (v1 pages, as DuckDB writes them: core's parquet-zstd test.)
 */
const dir = mkdtempSync(join(tmpdir(), "quiver-parquet-zstd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const KINDS: TypeKind[] = ["int32", "int64", "uint64", "float32", "float64", "bool", "utf8", "dictionary", "timestampMicrosecond", "decimal128"];
const FILE_RUNS = Math.ceil(RUNS / 10);

const EXPRESSIONS = {
  argmin: (name: string) => col(name).argmin(),
  argmax: (name: string) => col(name).argmax(),
  nanargmin: (name: string) => col(name).argmin({ skipNaN: true }),
  nanargmax: (name: string) => col(name).argmax({ skipNaN: true }),
};

const arbShape = fc.record({ rowGroupSize: fc.integer({ min: 1, max: 200 }), pageSize: fc.integer({ min: 8, max: 400 }) });

/** Every column of the scan's result and of the eager read, as plain cells. */
async function bothReads(path: string): Promise<{ scanned: Cell[][]; read: Cell[][] }> {
  const scanned = await scanParquet(path).collect();
  const read = readParquet(path);
  const cells = (df: DataFrame) => df.table.schema.fields.map((f) => toPlainValues(df.table.getChild(f.name)!));
  return { scanned: cells(scanned), read: cells(read) };
}

describe("ZSTD Parquet reads the same scanned ahead and read eagerly", () => {
  it("v2 pages written by sinkParquet: every cell as written, every argmin the oracle's", async () => {
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: KINDS, maxColumns: 3, maxLength: 300 }), arbShape, async (generated, { rowGroupSize, pageSize }) => {
        const path = join(dir, `sink-${files++}.parquet`);
        await fromArrow(generated.table).sinkParquet(path, { compression: "zstd", rowGroupSize, pageSize });
        const { scanned, read } = await bothReads(path);
        expect(cellMismatch(scanned, generated.columns), "scan").toBeUndefined();
        expect(cellMismatch(read, generated.columns), "read").toBeUndefined();
        for (const [j, name] of generated.names.entries()) {
          if (generated.kinds[j] === "utf8" || generated.kinds[j] === "dictionary" || generated.kinds[j] === "bool") continue;
          for (const { name: reduction, options } of REDUCTIONS) {
            const engine = await scanParquet(path).select(EXPRESSIONS[reduction](name)).collect().then(
              (df) => ({ value: df.row(0)[name] }),
              (error: Error) => ({ error: `${error.name}: ${error.message}` }),
            );
            expect({ name, reduction, ...engine }).toEqual({ name, reduction, ...outcome(() => refArgReduce(generated.columns[j], options)) });
          }
        }
      }),
      { numRuns: FILE_RUNS },
    );
  });
});
