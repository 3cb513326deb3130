import type { Table, Vector } from "apache-arrow";
import { dtypeName, isNumberType } from "./dtype-name.js";
import { formatCell } from "./format-cell.js";

/** How much of a frame a printed table shows. */
export interface TableTextOptions {
  /** Rows shown before the middle is elided as "…" (default 10: the first 5 and the last 5). */
  readonly maxRows?: number;
  /** Columns shown before the middle is elided as "…" (default 8). */
  readonly maxColumns?: number;
}

/**
 * A frame as a boxed text table, as Polars prints one: the shape, then each column's name and
 * type, then the rows — the first and last ones with "…" between when there are too many, and
 * likewise for columns. Numbers are right-aligned, strings quoted and cut when long.
 * @param table - the data
 * @param options - how many rows and columns to show
 * @example
 * // shape: (2, 2)
 * // ┌─────┬─────┐
 * // │ x   ┆ s   │
 * // │ --- ┆ --- │
 * // │ f64 ┆ str │
 * // ╞═════╪═════╡
 * // │ 1.0 ┆ "a" │
 * // │ 2.5 ┆ "b" │
 * // └─────┴─────┘
 */
export function tableText(table: Table, options: TableTextOptions = {}): string {
  const maxRows = Math.max(options.maxRows ?? 10, 2);
  const maxColumns = Math.max(options.maxColumns ?? 8, 2);
  const fields = table.schema.fields;
  const columnSlots = elide(fields.length, maxColumns);
  const rowSlots = elide(table.numRows, maxRows);
  const columns = columnSlots.map((c) => {
    if (c === null) return { header: ["…", "", ""], cells: rowSlots.map(() => "…"), right: false };
    const vector = table.getChildAt(c)! as Vector;
    const cells = rowSlots.map((r) => (r === null ? "…" : formatCell(vector, r)));
    return { header: [fields[c].name, "---", dtypeName(fields[c].type)], cells, right: isNumberType(fields[c].type) };
  });
  const widths = columns.map((c) => Math.max(...[...c.header, ...c.cells].map(textWidth)));
  const rule = (left: string, fill: string, cross: string, right: string) => left + widths.map((w) => fill.repeat(w + 2)).join(cross) + right;
  const line = (cells: string[], right: (c: number) => boolean) =>
    `│${cells.map((text, c) => ` ${pad(text, widths[c], right(c))} `).join("┆")}│`;
  const lines = [`shape: (${table.numRows}, ${fields.length})`, rule("┌", "─", "┬", "┐")];
  for (let h = 0; h < 3; h++) lines.push(line(columns.map((c) => c.header[h]), () => false));
  lines.push(rule("╞", "═", "╪", "╡"));
  rowSlots.forEach((_, r) => lines.push(line(columns.map((c) => c.cells[r]), (c) => columns[c].right && columns[c].cells[r] !== "…")));
  lines.push(rule("└", "─", "┴", "┘"));
  return lines.join("\n");
}

/**
 * The positions shown out of `count`: all when they fit, else the first half and the last half
 * around a null marking the elided middle.
 */
export function elide(count: number, max: number): (number | null)[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= max) return all;
  const head = Math.ceil(max / 2);
  const tail = Math.floor(max / 2);
  return [...all.slice(0, head), null, ...all.slice(count - tail)];
}

/** Width in code points (an astral character is one). */
export function textWidth(text: string): number {
  return Array.from(text).length;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(width - textWidth(text));
  return right ? fill + text : text + fill;
}
