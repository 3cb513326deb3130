import type { Vector } from "apache-arrow";
import { type ArgExtremeOptions, argExtremeOfVector } from "../kernels/aggregate/arg-extreme.js";
import { orderedKernelOf } from "../types/orderable.js";
import { type ToJsOptions, toJsValue } from "./to-js.js";

/** The name of the operation an option set asks for, for messages. */
export function operationName(options: ArgExtremeOptions): string {
  return `${options.skipNaN ? "nan" : ""}arg${options.max ? "max" : "min"}`;
}

/**
 * The first index of a named column's extreme; null for a column with no value (or no rows).
 * @throws TypeError naming the column and its type when the type has no order
 */
export function columnArgExtreme(name: string, vector: Vector, options: ArgExtremeOptions): number | null {
  orderedKernelOf(name, vector.type, operationName(options));
  return argExtremeOfVector(vector, options);
}

/**
 * The smallest (or largest) value of a named column, as a JS value; NaN propagates as in argmin.
 * @returns null for a column with no value
 */
export function columnExtreme(name: string, vector: Vector, max: boolean, options: ToJsOptions): unknown {
  const index = columnArgExtreme(name, vector, { max });
  return index === null ? null : valueAt(name, vector, index, options);
}

/** Row `index` of a named column as a JS value. */
export function valueAt(name: string, vector: Vector, index: number, options: ToJsOptions): unknown {
  if (!Number.isInteger(index) || index < 0 || index >= vector.length) {
    throw new RangeError(`row ${index} is out of range for column "${name}" of ${vector.length} rows`);
  }
  return toJsValue(vector.get(index), options, () => `column "${name}" row ${index}`);
}
