const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 24, right: 10, bottom: 24, left: 10 };
const SVG = "http://www.w3.org/2000/svg";

/**
 * A histogram of a column's values as SVG, its argmin marked with a line and its row.
 * @param values - the column (nulls and NaN are left out of the bars)
 * @param argmin - the argmin's row position, or null for a column without values
 * @param bins - how many bars
 * @returns the chart
 */
export function histogram(values: readonly (number | null)[], argmin: number | null, bins = 40): SVGSVGElement {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of finite) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const width = hi > lo ? (hi - lo) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of finite) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
  const top = Math.max(1, ...counts);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (v: number): number => MARGIN.left + (hi > lo ? ((v - lo) / (hi - lo)) * plotWidth : plotWidth / 2);
  const svg = element("svg", { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img" });
  counts.forEach((count, i) => {
    const h = (count / top) * plotHeight;
    svg.append(element("rect", { class: "bar", x: MARGIN.left + (i * plotWidth) / bins, y: MARGIN.top + plotHeight - h, width: Math.max(1, plotWidth / bins - 1), height: h }));
  });
  svg.append(label(MARGIN.left, HEIGHT - 6, String(lo === Infinity ? "" : lo), "start"), label(WIDTH - MARGIN.right, HEIGHT - 6, String(hi === -Infinity ? "" : hi), "end"));
  if (argmin !== null) {
    const value = values[argmin];
    const at = value !== null && Number.isFinite(value) ? x(value) : MARGIN.left;
    svg.append(element("line", { class: "mark", x1: at, x2: at, y1: MARGIN.top - 4, y2: MARGIN.top + plotHeight }));
    svg.append(label(at + 4, MARGIN.top - 8, `argmin: row ${argmin} (${value})`, "start"));
  }
  return svg;
}

function label(x: number, y: number, text: string, anchor: "start" | "end"): SVGElement {
  const node = element("text", { x, y, "text-anchor": anchor });
  node.textContent = text;
  return node;
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}
