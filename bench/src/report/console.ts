import type { Result } from "../system.js";
import { byScenario, type DisplayRow, displayRows, hasPeakRss } from "./rows.js";

const COLUMNS: readonly { title: string; key: keyof DisplayRow; right: boolean }[] = [
  { title: "system", key: "system", right: false },
  { title: "median ms", key: "medianMs", right: true },
  { title: "min ms", key: "minMs", right: true },
  { title: "ns/elem", key: "nsPerElement", right: true },
  { title: "quiver/it", key: "ratio", right: true },
  { title: "peak MB", key: "peakRssMb", right: true },
  { title: "correct", key: "correct", right: false },
  { title: "variant", key: "variant", right: false },
];

/** A plain-text table per scenario, aligned for a terminal; why a system was skipped is logged as it happens. */
export function formatConsoleTable(results: readonly Result[]): string {
  const blocks: string[] = [];
  for (const [scenario, group] of byScenario(results)) {
    const rows = displayRows(group, { brief: true });
    const columns = COLUMNS.filter((c) => c.key !== "peakRssMb" || hasPeakRss(group));
    const widths = columns.map((c) => Math.max(c.title.length, ...rows.map((r) => r[c.key].length)));
    const line = (cells: readonly string[]): string =>
      cells
        .map((cell, i) => (columns[i].right ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd();
    blocks.push(
      [
        `${scenario}  (n = ${group[0].n.toLocaleString("en-US")} values)`,
        line(columns.map((c) => c.title)),
        line(widths.map((w) => "-".repeat(w))),
        ...rows.map((r) => line(columns.map((c) => r[c.key]))),
      ].join("\n"),
    );
  }
  return blocks.join("\n\n");
}
