/**
 * A section's operators run on one thread — a worker's for a morsel, or the calling thread's for
 * the batches it keeps — counting the rows that enter each one, so that a run elsewhere can number
 * its row errors as if every earlier row had gone through the same operators.
 */
import type { RecordBatch } from "apache-arrow";
import type { Operator } from "../operator.js";
import type { GlobalFold, GroupFold } from "../operators/aggregate-folds.js";
import { pipelineOf } from "../pipeline.js";
import { atRow, numberingRows } from "../row-error.js";
import type { PlanNode } from "../../plan/nodes.js";

/**
 * The operators of a section's row-wise part, then its fold (when given) as one more operator,
 * each numbering row errors from the given count of rows that entered it before.
 * @param rows - the top of the section's row-wise part (its last step, or the scan)
 * @param fold - the fold the rows go into, or null
 * @param before - per operator, the rows that entered it earlier (elsewhere); zeros for none
 */
export function chainOf(rows: PlanNode, fold: GlobalFold | GroupFold | null, before: readonly number[] = []): Operator[] {
  const operators = pipelineOf(rows, noConcat).operators.slice();
  if (fold !== null) operators.push(numberingRows(foldOperator(fold)));
  return operators.map((op, j) => (before[j] ? startingAt(op, before[j]) : op));
}

/**
 * Pushes a batch through a chain, adding to `rowsIn[j]` the rows that entered operator j.
 * @returns what comes out of the last operator
 */
export function pushCounting(chain: readonly Operator[], batch: RecordBatch, rowsIn: number[]): RecordBatch[] {
  let current = [batch];
  chain.forEach((op, j) => {
    rowsIn[j] = (rowsIn[j] ?? 0) + current.reduce((n, b) => n + b.numRows, 0);
    current = current.flatMap((b) => op.push(b));
  });
  return current;
}

/** Adds the counts of `more` to `into`, operator by operator. */
export function addCounts(into: number[], more: readonly number[]): void {
  more.forEach((n, j) => (into[j] = (into[j] ?? 0) + n));
}

/** A section holds no concat: its steps go straight down to one scan (see section.ts). */
function noConcat(): never {
  throw new Error("a section's row-wise part has no concat");
}

function foldOperator(fold: GlobalFold | GroupFold): Operator {
  return {
    push(batch) {
      fold.push(batch);
      return [];
    },
    finish: () => [],
    satisfied: false,
  };
}

function startingAt(op: Operator, rowsBefore: number): Operator {
  return {
    push: (batch) => atRow(rowsBefore, () => op.push(batch)),
    finish: () => op.finish(),
    get satisfied() {
      return op.satisfied;
    },
  };
}
