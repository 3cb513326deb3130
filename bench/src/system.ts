import type { Table, Vector } from "apache-arrow";

/** One column as every system may want it: the Arrow forms, and the raw array behind them. */
export interface ColumnInput {
  /** Number of values. */
  readonly n: number;
  /** The column; its `data` holds one chunk per record batch. */
  readonly vector: Vector;
  /** The same column as a one-column Arrow table named "x", batches preserved. */
  readonly table: Table;
  /** Every value in one contiguous array, null slots included (they hold a sentinel). */
  readonly values: Float64Array | Int32Array | BigInt64Array;
  /** Arrow validity bitmap (LSB first), or null when every slot holds a value. */
  readonly validity: Uint8Array | null;
}

/** A rows × columns matrix of doubles, stored column by column as a table is. */
export interface MatrixInput {
  readonly rows: number;
  /** One array per column, each `rows` long. */
  readonly columns: readonly Float64Array[];
  /** The same columns as an Arrow table with fields "c0", "c1", …. */
  readonly table: Table;
}

/** An Arrow IPC file on disk, for the scenarios whose systems read a file themselves. */
export interface FileInput {
  readonly path: string;
}

/**
 * S6's flights, the same rows as an Arrow IPC file and as Parquet, and the query's parameter:
 * flights longer than `minDistance` miles, per origin, the earliest-arriving one.
 */
export interface FlightsInput extends FileInput {
  readonly parquet: string;
  readonly minDistance: number;
}

/** A key column and a value column of the same length, as arrays and as an Arrow table ("k", "v"). */
export interface GroupInput {
  readonly keys: Int32Array;
  readonly values: Float64Array;
  readonly table: Table;
}

/**
 * Per group, what the group answered, keyed by the group's key as text. Systems return their
 * groups in different orders; a map compares them whatever the order.
 */
export interface GroupAnswer {
  readonly kind: "groups";
  /** Key → the group's values joined by "|", e.g. "ATL" → "17|SEA". */
  readonly groups: ReadonlyMap<string, string>;
}

/**
 * What a run answers: an index for a whole-column reduction, one position per row for the row
 * axis, one entry per group for a group-by.
 */
export type Answer = number | Int32Array | GroupAnswer;

/** The timing settings one measurement follows, in process or in a child process alike. */
export interface RunPolicy {
  /** Untimed runs first (JIT warm-up, caches); fewer when they pass `warmupBudgetMs`. */
  readonly warmupRuns: number;
  readonly warmupBudgetMs: number;
  /** Timed runs: as many as fit `budgetMs` at the warm-up pace, clamped to these bounds. */
  readonly minRuns: number;
  readonly maxRuns: number;
  readonly budgetMs: number;
}

/** A system ready to be timed by the harness: `run` is the operation, `answer` reads its result untimed. */
export interface TimedRunner<R = unknown> {
  readonly kind: "timed";
  /** A bound rather than an engine (a plain read of the input's bytes): it answers nothing, so its answer is not checked. */
  readonly bound?: boolean;
  run(): R | Promise<R>;
  answer(result: R): Answer;
  dispose?(): void | Promise<void>;
}

/** What a system that times itself (in another process) reports. */
export interface SelfTimedReport {
  /** The answer of every run, or null when the runs disagreed among themselves. */
  readonly answer: Answer | null;
  readonly samplesMs: readonly number[];
  /** Peak resident set of the process that ran it, when each run had a process of its own. */
  readonly peakRssMb?: number;
  /** What to know about the number, e.g. the time of the query alone. */
  readonly note?: string;
}

/** A system that times itself, e.g. NumPy in a Python process. */
export interface SelfTimedRunner {
  readonly kind: "self-timed";
  measure(policy: RunPolicy): Promise<SelfTimedReport>;
  dispose?(): void | Promise<void>;
}

/** A system that cannot answer this scenario here, and why. */
export interface Skipped {
  readonly kind: "skipped";
  readonly reason: string;
}

export type Runner = TimedRunner | SelfTimedRunner | Skipped;

/** Builds a timed runner with its result type checked between `run` and `answer`. */
export function timed<R>(run: () => R | Promise<R>, answer: (result: R) => Answer, dispose?: () => void | Promise<void>): TimedRunner {
  return { kind: "timed", run, answer: answer as (result: unknown) => Answer, dispose };
}

/** Builds a timed bound: `run` does a fixed amount of work on the input and answers nothing. */
export function timedBound(run: () => unknown | Promise<unknown>, dispose?: () => void | Promise<void>): TimedRunner {
  return { kind: "timed", bound: true, run, answer: () => -1, dispose };
}

export function skipped(reason: string): Skipped {
  return { kind: "skipped", reason };
}

/**
 * An implementation under test. `prepare` does, untimed, whatever is not the operation itself
 * (loading into the engine, building its table, writing files), so only the operation is timed.
 */
export interface System<I> {
  /** Engine or baseline name, e.g. "quiver", "plain-loop", "polars". */
  readonly name: string;
  /** How that system was driven, e.g. the call or the query. */
  readonly variant: string;
  prepare(input: I): Runner | Promise<Runner>;
}

/** A system listed for completeness that cannot answer the scenario at all, and why. */
export function skippedSystem<I>(name: string, variant: string, reason: string): System<I> {
  return { name, variant, prepare: () => skipped(reason) };
}

/** Row and column counts of a scenario's data at each size. */
export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** One question asked of every system on the same data. */
export interface Scenario<I = unknown> {
  /** Stable identifier used in results and docs, e.g. "S1 argmin Float64". */
  readonly name: string;
  /** One or two sentences for the docs: what the data is and what is asked. */
  readonly description: string;
  readonly shape: { readonly full: Shape; readonly quick: Shape };
  /** Builds the data, untimed; may write (or reuse) a cached file. */
  makeInput(shape: Shape): I | Promise<I>;
  /**
   * The first system is the reference: its answer is the expected one. It runs in process, or in
   * a process of its own when the scenario times whole processes.
   */
  readonly systems: readonly System<I>[];
}

/** One row of bench/results/*.json. Timing fields are null when the system was skipped. */
export interface Result {
  readonly scenario: string;
  readonly system: string;
  readonly variant: string;
  /** Values reduced: rows × columns. */
  readonly n: number;
  readonly medianMs: number | null;
  readonly minMs: number | null;
  readonly nsPerElement: number | null;
  /** Timed runs behind the median. */
  readonly runs: number;
  /** Peak resident set of the system's own process, in MiB; null while systems share the harness process. */
  readonly peakRssMb: number | null;
  /** Every answer equalled the reference's; null when the system did not run; true for a bound that ran. */
  readonly correct: boolean | null;
  /** A bound, not an engine (see TimedRunner.bound); absent for engines. */
  readonly bound?: boolean;
  /** Why a system was skipped, or what to know about its number. */
  readonly note: string | null;
}
