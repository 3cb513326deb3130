import type { DataFrame } from "@quiver/core";
import { rowsOf, valueText } from "./values.js";

const MAX_CELL = 40;

/**
 * A frame as an aligned text table: a header of names, a row of types, then the rows; numbers
 * aligned right, long cells cut with an ellipsis.
 * @param df - the frame
 * @returns the table, ending with a newline
 */
export function formatTable(df: DataFrame): string {
  const fields = df.schema.fields;
  const rows = rowsOf(df).map((row) => fields.map((f) => cut(valueText(row[f.name]))));
  const numeric = fields.map((f) => /^(Int|Uint|Float|Decimal)/.test(String(f.type)));
  const head = [fields.map((f) => f.name), fields.map((f) => String(f.type))];
  const widths = fields.map((_, c) => Math.max(...[...head, ...rows].map((r) => r[c].length)));
  const line = (cells: string[], align: boolean) => cells.map((cell, c) => (align && numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [...head.map((r) => line(r, false)), rule, ...rows.map((r) => line(r, true)), `(${df.height} ${df.height === 1 ? "row" : "rows"})`].join("\n") + "\n";
}

function cut(text: string): string {
  const single = text.replace(/\n/g, "\\n");
  return single.length > MAX_CELL ? `${single.slice(0, MAX_CELL - 1)}…` : single;
}
