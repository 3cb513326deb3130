/**
 * The aggregates over the values one argument takes on a list of rows (a whole frame or one
 * group), from the lazy-query rules:
 * - over zero rows every aggregate is null, except `count`, which is 0;
 * - `count` counts non-null values; `sum` of no values is null (SQL); integer and Bool sums are
 *   exact and wrap to Int64; float sums are exact and rounded once (see float-sum.ts);
 * - `mean` is Float64: the sum as a double divided by the count;
 * - `min` / `max` are the values at `argmin` / `argmax`, so NaN propagates and nulls are skipped;
 * - the arg-reductions are positions among these rows (Int64), by `refArgReduce`;
 * - `first` / `last` are the first / last row's own value, null included;
 * - `minBy(x, by)` / `maxBy(x, by)` and `get(x, index)` give x at a position: by's argmin /
 *   argmax, or the index (negative counting from the end); a missing position gives null.
 */
import type { Cell } from "../cell.js";
import { refArgReduce } from "../reduce.js";
import { exactFloatSum } from "./float-sum.js";
import type { RefAggregateFunction, RefType } from "./query.js";

/**
 * Reduces the values of an aggregate's first argument.
 * @param fn - the aggregate (not `minBy`, `maxBy` or `get`, which need a position: see valueAt)
 * @param values - the argument's value in each row, in row order
 * @param type - the argument's type
 * @returns the aggregate's value
 * @throws ValueError from nanargmin / nanargmax on values that are all NaN
 * @example reduceValues("sum", [1, null, 2], "int32") // 3n
 */
export function reduceValues(fn: RefAggregateFunction, values: readonly Cell[], type: RefType): Cell {
  const present = values.filter((v) => v !== null);
  switch (fn) {
    case "count":
      return BigInt(present.length);
    case "sum":
      if (present.length === 0) return null;
      return type === "float64" ? exactFloatSum(present as number[]) : BigInt.asIntN(64, exactIntegerSum(present));
    case "mean":
      if (present.length === 0) return null;
      return (type === "float64" ? exactFloatSum(present as number[]) : Number(exactIntegerSum(present))) / present.length;
    case "min":
    case "max":
      return valueAt(values, refArgReduce(values, { max: fn === "max" }));
    case "argmin":
    case "argmax":
    case "nanargmin":
    case "nanargmax": {
      const index = refArgReduce(values, { max: fn.endsWith("max"), skipNaN: fn.startsWith("nan") });
      return index === null ? null : BigInt(index);
    }
    case "first":
      return valueAt(values, 0);
    case "last":
      return valueAt(values, -1);
    default:
      throw new TypeError(`${fn} needs a position; use valueAt`);
  }
}

/**
 * The value at a position of a list of rows.
 * @param values - the values, in row order
 * @param position - a position, negative counting from the end, or null
 * @returns the value there (null included), or null when the position is null or outside
 * @example valueAt([1, 2, 3], -1) // 3
 */
export function valueAt(values: readonly Cell[], position: number | bigint | null): Cell {
  if (position === null) return null;
  const p = Number(position) < 0 ? values.length + Number(position) : Number(position);
  return p >= 0 && p < values.length ? values[p] : null;
}

/** The exact sum of integers (numbers or bigints) and booleans (true is 1). */
function exactIntegerSum(values: readonly Cell[]): bigint {
  return values.reduce<bigint>((sum, v) => sum + (typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v as number | bigint)), 0n);
}
