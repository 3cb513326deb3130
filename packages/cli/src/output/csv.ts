import type { DataFrame } from "@quiver/core";
import { rowsOf, valueText } from "./values.js";

/**
 * A frame as CSV (RFC 4180): a header line, then one line per row; null is an empty field, and a
 * field holding a comma, quote or line break is quoted.
 * @param df - the frame
 * @returns the CSV text
 */
export function formatCsv(df: DataFrame): string {
  const names = df.columns;
  const lines = [names.map(field), ...rowsOf(df).map((row) => names.map((n) => (row[n] === null ? "" : field(valueText(row[n])))))];
  return lines.map((cells) => cells.join(",")).join("\n") + "\n";
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
