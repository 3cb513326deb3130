/** Small helpers that make the demo's output readable. */

/** Runs `work`, returning its result and the milliseconds it took. */
export function timed<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

/** Formats milliseconds with a sensible precision. */
export function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** A heading for one part of the demo. */
export function heading(text: string): void {
  console.log(`\n${text}\n${"─".repeat(text.length)}`);
}

/** One labelled result line, with its timing when given. */
export function line(label: string, value: unknown, took?: number): void {
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  console.log(`  ${label.padEnd(38)} ${shown}${took === undefined ? "" : `   (${ms(took)})`}`);
}

/** Prints rows of objects as an aligned text table. */
export function table(rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]);
  const cells = rows.map((row) => keys.map((k) => format(row[k])));
  const widths = keys.map((k, c) => Math.max(k.length, ...cells.map((r) => r[c].length)));
  const render = (values: string[]) => `  ${values.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join("  ")}`;
  console.log(render(keys));
  console.log(render(widths.map((w) => "─".repeat(w))));
  for (const row of cells) console.log(render(row));
}

function format(value: unknown): string {
  if (typeof value === "number" && !Number.isInteger(value)) return value.toFixed(2);
  return String(value);
}
