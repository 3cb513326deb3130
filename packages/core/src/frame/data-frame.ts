import type { Schema, Table } from "apache-arrow";
import type { ArgExtremeOptions } from "../kernels/aggregate/arg-extreme.js";
import { columnIndex } from "../types/column-lookup.js";
import { type FrameArgOptions, frameArgExtreme } from "./frame-arg-extreme.js";
import { Series } from "./series.js";
import { operationName, valueAt } from "./series-ops.js";
import type { ToJsOptions } from "./to-js.js";

/**
 * An eager table of named columns over an Arrow Table.
 * @example
 * const df = fromColumns({ a: [6, 5], b: [3, 2], c: [8, 9] });
 * df.argmin();              // 4
 * df.argmin({ axis: 0 });   // Series [1, 1, 0]
 */
export class DataFrame {
  /** @param table - the Arrow data; never copied */
  constructor(readonly table: Table) {}

  /** The Arrow schema. */
  get schema(): Schema {
    return this.table.schema;
  }

  /** Column names, in order. */
  get columns(): string[] {
    return this.table.schema.fields.map((f) => f.name);
  }

  /** Number of rows. */
  get height(): number {
    return this.table.numRows;
  }

  /** Number of columns. */
  get width(): number {
    return this.table.numCols;
  }

  /**
   * One column by name.
   * @throws ColumnNotFoundError listing the columns and the closest name
   * @example df.col("delay").argmin()
   */
  col(name: string): Series {
    return new Series(name, this.table.getChildAt(columnIndex(this.schema, name))!);
  }

  /**
   * The position of the smallest value: flattened (`row * width + col`) by default, per column
   * with `axis: 0`, per row (the column's position) with `axis: 1`. Nulls are skipped, the first
   * NaN wins, ties go to the first position, and an empty slice gives null.
   * @returns a number (or null), a Series of Int64 indices for an axis, a one-row/one-column
   *   DataFrame with `keepdims`
   * @example fromColumns({ a: [6, 5], b: [3, 2] }).argmin({ axis: 1 }).toArray() // [1, 1]
   */
  argmin(options?: FlatOptions): number | null;
  argmin(options: AxisOptions): Series;
  argmin(options: KeepdimsOptions): DataFrame;
  argmin(options: FrameArgOptions = {}): number | null | Series | DataFrame {
    return this.reduce(options, {});
  }

  /** Like {@link DataFrame.argmin}, for the largest value. */
  argmax(options?: FlatOptions): number | null;
  argmax(options: AxisOptions): Series;
  argmax(options: KeepdimsOptions): DataFrame;
  argmax(options: FrameArgOptions = {}): number | null | Series | DataFrame {
    return this.reduce(options, { max: true });
  }

  /** Like {@link DataFrame.argmin}, skipping NaN; an all-NaN slice throws ValueError. */
  nanargmin(options?: FlatOptions): number | null;
  nanargmin(options: AxisOptions): Series;
  nanargmin(options: KeepdimsOptions): DataFrame;
  nanargmin(options: FrameArgOptions = {}): number | null | Series | DataFrame {
    return this.reduce(options, { skipNaN: true });
  }

  /** Like {@link DataFrame.argmax}, skipping NaN; an all-NaN slice throws ValueError. */
  nanargmax(options?: FlatOptions): number | null;
  nanargmax(options: AxisOptions): Series;
  nanargmax(options: KeepdimsOptions): DataFrame;
  nanargmax(options: FrameArgOptions = {}): number | null | Series | DataFrame {
    return this.reduce(options, { max: true, skipNaN: true });
  }

  /**
   * One row as an object of JS values (64-bit integers as numbers unless `{ bigint: true }`).
   * @example df.row(df.col("delay").argmin()!)
   */
  row(index: number, options: ToJsOptions = {}): Record<string, unknown> {
    return Object.fromEntries(this.columns.map((name, c) => [name, valueAt(name, this.table.getChildAt(c)!, index, options)]));
  }

  /** The first `n` rows (all when fewer). */
  head(n = 5): DataFrame {
    return new DataFrame(this.table.slice(0, Math.max(0, n)));
  }

  /** The underlying Arrow Table. */
  toArrow(): Table {
    return this.table;
  }

  private reduce(options: FrameArgOptions, reduction: ArgExtremeOptions): number | null | Series | DataFrame {
    const result = frameArgExtreme(this.table, options, reduction);
    if (result.kind === "scalar") return result.index;
    if (result.kind === "table") return new DataFrame(result.table);
    return new Series(operationName(reduction), result.indices);
  }
}

/** Flattened reduction: a single index. */
export interface FlatOptions extends FrameArgOptions {
  readonly axis?: null;
  readonly keepdims?: false;
}

/** Reduction along one axis: a Series of indices. */
export interface AxisOptions extends FrameArgOptions {
  readonly axis: number;
  readonly keepdims?: false;
}

/** Reduction keeping dimensions: a one-row or one-column DataFrame. */
export interface KeepdimsOptions extends FrameArgOptions {
  readonly keepdims: true;
}
