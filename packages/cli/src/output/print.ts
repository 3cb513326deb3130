import type { DataFrame } from "@quiver/core";
import { formatCsv } from "./csv.js";
import { jsonText, rowsOf } from "./values.js";

/** How an answer is printed: a table for people, JSON or CSV for scripts. */
export type OutputMode = "table" | "json" | "csv";

/**
 * The output mode the flags ask for.
 * @param flags - the parsed `--json` and `--csv` flags
 */
export function outputMode(flags: { json?: boolean; csv?: boolean }): OutputMode {
  return flags.json ? "json" : flags.csv ? "csv" : "table";
}

/**
 * A frame as text in a mode: the frame's own table printing (every row and column, as the
 * command asked for them), a JSON array of row objects, or CSV.
 * @param df - the frame
 * @param mode - the output mode
 * @returns the text, ending with a newline
 */
export function formatFrame(df: DataFrame, mode: OutputMode): string {
  if (mode === "json") return `[${rowsOf(df).map(jsonText).join(",\n")}]\n`;
  if (mode === "csv") return formatCsv(df);
  return `${df.toString({ maxRows: df.height, maxColumns: df.width })}\n`;
}
