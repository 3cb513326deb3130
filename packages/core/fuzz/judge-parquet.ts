/**
 * Judges one Parquet input. There is no independent Parquet decoder to compare with, so the
 * reference is differential: every path that answers must give the same cells, and each argmin
 * must equal the naive oracle's over those cells. Errors must be documented ones.
 */
import { Readable } from "node:stream";
import { type DataType, Type } from "apache-arrow";
import type { Cell } from "../../reference/src/cell.js";
import { refArgReduce } from "../../reference/src/reduce.js";
import { col, type DataFrame, readParquet, scanParquet } from "../src/index.js";
import { Rng } from "../src/testing/random.js";
import { cellsOf, sameCell } from "./arrow-cells.js";
import { statisticsContradict } from "./parquet-footer.js";
import { attempt, chunked, judgeValue, type Judgement, type Path, Recorder, sameArgs } from "./judge-support.js";

const ORDERABLE = new Set([Type.Int, Type.Float, Type.Bool, Type.Utf8, Type.LargeUtf8, Type.Binary, Type.FixedSizeBinary, Type.Date, Type.Timestamp]);

/** A collected frame's columns as cells (undefined for a column of a type the fuzzer does not read). */
type Cells = { names: string[]; columns: (Cell[] | undefined)[]; types: DataType[] };

function cellsOfFrame(frame: DataFrame): Cells {
  const columns = frame.columns.map((_, c) => {
    try {
      return cellsOf(frame.table.getChildAt(c)!);
    } catch {
      return undefined;
    }
  });
  return { names: frame.columns, columns, types: frame.table.schema.fields.map((f) => f.type) };
}

function sameCells(got: Cells, want: Cells): string | undefined {
  if (got.names.join("\u0000") !== want.names.join("\u0000")) return `columns ${JSON.stringify(got.names)}, another path's ${JSON.stringify(want.names)}`;
  for (let c = 0; c < got.columns.length; c++) {
    const [a, b] = [got.columns[c], want.columns[c]];
    if (a === undefined || b === undefined) continue;
    if (a.length !== b.length) return `column "${got.names[c]}" has ${a.length} rows, another path's ${b.length}`;
    const row = a.findIndex((cell, i) => !sameCell(cell, b[i]));
    if (row >= 0) return `column "${got.names[c]}" row ${row} differs from another path's`;
  }
  return undefined;
}

/**
 * Judges a Parquet input on `readParquet(bytes)`, `scanParquet(bytes)` and `scanParquet(Readable)`.
 * @param bytes - the input
 * @param chunkSeed - seeds the Readable's chunk sizes and the column picks
 * @param onPath - told when each path starts
 * @returns the worst outcome and its detail
 */
export async function judgeParquet(bytes: Uint8Array, chunkSeed: number, onPath: (path: Path) => void): Promise<Judgement> {
  const record = new Recorder(onPath);
  const rng = new Rng(chunkSeed);
  let first: Cells | undefined;
  const check = async (what: string, run: () => Promise<DataFrame> | DataFrame, lazy: () => ReturnType<typeof scanParquet>): Promise<void> => {
    const got = await attempt(async () => cellsOfFrame(await run()));
    record.note(judgeValue(what, got, first === undefined ? "unchecked" : { answer: first }, sameCells));
    if (!("value" in got)) return;
    first ??= got.value;
    const ranked = got.value.columns.flatMap((cells, c) => (cells !== undefined && ORDERABLE.has(got.value.types[c].typeId) ? [c] : []));
    if (ranked.length === 0) return;
    const c = rng.pick(ranked);
    const name = got.value.names[c];
    if (got.value.names.indexOf(name) !== c) return;
    const cells = got.value.columns[c]!;
    const args = await attempt(async () => {
      const row = (await lazy().select(col(name).argmin().alias("min"), col(name).argmax().alias("max")).collect()).row(0);
      return [row.min as number | null, row.max as number | null];
    });
    // Statistics-driven reductions trust the statistics of the row groups they do not read; where
    // those misstate the pages, the answer the statistics imply is not checked.
    const expected = statisticsContradict(bytes, name, cells) ? "unchecked" : { answer: [refArgReduce(cells), refArgReduce(cells, { max: true })] };
    record.note(judgeValue(`${what} then argmin/argmax of "${name}"`, args, expected, sameArgs));
  };
  await check("readParquet(bytes)", () => readParquet(bytes.slice()), () => readParquet(bytes.slice()).lazy());
  record.enter("bytes");
  await check("scanParquet(bytes).collect()", () => scanParquet(bytes.slice()).collect(), () => scanParquet(bytes.slice()));
  record.enter("stream");
  const readable = () => Readable.from(chunked(bytes, rng), { objectMode: false });
  await check("scanParquet(Readable).collect()", () => scanParquet(readable()).collect(), () => scanParquet(readable()));
  return record.judgement(false);
}
