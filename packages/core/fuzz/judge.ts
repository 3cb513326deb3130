/**
 * Runs one input through Quiver's readers and judges every answer against the reference decoding
 * of the same bytes. Runs inside a worker; hangs, crashes and memory exhaustion are judged by the
 * pool around it.
 */
import { Readable } from "node:stream";
import type { Cell } from "../../reference/src/cell.js";
import { refArgReduce } from "../../reference/src/reduce.js";
import { ColumnNotFoundError, col, type DataFrame, IpcScanError, readIpc, scanIpc, ValueError } from "../src/index.js";
import { Rng } from "../src/testing/random.js";
import { cellsOf, sameCell } from "./arrow-cells.js";
import { type Outcome, worse } from "./outcome.js";
import { decodeReference, type RefColumn, type Reference } from "./reference/decode.js";

/** The judgement of one input: the worst outcome over all paths, and what produced it. */
export interface Judgement {
  readonly outcome: Outcome;
  /** Which path and query gave the outcome, and the error or difference. */
  readonly detail: string;
  /** Whether the reference could check the answers (false: only errors were judged). */
  readonly verified: boolean;
  /** The worst outcome of each path: `eager` (readIpc), `bytes` and `stream` (scanIpc). */
  readonly paths?: Readonly<Record<Path, Outcome>>;
}

/** The reading paths every input goes through. */
export type Path = "eager" | "bytes" | "stream";

/** What a query must give: a failure, an answer, or anything (the reference cannot tell). */
type Expected<T> = { fail: string } | { answer: T } | "unchecked";

const ORDERABLE = new Set(["int", "float", "bool", "utf8", "binary", "date", "timestamp"]);

/**
 * Judges one input on every path: `readIpc(bytes)`, `scanIpc(bytes)` and `scanIpc(Readable)`.
 * @param bytes - the input
 * @param chunkSeed - seeds the chunk sizes of the Readable
 * @param onPath - told when each path starts, so a hang or crash can be pinned on it
 * @returns the worst outcome and its detail
 */
export async function judge(bytes: Uint8Array, chunkSeed: number, onPath: (path: Path) => void = () => {}): Promise<Judgement> {
  const reference = decodeReference(bytes);
  const state = { outcome: "ok" as Outcome, detail: "" };
  const paths: Record<Path, Outcome> = { eager: "ok", bytes: "ok", stream: "ok" };
  let path: Path = "eager";
  onPath(path);
  const note = (outcome: Outcome, detail: string): void => {
    if (worse(outcome, paths[path])) paths[path] = outcome;
    if (worse(outcome, state.outcome)) Object.assign(state, { outcome, detail });
  };
  const full = expectFull(reference);
  const ranked = reference.kind === "valid" ? reference.columns.filter((c) => ORDERABLE.has(c.field.type.kind) && unique(reference.columns, c)) : [];

  // Eager: the whole table, then argmin/argmax of each orderable column.
  const eager = await attempt(() => readIpc(bytes.slice()));
  note(...judgeFrame("readIpc(bytes)", eager, full));
  if ("value" in eager) {
    for (const column of ranked) {
      const got = await attempt(() => [eager.value.col(column.field.name).argmin(), eager.value.col(column.field.name).argmax()]);
      note(...judgeValue(`readIpc(bytes).col("${column.field.name}").argmin/argmax`, got, expectArg(reference, column), sameArgs));
    }
  }

  onPath((path = "bytes"));
  // Lazy over bytes: the whole table, then a query projecting one orderable column.
  const rng = new Rng(chunkSeed);
  note(...judgeFrame("scanIpc(bytes).collect()", await attempt(async () => (await scanIpc(bytes.slice())).collect()), full));
  if (ranked.length > 0) note(...(await judgeArgQuery(`scanIpc(bytes)`, () => bytes.slice(), reference, rng.pick(ranked))));

  // Lazy over a Node Readable delivering the bytes in random chunks.
  onPath((path = "stream"));
  const readable = () => Readable.from(chunked(bytes, rng), { objectMode: false });
  note(...judgeFrame("scanIpc(Readable).collect()", await attempt(async () => (await scanIpc(readable())).collect()), full));
  if (ranked.length > 0) note(...(await judgeArgQuery("scanIpc(Readable)", readable, reference, rng.pick(ranked))));

  return { outcome: state.outcome, detail: state.detail, verified: reference.kind !== "unverifiable", paths };
}

type Attempt<T> = { value: T } | { error: unknown };

async function attempt<T>(run: () => T | Promise<T>): Promise<Attempt<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

/** Documented error classes: what a bad input may raise. Anything else escaped from inside. */
function isDocumented(error: unknown): boolean {
  return error instanceof IpcScanError || error instanceof ColumnNotFoundError || error instanceof ValueError || (error as Error)?.name === "AbortError";
}

function describeError(error: unknown): string {
  const e = error as Error;
  const where = e?.stack?.split("\n").slice(1, 4).map((l) => l.trim()).join(" < ") ?? "";
  return `${e?.name}: ${e?.message} ${where}`.slice(0, 600);
}

function judgeValue<T, E>(what: string, got: Attempt<T>, expected: Expected<E>, same: (a: T, b: E) => string | undefined): [Outcome, string] {
  if ("error" in got) {
    return isDocumented(got.error) ? ["error", `${what}: ${describeError(got.error)}`] : ["internal-error", `${what}: ${describeError(got.error)}`];
  }
  if (expected === "unchecked") return ["ok", ""];
  if ("fail" in expected) return ["mismatch", `${what} answered, but the input is invalid: ${expected.fail}`];
  const difference = same(got.value, expected.answer);
  return difference === undefined ? ["ok", ""] : ["mismatch", `${what}: ${difference}`];
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

function sameArgs(got: (number | null)[], want: (number | null)[]): string | undefined {
  return got[0] === want[0] && got[1] === want[1] ? undefined : `argmin/argmax ${got.join("/")}, the reference ${want.join("/")}`;
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

function* chunked(bytes: Uint8Array, rng: Rng): Generator<Uint8Array> {
  const tiny = rng.chance(0.1);
  for (let at = 0; at < bytes.length; ) {
    const size = tiny ? rng.int(1, 7) : rng.int(1, Math.max(1, bytes.length >> 1));
    yield bytes.slice(at, at + size);
    at += size;
  }
}

function show(cell: Cell): string {
  if (cell instanceof Uint8Array) return `bytes[${Array.from(cell.subarray(0, 16)).join(",")}]`;
  return typeof cell === "bigint" ? `${cell}n` : String(cell);
}
