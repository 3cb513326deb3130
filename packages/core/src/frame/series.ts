import type { DataType, Vector } from "apache-arrow";
import { columnArgExtreme, columnExtreme, valueAt } from "./series-ops.js";
import type { ToJsOptions } from "./to-js.js";
import { toJsOptions } from "./check-options.js";
import { integerArg } from "../validate/arguments.js";
import { seriesText } from "./display/series-text.js";

/**
 * One named column: an Arrow Vector of any number of chunks, with argmin and friends.
 * @example
 * const s = fromColumns({ x: [3, 1, 2] }).col("x");
 * s.argmin(); // 1
 */
export class Series {
  /**
   * @param name - the column's name
   * @param vector - its values
   */
  constructor(
    readonly name: string,
    readonly vector: Vector,
  ) {}

  /** Number of rows. */
  get length(): number {
    return this.vector.length;
  }

  /** The Arrow type of the values. */
  get type(): DataType {
    return this.vector.type;
  }

  /**
   * The row of the smallest value: nulls skipped, the first NaN wins, ties go to the first row.
   * @returns the row index, or null when the column holds no value
   * @example fromColumns({ x: [3, NaN, 1] }).col("x").argmin() // 1
   */
  argmin(): number | null {
    return columnArgExtreme(this.name, this.vector, {});
  }

  /**
   * The row of the largest value: nulls skipped, the first NaN wins, ties go to the first row.
   * @returns the row index, or null when the column holds no value
   */
  argmax(): number | null {
    return columnArgExtreme(this.name, this.vector, { max: true });
  }

  /**
   * The row of the smallest value, skipping NaN as well as nulls.
   * @returns the row index, or null when the column holds no value
   * @throws ValueError "All-NaN slice encountered" when the column holds only NaN (and nulls)
   */
  nanargmin(): number | null {
    return columnArgExtreme(this.name, this.vector, { skipNaN: true });
  }

  /**
   * The row of the largest value, skipping NaN as well as nulls.
   * @returns the row index, or null when the column holds no value
   * @throws ValueError "All-NaN slice encountered" when the column holds only NaN (and nulls)
   */
  nanargmax(): number | null {
    return columnArgExtreme(this.name, this.vector, { max: true, skipNaN: true });
  }

  /**
   * The smallest value (the value at `argmin()`), or null when there is none.
   * @param options - `{ bigint: true }` to get 64-bit integers as bigint
   */
  min(options: ToJsOptions = {}): unknown {
    return columnExtreme(this.name, this.vector, false, toJsOptions(options, "min"));
  }

  /**
   * The largest value (the value at `argmax()`), or null when there is none.
   * @param options - `{ bigint: true }` to get 64-bit integers as bigint
   */
  max(options: ToJsOptions = {}): unknown {
    return columnExtreme(this.name, this.vector, true, toJsOptions(options, "max"));
  }

  /**
   * The value at a row as a JS value.
   * @param options - `{ bigint: true }` to get 64-bit integers as bigint
   */
  get(index: number, options: ToJsOptions = {}): unknown {
    integerArg(index, "get", "index", -Infinity);
    return valueAt(this.name, this.vector, index, toJsOptions(options, "get"));
  }

  /** The first `n` values. */
  head(n = 10): Series {
    return new Series(this.name, this.vector.slice(0, Math.max(0, n)));
  }

  /** The last `n` values. */
  tail(n = 10): Series {
    return new Series(this.name, this.vector.slice(Math.max(0, this.length - Math.max(0, n))));
  }

  /** The column as text, as Polars prints a Series: length, name, type, values (elided past `maxRows`). */
  toString(maxRows = 10): string {
    return seriesText(this.name, this.vector, maxRows);
  }

  /** What `console.log(series)` prints in Node: see {@link Series.toString}. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  /**
   * All values as JS values; 64-bit integers as numbers unless `{ bigint: true }`.
   * @throws RangeError when a 64-bit integer does not fit a number exactly
   */
  toArray(options: ToJsOptions = {}): unknown[] {
    const checked = toJsOptions(options, "toArray");
    return Array.from({ length: this.length }, (_, i) => valueAt(this.name, this.vector, i, checked));
  }
}
