import type { RecordBatch } from "apache-arrow";

/**
 * A physical operator: record batches are pushed in, and it returns the batches it can give now.
 * Operators never wait on I/O, so one chain serves both drivers — the asynchronous one reading a
 * file or a stream, and the synchronous one behind the eager DataFrame methods.
 */
export interface Operator {
  /** Consumes one input batch; returns the output batches ready now (often none or one). */
  push(batch: RecordBatch): RecordBatch[];
  /** The input has ended; returns whatever output remains (a blocking operator's whole output). */
  finish(): RecordBatch[];
  /** True once no further input can change the output (a limit was reached): reading may stop. */
  readonly satisfied: boolean;
  /**
   * True when the operator keeps no batch pushed into it once `push` returns; its output may
   * still share the batch's buffers (a filter that keeps every row, a projection).
   */
  readonly keepsNoInput?: boolean;
  /**
   * True when, besides keeping no input, its output never shares an input batch's buffers (an
   * aggregate reduces batches to state): below it, a batch is dead as soon as `push` returns.
   */
  readonly drainsInput?: boolean;
}

/** An operator that maps each batch to at most one batch and holds no state between batches. */
export function mapOperator(map: (batch: RecordBatch) => RecordBatch | null): Operator {
  return {
    push: (batch) => {
      const out = map(batch);
      return out === null ? [] : [out];
    },
    finish: () => [],
    satisfied: false,
    keepsNoInput: true,
  };
}
