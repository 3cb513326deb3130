/**
 * The shape of a window kernel, and the output columns window kernels build.
 */
import type { Data } from "apache-arrow";
import { indexData } from "../../types/index-columns.js";
import type { Operand } from "../eval/operand.js";

export { ValueColumn } from "../eval/value-column.js";

/**
 * A window function compiled for one run: it sees the rows batch after batch, in order, carrying
 * what it needs from earlier batches, and `reset` starts it afresh (a new partition).
 */
export interface WindowKernel {
  /** The output for the next `rows` rows, given the evaluated arguments over them. */
  run(operands: readonly Operand[], rows: number): Data;
  /** Forgets every row seen, as if at the start of the input. */
  reset(): void;
}

/** Positions (-1 for null) as an Int64 column. */
export function positionsData(positions: Float64Array): Data {
  return indexData(positions);
}
