import type { RecordBatch } from "apache-arrow";
import type { Operator } from "../operator.js";

/** Skips `offset` rows, then passes `length` rows (all the rest when null) and is satisfied. */
export function sliceOperator(offset: number, length: number | null): Operator {
  let skip = offset;
  let remaining = length ?? Infinity;
  return {
    get satisfied() {
      return remaining <= 0;
    },
    push(batch: RecordBatch): RecordBatch[] {
      if (remaining <= 0) return [];
      if (skip >= batch.numRows) {
        skip -= batch.numRows;
        return [];
      }
      const end = Math.min(batch.numRows, skip + remaining);
      const kept = skip === 0 && end === batch.numRows ? batch : batch.slice(skip, end);
      skip = 0;
      remaining -= kept.numRows;
      return kept.numRows > 0 ? [kept] : [];
    },
    finish: () => [],
    keepsNoInput: true,
  };
}
