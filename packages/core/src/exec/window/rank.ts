/**
 * rank: each value's rank from 1 among all rows of its input (or partition), ordered as sort
 * orders (NaN above every number, descending on request); nulls get a null rank and take no rank.
 * Ties: "ordinal" ranks them by position, "min" / "max" give all of them the lowest / highest of
 * their ordinal ranks, "dense" the next consecutive integer, "average" the mean (Float64).
 */
import { type DataType, Float64 } from "apache-arrow";
import { sortIndices } from "../../kernels/sort/sort-indices.js";
import { materialize } from "../eval/operand.js";
import { positionsData, ValueColumn, type WindowKernel } from "./kernel.js";
import { isNaNValue, orderingOf } from "./ordered.js";

/** How tied values rank. */
export type RankMethod = "average" | "ordinal" | "dense" | "min" | "max";

/**
 * A rank kernel; it holds no state, as it sees a whole input (or partition) per run.
 * @param type - the values' type
 * @param method - the tie rule
 * @param descending - rank the largest first
 * @returns the kernel
 */
export function rank(type: DataType, method: RankMethod, descending: boolean): WindowKernel {
  const ordering = orderingOf(type);
  return {
    run(operands, rows) {
      const data = materialize(operands[0], rows);
      const batch = ordering.read(data);
      const order = sortIndices([data], [{ descending, nullsLast: true }]);
      const tied = (a: number, b: number) => {
        const x = batch.value(a);
        const y = batch.value(b);
        return isNaNValue(x) ? isNaNValue(y) : !isNaNValue(y) && !ordering.less(x, y) && !ordering.less(y, x);
      };
      const ranks = new Float64Array(rows).fill(-1);
      let dense = 0;
      for (let start = 0; start < rows && batch.valid(order[start]); ) {
        let end = start + 1;
        while (end < rows && batch.valid(order[end]) && tied(order[start], order[end])) end++;
        dense++;
        for (let k = start; k < end; k++) {
          ranks[order[k]] = method === "ordinal" ? k + 1 : method === "min" ? start + 1 : method === "max" ? end : method === "dense" ? dense : (start + 1 + end) / 2;
        }
        start = end;
      }
      if (method !== "average") return positionsData(ranks);
      const out = new ValueColumn(new Float64(), rows);
      ranks.forEach((r, i) => r >= 0 && out.set(i, r));
      return out.finish();
    },
    reset() {},
  };
}
