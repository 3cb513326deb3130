/**
 * What the judges of every format share: the judgement, the per-path record of outcomes, the
 * documented error classes, and how one answer is held against what was expected.
 */
import { ColumnNotFoundError, IpcScanError, ParquetScanError, SourceError, ValueError } from "../src/index.js";
import type { Rng } from "../src/testing/random.js";
import { type Outcome, worse } from "./outcome.js";

/** The reading paths every input goes through: eager read, lazy scan of bytes, lazy scan of a Readable. */
export type Path = "eager" | "bytes" | "stream";

/** The judgement of one input: the worst outcome over all paths, and what produced it. */
export interface Judgement {
  readonly outcome: Outcome;
  /** Which path and query gave the outcome, and the error or difference. */
  readonly detail: string;
  /** Whether an independent reference decoding checked the answers (false: errors and agreement only). */
  readonly verified: boolean;
  /** The worst outcome of each path. */
  readonly paths?: Readonly<Record<Path, Outcome>>;
  /** What gave each path its outcome. */
  readonly details?: Readonly<Record<Path, string>>;
}

/** What a query must give: a failure, an answer, or anything (the reference cannot tell). */
export type Expected<T> = { fail: string } | { answer: T } | "unchecked";

/** A run's result or what it threw. */
export type Attempt<T> = { value: T } | { error: unknown };

/** Keeps the worst outcome of each path and of the whole input while the paths run. */
export class Recorder {
  private outcome: Outcome = "ok";
  private detail = "";
  private path: Path = "eager";
  private readonly paths: Record<Path, Outcome> = { eager: "ok", bytes: "ok", stream: "ok" };
  private readonly details: Record<Path, string> = { eager: "", bytes: "", stream: "" };

  /** @param onPath - told when each path starts, so a hang or crash can be pinned on it */
  constructor(private readonly onPath: (path: Path) => void) {
    onPath("eager");
  }

  /** Starts the next path. */
  enter(path: Path): void {
    this.path = path;
    this.onPath(path);
  }

  /** Records one query's outcome on the current path. */
  note([outcome, detail]: [Outcome, string]): void {
    if (worse(outcome, this.paths[this.path])) [this.paths[this.path], this.details[this.path]] = [outcome, detail];
    if (worse(outcome, this.outcome)) [this.outcome, this.detail] = [outcome, detail];
  }

  /** The judgement so far. */
  judgement(verified: boolean): Judgement {
    return { outcome: this.outcome, detail: this.detail, verified, paths: { ...this.paths }, details: { ...this.details } };
  }
}

/**
 * Runs a query, keeping its result or its error.
 * @param run - the query
 * @returns the value or the error
 */
export async function attempt<T>(run: () => T | Promise<T>): Promise<Attempt<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

/** Documented error classes: what a bad input may raise. Anything else escaped from inside. */
function isDocumented(error: unknown): boolean {
  const documented = [IpcScanError, ParquetScanError, SourceError, ColumnNotFoundError, ValueError];
  return documented.some((type) => error instanceof type) || (error as Error)?.name === "AbortError";
}

function describeError(error: unknown): string {
  const e = error as Error;
  const where = e?.stack?.split("\n").slice(1, 4).map((l) => l.trim()).join(" < ") ?? "";
  return `${e?.name}: ${e?.message} ${where}`.slice(0, 600);
}

/**
 * Judges one query's result.
 * @param what - names the path and query, for the detail
 * @param got - what the query gave
 * @param expected - what it must give
 * @param same - describes how an answer differs from the expected one, or undefined when equal
 * @returns the outcome and its detail
 */
export function judgeValue<T, E>(what: string, got: Attempt<T>, expected: Expected<E>, same: (a: T, b: E) => string | undefined): [Outcome, string] {
  if ("error" in got) return [isDocumented(got.error) ? "error" : "internal-error", `${what}: ${describeError(got.error)}`];
  if (expected === "unchecked") return ["ok", ""];
  if ("fail" in expected) return ["mismatch", `${what} answered, but the input is invalid: ${expected.fail}`];
  const difference = same(got.value, expected.answer);
  return difference === undefined ? ["ok", ""] : ["mismatch", `${what}: ${difference}`];
}

/**
 * Compares an [argmin, argmax] pair.
 * @returns the difference, or undefined when equal
 */
export function sameArgs(got: (number | null)[], want: (number | null)[]): string | undefined {
  return got[0] === want[0] && got[1] === want[1] ? undefined : `argmin/argmax ${got.join("/")}, the reference ${want.join("/")}`;
}

/**
 * Splits the input into chunks for a Readable: now and then tiny (1–7 bytes), else of random size.
 * @param bytes - the input
 * @param rng - draws the sizes
 * @returns the chunks, in order
 */
export function* chunked(bytes: Uint8Array, rng: Rng): Generator<Uint8Array> {
  const tiny = rng.chance(0.1);
  for (let at = 0; at < bytes.length; ) {
    const size = tiny ? rng.int(1, 7) : rng.int(1, Math.max(1, bytes.length >> 1));
    yield bytes.slice(at, at + size);
    at += size;
  }
}
