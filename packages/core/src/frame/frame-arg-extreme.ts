import type { Table, Vector } from "apache-arrow";
import type { ArgExtremeOptions } from "../kernels/aggregate/arg-extreme.js";
import { argExtremeByRow, rowWinnerPositions } from "../kernels/row-arg-extreme.js";
import { argExtremeByColumn, argExtremeFlat } from "../kernels/table-arg-extreme.js";
import { argOfTable } from "../ndarray/arrow.js";
import { normalizeAxis, readOptions } from "../ndarray/axis.js";
import type { OutArray } from "../ndarray/out.js";
import { indexTable, indexVector } from "../types/index-columns.js";
import { orderedKernelOf } from "../types/orderable.js";
import { operationName } from "./series-ops.js";

/** The axis of a frame arg-reduction: 0 down the columns, 1 across the rows, null flattened. */
export interface FrameArgOptions {
  /** 0 (per column), 1 (per row), negatives from the end, or null/absent (flattened, C order). */
  readonly axis?: number | null;
  /** Keep the reduced axes with length 1: the result is then a one-row or one-column table. */
  readonly keepdims?: boolean;
  /**
   * An integer typed array (or NDArray of one) of the result's shape to write the indices into;
   * the call then works exactly as the NumPy-style `argmin(df.toArrow(), options)` and returns it.
   */
  readonly out?: OutArray | null;
}

/** What a frame arg-reduction gives, before the frame layer wraps it. */
export type FrameArgResult =
  | { readonly kind: "scalar"; readonly index: number | null }
  | { readonly kind: "vector"; readonly indices: Vector }
  | { readonly kind: "table"; readonly table: Table }
  | { readonly kind: "out"; readonly out: OutArray };

/**
 * Arg-reduces a table seen as a rows × columns matrix, as NumPy would with `axis`, except that an
 * empty slice gives null rather than an error (one empty input never aborts a query). With
 * `out`, it is the NumPy-style reduction of the table, writing into `out`.
 * @param table - the frame's data
 * @param options - axis, keepdims and out, as the caller passed them
 * @param reduction - argmax and/or NaN skipping
 * @throws TypeError for an unknown option, a non-boolean keepdims, or a column without an order
 */
export function frameArgExtreme(table: Table, options: unknown, reduction: ArgExtremeOptions): FrameArgResult {
  const operation = operationName(reduction);
  const raw = readOptions(options, operation);
  const axis = normalizeAxis(raw.axis, 2, operation);
  for (const field of table.schema.fields) orderedKernelOf(field.name, field.type, operation);
  if (raw.out !== undefined) {
    const out = argOfTable(table, raw, { op: operation, max: reduction.max === true, skipNaN: reduction.skipNaN === true }) as OutArray;
    return { kind: "out", out };
  }
  const { keepdims } = raw;
  if (axis === null) {
    const index = argExtremeFlat(table, reduction);
    return keepdims ? { kind: "table", table: indexTable([[operation, [index]]], 1) } : { kind: "scalar", index };
  }
  if (axis === 0) {
    const indices = argExtremeByColumn(table, reduction);
    if (!keepdims) return { kind: "vector", indices: indexVector(indices) };
    return { kind: "table", table: indexTable(table.schema.fields.map((f, c) => [f.name, [indices[c]]]), 1) };
  }
  if (!keepdims) return { kind: "vector", indices: indexVector(rowWinnerPositions(table, reduction)) };
  const indices = argExtremeByRow(table, reduction);
  return { kind: "table", table: indexTable([[operation, indices]], indices.length) };
}
