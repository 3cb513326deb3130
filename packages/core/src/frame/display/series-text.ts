import type { Vector } from "apache-arrow";
import { dtypeName } from "./dtype-name.js";
import { formatCell } from "./format-cell.js";
import { elide } from "./table-text.js";

/**
 * A column as text, as Polars prints a Series: its length, name and type, then its values — the
 * first and last ones with "…" between when there are more than `maxRows`.
 * @param name - the column's name
 * @param vector - its values
 * @param maxRows - values shown before the middle is elided (default 10)
 * @example
 * // shape: (2,)
 * // Series: 'x' [f64]
 * // [
 * //   1.0
 * //   2.5
 * // ]
 */
export function seriesText(name: string, vector: Vector, maxRows = 10): string {
  const values = elide(vector.length, Math.max(maxRows, 2)).map((r) => `  ${r === null ? "…" : formatCell(vector, r)}`);
  return [`shape: (${vector.length},)`, `Series: '${name}' [${dtypeName(vector.type)}]`, "[", ...values, "]"].join("\n");
}
