import type { Result } from "../system.js";
import { byScenario, verdict } from "./rows.js";

/*
 * A horizontal bar chart of ns per element, one group of bars per scenario. The axis is
 * logarithmic because the systems span several orders of magnitude (a statistics-pruned DuckDB
 * query next to an interpreted Arquero filter); a linear axis would flatten every fast bar to nothing.
 */

const WIDTH = 1100;
const LABEL_WIDTH = 480;
const BAR_LEFT = LABEL_WIDTH + 10;
const BAR_WIDTH = 470;
const ROW_HEIGHT = 20;
const HEADING_HEIGHT = 30;
const AXIS_HEIGHT = 28;
const FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\"";
const LABEL_CHARS = 80;

const COLORS: Record<string, string> = {
  quiver: "#d9480f",
  "plain-loop": "#868e96",
  polars: "#1c7ed6",
  duckdb: "#f59f00",
  arquero: "#7048e8",
  numpy: "#2b8a3e",
};

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Decades spanning every measured value, so bars of all scenarios share one axis. */
function decades(results: readonly Result[]): { low: number; high: number } {
  const values = results.flatMap((r) => (r.nsPerElement !== null && r.nsPerElement > 0 ? [r.nsPerElement] : []));
  if (values.length === 0) return { low: -1, high: 1 };
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.ceil(Math.log10(Math.max(...values)));
  return { low, high: Math.max(high, low + 1) };
}

const decadeLabel = (d: number): string => (d >= 0 ? String(10 ** d) : (10 ** d).toFixed(-d));

const formatNs = (ns: number): string => (ns >= 10 ? ns.toFixed(0) : ns >= 1 ? ns.toFixed(1) : ns.toPrecision(2));

/** The chart as a standalone SVG document. */
export function renderSvg(results: readonly Result[], title: string): string {
  const { low, high } = decades(results);
  const x = (ns: number): number => BAR_LEFT + ((Math.log10(ns) - low) / (high - low)) * BAR_WIDTH;
  const groups = [...byScenario(results)];
  const height = 40 + AXIS_HEIGHT + groups.reduce((h, [, g]) => h + HEADING_HEIGHT + g.length * ROW_HEIGHT, 0) + 10;
  const body: string[] = [];
  let y = 40 + AXIS_HEIGHT;
  for (const [scenario, group] of groups) {
    body.push(`<text x="10" y="${y + 20}" font-size="14" font-weight="600">${escapeXml(scenario)}</text>`);
    y += HEADING_HEIGHT;
    for (const r of group) {
      const label = truncate(`${r.system} · ${r.variant}`, LABEL_CHARS);
      const mid = y + ROW_HEIGHT / 2;
      body.push(`<text x="${LABEL_WIDTH}" y="${mid + 4}" font-size="11" text-anchor="end">${escapeXml(label)}</text>`);
      if (r.nsPerElement === null || r.nsPerElement <= 0) {
        body.push(`<text x="${BAR_LEFT}" y="${mid + 4}" font-size="11" fill="#868e96">${escapeXml(truncate(verdict(r), 80))}</text>`);
      } else {
        const end = Math.max(x(r.nsPerElement), BAR_LEFT + 1);
        const wrong = r.correct === false;
        const fill = wrong ? "#e03131" : (COLORS[r.system] ?? "#495057");
        const pattern = wrong ? ' fill-opacity="0.35" stroke="#e03131"' : "";
        body.push(`<rect x="${BAR_LEFT}" y="${y + 3}" width="${(end - BAR_LEFT).toFixed(1)}" height="${ROW_HEIGHT - 6}" fill="${fill}"${pattern}/>`);
        const value = wrong ? `${formatNs(r.nsPerElement)} ns — MISMATCH` : `${formatNs(r.nsPerElement)} ns`;
        body.push(`<text x="${(end + 5).toFixed(1)}" y="${mid + 4}" font-size="11">${escapeXml(value)}</text>`);
      }
      y += ROW_HEIGHT;
    }
  }
  const axis: string[] = [];
  for (let d = low; d <= high; d++) {
    const gx = x(10 ** d).toFixed(1);
    axis.push(`<line x1="${gx}" y1="${40 + AXIS_HEIGHT - 6}" x2="${gx}" y2="${height - 10}" stroke="#dee2e6"/>`);
    axis.push(`<text x="${gx}" y="${40 + AXIS_HEIGHT - 10}" font-size="11" text-anchor="middle" fill="#495057">${decadeLabel(d)}</text>`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ${FONT}>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="24" font-size="16" font-weight="700">${escapeXml(title)}</text>`,
    `<text x="${BAR_LEFT}" y="${40 + AXIS_HEIGHT - 26}" font-size="11" fill="#495057">ns per element, log scale (shorter is faster)</text>`,
    ...axis,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}
