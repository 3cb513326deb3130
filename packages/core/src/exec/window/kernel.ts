/**
 * The shape of a window kernel, and the output columns window kernels build.
 */
import type { Data, DataType } from "apache-arrow";
import type { Scalar } from "../../kernels/scalar.js";
import { indexData } from "../../types/index-columns.js";
import type { Operand } from "../eval/operand.js";

import { ValueColumn } from "../eval/value-column.js";

export { ValueColumn };

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

/** What an extreme window gives: the row position of the extreme, or its value. */
export type ExtremeOutput = "position" | "value";

/**
 * The output of one batch of an extreme window (running or rolling): per row, the winner's
 * position (-1 for none) or its value (null for none), whichever the window gives.
 */
export class ExtremeColumn {
  private readonly positions: Float64Array | null;
  private readonly values: ValueColumn | null;

  /**
   * @param output - positions or values
   * @param outputType - Int64 for positions, else the values' type
   * @param rows - the batch's rows
   */
  constructor(output: ExtremeOutput, outputType: DataType, rows: number) {
    this.positions = output === "position" ? new Float64Array(rows) : null;
    this.values = output === "value" ? new ValueColumn(outputType, rows) : null;
  }

  /**
   * Sets row `i`'s answer.
   * @param i - the row in the batch
   * @param position - the winner's position, or -1 when there is none
   * @param value - reads the winner's value (called only when there is one and values are given)
   */
  set(i: number, position: number, value: () => Scalar): void {
    if (this.positions !== null) this.positions[i] = position;
    else if (position >= 0) this.values!.set(i, value() as number | bigint);
  }

  /** The batch's column. */
  finish(): Data {
    return this.positions !== null ? positionsData(this.positions) : this.values!.finish();
  }
}
