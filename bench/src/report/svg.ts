import type { Result } from "../system.js";
import { byScenario, verdict } from "./rows.js";

/*
 * A horizontal bar chart of ns per element, one group of bars per scenario. The axis is
 * logarithmic because the systems span several orders of magnitude (a statistics-pruned DuckDB
 * query next to an interpreted Arquero filter); a linear axis would flatten every fast bar to nothing.
 * Each scenario has an axis of its own: a whole-process time per value (S5) or a group-by over
 * strings (S6) would otherwise squeeze the single-column scans into a corner of a shared axis.
 */

const WIDTH = 1100;
const LABEL_WIDTH = 480;
const BAR_LEFT = LABEL_WIDTH + 10;
const BAR_WIDTH = 470;
const ROW_HEIGHT = 20;
const HEADING_HEIGHT = 30;
const AXIS_HEIGHT = 18;
const TOP = 56;
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

/** Decades spanning every measured value of a scenario's results. */
function decades(results: readonly Result[]): { low: number; high: number } {
  const values = results.flatMap((r) => (r.nsPerElement !== null && r.nsPerElement > 0 ? [r.nsPerElement] : []));
  if (values.length === 0) return { low: -1, high: 1 };
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.ceil(Math.log10(Math.max(...values)));
  return { low, high: Math.max(high, low + 1) };
}

const decadeLabel = (d: number): string => (d >= 0 ? String(10 ** d) : (10 ** d).toFixed(-d));

const formatNs = (ns: number): string => (ns >= 10 ? ns.toFixed(0) : ns >= 1 ? ns.toFixed(1) : ns.toPrecision(2));

/** One scenario's rows: its heading, its axis (decades and grid lines), its bars. */
function scenarioBlock(scenario: string, group: readonly Result[], top: number): { svg: string[]; height: number } {
  const { low, high } = decades(group);
  const x = (ns: number): number => BAR_LEFT + ((Math.log10(ns) - low) / (high - low)) * BAR_WIDTH;
  const out: string[] = [`<text x="10" y="${top + 20}" font-size="14" font-weight="600">${escapeXml(scenario)}</text>`];
  const axisY = top + HEADING_HEIGHT;
  const barsTop = axisY + AXIS_HEIGHT;
  const bottom = barsTop + group.length * ROW_HEIGHT;
  for (let d = low; d <= high; d++) {
    const gx = x(10 ** d).toFixed(1);
    out.push(`<line x1="${gx}" y1="${barsTop - 4}" x2="${gx}" y2="${bottom}" stroke="#dee2e6"/>`);
    out.push(`<text x="${gx}" y="${barsTop - 6}" font-size="10" text-anchor="middle" fill="#495057">${decadeLabel(d)}</text>`);
  }
  group.forEach((r, i) => {
    const y = barsTop + i * ROW_HEIGHT;
    const mid = y + ROW_HEIGHT / 2;
    const label = truncate(`${r.system} · ${r.variant}`, LABEL_CHARS);
    out.push(`<text x="${LABEL_WIDTH}" y="${mid + 4}" font-size="11" text-anchor="end">${escapeXml(label)}</text>`);
    if (r.nsPerElement === null || r.nsPerElement <= 0) {
      out.push(`<text x="${BAR_LEFT}" y="${mid + 4}" font-size="11" fill="#868e96">${escapeXml(truncate(verdict(r), 80))}</text>`);
      return;
    }
    const end = Math.max(x(r.nsPerElement), BAR_LEFT + 1);
    const wrong = r.correct === false;
    const fill = wrong ? "#e03131" : (COLORS[r.system] ?? "#495057");
    const pattern = wrong ? ' fill-opacity="0.35" stroke="#e03131"' : "";
    out.push(`<rect x="${BAR_LEFT}" y="${y + 3}" width="${(end - BAR_LEFT).toFixed(1)}" height="${ROW_HEIGHT - 6}" fill="${fill}"${pattern}/>`);
    const value = wrong ? `${formatNs(r.nsPerElement)} ns — MISMATCH` : `${formatNs(r.nsPerElement)} ns`;
    out.push(`<text x="${(end + 5).toFixed(1)}" y="${mid + 4}" font-size="11">${escapeXml(value)}</text>`);
  });
  return { svg: out, height: bottom - top };
}

/** The chart as a standalone SVG document. */
export function renderSvg(results: readonly Result[], title: string): string {
  const body: string[] = [];
  let y = TOP;
  for (const [scenario, group] of byScenario(results)) {
    const block = scenarioBlock(scenario, group, y);
    body.push(...block.svg);
    y += block.height;
  }
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ${FONT}>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="24" font-size="16" font-weight="700">${escapeXml(title)}</text>`,
    `<text x="10" y="44" font-size="11" fill="#495057">ns per element, log scale, each scenario on its own axis (shorter is faster)</text>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}
