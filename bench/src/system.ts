import type { Vector } from "apache-arrow";

/** One column as every system may want it: the Arrow vector, and the raw arrays behind it. */
export interface ColumnInput {
  readonly n: number;
  readonly vector: Vector;
  readonly values: Float64Array | Int32Array | BigInt64Array;
  /** Arrow validity bitmap (LSB first), or null when every slot holds a value. */
  readonly validity: Uint8Array | null;
}

/**
 * An implementation under test. `run` does the whole operation and returns the index it found;
 * anything it needs that is not part of the operation (loading, conversion) belongs in the input.
 */
export interface System<I = ColumnInput> {
  /** Engine or baseline name, e.g. "quiver", "plain-loop", later "polars". */
  readonly name: string;
  /** How that system was driven, e.g. the function called or the element type looped over. */
  readonly variant: string;
  run(input: I): number;
}

/** One question asked of every system on the same data. */
export interface Scenario<I = ColumnInput> {
  /** Stable identifier used in results and docs, e.g. "S1 argmin Float64". */
  readonly name: string;
  /** One sentence for the docs: what the data is and what is asked. */
  readonly description: string;
  makeInput(n: number): I;
  /** The first system is the reference: its answer is the expected one and ratios are against it. */
  readonly systems: readonly System<I>[];
}

/** One row of bench/results/*.json. */
export interface Result {
  readonly scenario: string;
  readonly system: string;
  readonly variant: string;
  readonly n: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly nsPerElement: number;
  /** Peak resident set of the system alone; null while systems share the harness process. */
  readonly peakRssMb: number | null;
  readonly correct: boolean;
}
