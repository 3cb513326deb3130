import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { JudgePool } from "../fuzz/pool.js";
import { CsvScanError, ParquetScanError, readCsv, readParquet, scanCsv, scanParquet } from "../src/index.js";

/**
 * The Parquet and CSV fuzz regression files of apache/arrow-testing (data/parquet/fuzzing,
 * data/csv/fuzzing): inputs that once crashed or hung Arrow C++. Each must end in a table or the
 * format's own scan error — never a built-in error or a hang — with the same outcome eagerly and
 * lazily; a file that starts like Parquet is also judged as the fuzzer judges its inputs (every
 * path that answers gives the same cells and the oracle's argmin).
 */
const root = join(import.meta.dirname, "data/arrow-testing/data");
const list = (dir: string) => readdirSync(join(root, dir)).filter((f) => /^(clusterfuzz|crash)/.test(f)).map((f) => join(dir, f));
const parquet = list("parquet/fuzzing");
const csv = list("csv/fuzzing");

async function outcome(read: () => { height: number } | Promise<{ height: number }>, documented: new (...args: never[]) => Error): Promise<string> {
  try {
    return `rows ${(await read()).height}`;
  } catch (error) {
    if (error instanceof documented) return (error as Error & { code: string }).code;
    throw new Error(`a built-in error escaped: ${(error as Error)?.stack ?? String(error)}`);
  }
}

describe("Arrow C++ Parquet and CSV fuzz regression files end in a table or the format's error", () => {
  const pool = new JudgePool({ size: 2, timeoutMs: 20_000 });
  afterAll(() => pool.close());

  it.each(parquet)("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(root, file)));
    const eager = await outcome(() => readParquet(bytes), ParquetScanError);
    expect(await outcome(() => scanParquet(bytes).collect(), ParquetScanError), "scanParquet(bytes)").toBe(eager);
    if (new TextDecoder().decode(bytes.subarray(0, 4)) === "PAR1") {
      const judgement = await pool.judge(bytes, 1);
      expect(["ok", "error"], judgement.detail).toContain(judgement.outcome);
    }
  }, 60_000);

  it.each(csv)("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(root, file)));
    const eager = await outcome(() => readCsv(bytes), CsvScanError);
    expect(await outcome(() => scanCsv(bytes).collect(), CsvScanError), "scanCsv(bytes)").toBe(eager);
  }, 60_000);

  it("every file is there", () => {
    expect([parquet.length, csv.length]).toEqual([137, 7]);
  });
});
