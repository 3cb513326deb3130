/**
 * Runs one input through Quiver's readers and judges every answer against the reference decoding
 * of the same bytes. Runs inside a worker; hangs, crashes and memory exhaustion are judged by the
 * pool around it.
 */
import { Readable } from "node:stream";
import type { Cell } from "../../reference/src/cell.js";
import { refArgReduce } from "../../reference/src/reduce.js";
import { col, type DataFrame, readIpc, scanIpc } from "../src/index.js";
import { Rng } from "../src/testing/random.js";
import { cellsOf, sameCell } from "./arrow-cells.js";
import { judgeParquet } from "./judge-parquet.js";
import { type Attempt, attempt, chunked, type Expected, type Judgement, judgeValue, type Path, Recorder, sameArgs } from "./judge-support.js";
import type { Outcome } from "./outcome.js";
import { decodeReference, type RefColumn, type Reference } from "./reference/decode.js";

export type { Judgement, Path } from "./judge-support.js";

const ORDERABLE = new Set(["int", "float", "bool", "utf8", "binary", "fixedbinary", "date", "timestamp"]);

/**
 * Judges one input on every path: `readIpc(bytes)`, `scanIpc(bytes)` and `scanIpc(Readable)`.
 * @param bytes - the input
 * @param chunkSeed - seeds the chunk sizes of the Readable
 * @param onPath - told when each path starts, so a hang or crash can be pinned on it
 * @returns the worst outcome and its detail
 */
export async function judge(bytes: Uint8Array, chunkSeed: number, onPath: (path: Path) => void = () => {}): Promise<Judgement> {
  if (isParquet(bytes)) return judgeParquet(bytes, chunkSeed, onPath);
  const reference = decodeReference(bytes);
  const record = new Recorder(onPath);
  const full = expectFull(reference);
  const ranked = reference.kind === "valid" ? reference.columns.filter((c) => ORDERABLE.has(c.field.type.kind) && unique(reference.columns, c)) : [];

  // Eager: the whole table, then argmin/argmax of each orderable column.
  const eager = await attempt(() => readIpc(bytes.slice()));
  record.note(judgeFrame("readIpc(bytes)", eager, full));
  if ("value" in eager) {
    for (const column of ranked) {
      const got = await attempt(() => [eager.value.col(column.field.name).argmin(), eager.value.col(column.field.name).argmax()]);
      record.note(judgeValue(`readIpc(bytes).col("${column.field.name}").argmin/argmax`, got, expectArg(reference, column), sameArgs));
    }
  }

  // Lazy over bytes: the whole table, then a query projecting one orderable column.
  record.enter("bytes");
  const rng = new Rng(chunkSeed);
  record.note(judgeFrame("scanIpc(bytes).collect()", await attempt(async () => (await scanIpc(bytes.slice())).collect()), full));
  if (ranked.length > 0) record.note(await judgeArgQuery(`scanIpc(bytes)`, () => bytes.slice(), reference, rng.pick(ranked)));

  // Lazy over a Node Readable delivering the bytes in random chunks.
  record.enter("stream");
  const readable = () => Readable.from(chunked(bytes, rng), { objectMode: false });
  record.note(judgeFrame("scanIpc(Readable).collect()", await attempt(async () => (await scanIpc(readable())).collect()), full));
  if (ranked.length > 0) record.note(await judgeArgQuery("scanIpc(Readable)", readable, reference, rng.pick(ranked)));

  return record.judgement(reference.kind !== "unverifiable");
}

/** A Parquet file starts with "PAR1". */
function isParquet(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
}

function judgeFrame(what: string, got: Attempt<DataFrame>, expected: Expected<RefColumn[]>): [Outcome, string] {
  return judgeValue(what, got, expected, sameFrame);
}

function sameFrame(frame: DataFrame, columns: RefColumn[]): string | undefined {
  if (frame.width !== columns.length) return `${frame.width} columns, the reference has ${columns.length}`;
  for (let c = 0; c < columns.length; c++) {
    const want = columns[c];
    if (frame.columns[c] !== want.field.name) return `column ${c} is "${frame.columns[c]}", the reference's "${want.field.name}"`;
    if (!("cells" in want)) continue;
    let got: Cell[];
    try {
      got = cellsOf(frame.table.getChildAt(c)!);
    } catch (error) {
      return `column "${want.field.name}" could not be read back: ${(error as Error).message}`;
    }
    if (got.length !== want.cells.length) return `column "${want.field.name}" has ${got.length} rows, the reference ${want.cells.length}`;
    const row = got.findIndex((cell, i) => !sameCell(cell, want.cells[i]));
    if (row >= 0) return `column "${want.field.name}" row ${row} is ${show(got[row])}, the reference ${show(want.cells[row])}`;
  }
  return undefined;
}

async function judgeArgQuery(path: string, input: () => Uint8Array | Readable, reference: Reference, column: RefColumn): Promise<[Outcome, string]> {
  const name = column.field.name;
  const got = await attempt(async () => {
    const frame = await (await scanIpc(input())).select(col(name).argmin().alias("min"), col(name).argmax().alias("max")).collect();
    const row = frame.row(0);
    return [row.min as number | null, row.max as number | null];
  });
  return judgeValue(`${path}.select(col("${name}").argmin(), .argmax())`, got, expectArg(reference, column), sameArgs);
}

function expectFull(reference: Reference): Expected<RefColumn[]> {
  if (reference.kind === "unverifiable") return "unchecked";
  if (reference.kind === "invalid") return { fail: reference.why };
  const bad = reference.columns.find((c) => "invalid" in c);
  return bad !== undefined && "invalid" in bad ? { fail: bad.invalid } : { answer: reference.columns };
}

function expectArg(reference: Reference, column: RefColumn): Expected<(number | null)[]> {
  if (reference.kind !== "valid") return expectFull(reference) as Expected<never>;
  if ("invalid" in column) return { fail: column.invalid };
  return { answer: [refArgReduce(column.cells), refArgReduce(column.cells, { max: true })] };
}

function unique(columns: RefColumn[], column: RefColumn): boolean {
  return columns.filter((c) => c.field.name === column.field.name).length === 1;
}

function show(cell: Cell): string {
  if (cell instanceof Uint8Array) return `bytes[${Array.from(cell.subarray(0, 16)).join(",")}]`;
  return typeof cell === "bigint" ? `${cell}n` : String(cell);
}
