import type { DataType } from "apache-arrow";
import { type ArgKernel, argKernelFor } from "../kernels/arg-kernel.js";

/**
 * The arg-reduction kernel of a named column.
 * @throws TypeError naming the column, its type and the operation when the type has no order
 */
export function orderedKernelOf(column: string, type: DataType, operation: string): ArgKernel {
  try {
    return argKernelFor(type);
  } catch {
    throw new TypeError(
      `${operation} is not defined for column "${column}" of type ${String(type)}: its values have no order ` +
        `(only numbers, booleans, strings, binary, dates, times, timestamps, durations and decimals are ordered)`,
    );
  }
}
