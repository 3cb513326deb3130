/**
 * Errors about one row, numbered as the user sees the frame. A kernel sees one batch (or one
 * slice of it) and knows only the row within it; the operator that pushed the batch knows how
 * many rows came before, and renumbers the error on its way out.
 */
import type { RecordBatch } from "apache-arrow";
import type { Operator } from "./operator.js";

/** A value at one row that the operation cannot take (a strict cast that does not fit). */
export class RowRangeError extends RangeError {
  /**
   * @param row - the row, within the data the kernel was given
   * @param message - the message for a row
   */
  constructor(
    readonly row: number,
    private readonly messageAt: (row: number) => string,
  ) {
    super(messageAt(row));
  }

  /** The same error `rows` rows further down. */
  shifted(rows: number): RowRangeError {
    return new RowRangeError(this.row + rows, this.messageAt);
  }
}

/**
 * Runs a step over rows that start `rowsBefore` rows into the frame, renumbering a
 * {@link RowRangeError} it throws to the frame's row.
 * @param rowsBefore - the rows of the frame before the step's first row
 * @param step - the work on the batch or slice
 * @returns what the step returns
 */
export function atRow<T>(rowsBefore: number, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof RowRangeError && rowsBefore > 0) throw error.shifted(rowsBefore);
    throw error;
  }
}

/**
 * The operator with its row errors numbered by the rows of its whole input: it counts the rows
 * pushed so far.
 * @param operator - any operator
 * @returns the same operator, counting
 */
export function numberingRows(operator: Operator): Operator {
  let rowsBefore = 0;
  return {
    push(batch: RecordBatch) {
      const out = atRow(rowsBefore, () => operator.push(batch));
      rowsBefore += batch.numRows;
      return out;
    },
    finish: () => operator.finish(),
    get satisfied() {
      return operator.satisfied;
    },
    keepsNoInput: operator.keepsNoInput,
    drainsInput: operator.drainsInput,
  };
}
