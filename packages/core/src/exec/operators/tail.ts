import type { RecordBatch } from "apache-arrow";
import type { Operator } from "../operator.js";

/**
 * Keeps the last `n` rows and gives them when the input ends: the batches (or slices of them)
 * holding those rows are all it holds, so a stream of any length needs memory for `n` rows and
 * one batch.
 */
export function tailOperator(n: number): Operator {
  let kept: RecordBatch[] = [];
  let rows = 0;
  return {
    satisfied: false,
    push(batch: RecordBatch): RecordBatch[] {
      if (n === 0 || batch.numRows === 0) return [];
      kept.push(batch);
      rows += batch.numRows;
      while (rows - kept[0].numRows >= n) rows -= kept.shift()!.numRows;
      return [];
    },
    finish(): RecordBatch[] {
      if (rows > n) kept[0] = kept[0].slice(rows - n);
      const out = kept;
      kept = [];
      rows = 0;
      return out;
    },
  };
}
