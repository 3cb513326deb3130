/**
 * The page: opens a dropped or bundled file with Quiver and shows its schema, first rows, the
 * argmin and argmax of every orderable column with the winning rows, a histogram, a group-by
 * argmin and the plan of the query. `document.body.dataset.state` is "busy" while it works, then
 * "done" or "error".
 */
import { argminKernels, col, isOrderable, type LazyFrame } from "@quiver/core";
import { Type } from "apache-arrow";
import flightsCsv from "vega-datasets/data/flights-airport.csv?url";
import flights200k from "vega-datasets/data/flights-200k.arrow?url";
import flights3m from "vega-datasets/data/flights-3m.parquet?url";
import { type Extremes, extremesQuery, findExtremes, POSITION, rowsAt } from "./extremes.js";
import { groupArgminQuery } from "./group-argmin.js";
import { histogram } from "./histogram.js";
import { scanFile } from "./open-file.js";
import { format, setOptions, table } from "./render.js";

const DATASETS: Readonly<Record<string, string>> = {
  "flights-200k.arrow": flights200k,
  "flights-3m.parquet": flights3m,
  "flights-airport.csv": flightsCsv,
};

const $ = <E extends HTMLElement>(id: string): E => document.getElementById(id) as E;
const progress = $<HTMLProgressElement>("progress");
const status = $<HTMLParagraphElement>("status");

/** The file shown now: its scan, and its extremes for the histogram's mark. */
let shown: { lf: LazyFrame; extremes: Extremes[] } | undefined;

async function show(file: File): Promise<void> {
  $("results").hidden = true;
  say(`Reading ${file.name} (${(file.size / 1e6).toFixed(1)} MB)…`);
  const lf = scanFile(file);
  const schema = await lf.collectSchema();
  const orderable = schema.fields.filter((f) => isOrderable(f.type)).map((f) => f.name);
  $("schema").replaceChildren(table(["column", "type", "nullable"], schema.fields.map((f) => [f.name, String(f.type), f.nullable])));
  const head = await lf.head(10).collect();
  const typeOf = (name: string) => schema.fields.find((f) => f.name === name)?.type;
  $("preview").replaceChildren(table(head.columns, head.rows(), head.columns.map(typeOf)));

  progress.hidden = false;
  progress.value = 0;
  const started = performance.now();
  const extremes = await findExtremes(lf, orderable, (bytes) => (progress.value = Math.min(1, bytes / file.size)));
  progress.value = 1;
  const rows = await rowsAt(lf, extremes.flatMap((e) => [e.argmin, e.argmax]).filter((p): p is number => p !== null));
  $("extremes").replaceChildren(
    table(
      ["column", "argmin", "min", "argmax", "max"],
      extremes.map((e) => [e.column, e.argmin, format(valueAt(rows, e.argmin, e.column), typeOf(e.column)), e.argmax, format(valueAt(rows, e.argmax, e.column), typeOf(e.column))]),
      [],
      (r) => ({ column: extremes[r].column, argmin: String(extremes[r].argmin), argmax: String(extremes[r].argmax) }),
    ),
  );
  const winners = extremes.flatMap((e) => [["argmin", e] as const, ["argmax", e] as const]).filter(([which, e]) => e[which] !== null);
  $("winners").replaceChildren(
    table(
      ["won", POSITION, ...schema.fields.map((f) => f.name)],
      winners.map(([which, e]) => [`${which} ${e.column}`, e[which], ...schema.fields.map((f) => rows.get(e[which]!)?.[f.name])]),
      [undefined, undefined, ...schema.fields.map((f) => f.type)],
    ),
  );
  $("plan").textContent = extremesQuery(lf, orderable).explain();

  shown = { lf, extremes };
  const numeric = schema.fields.filter((f) => f.typeId === Type.Int || f.typeId === Type.Float).map((f) => f.name);
  setOptions($("chart-column"), numeric);
  setOptions($("group-value"), orderable);
  setOptions($("group-key"), schema.fields.map((f) => f.name));
  $("results").hidden = false;
  await drawChart();
  say(`${file.name}: ${schema.fields.length} columns, argmin and argmax of ${orderable.length} in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
}

function valueAt(rows: Map<number, Record<string, unknown>>, position: number | null, column: string): unknown {
  return position === null ? null : rows.get(position)?.[column];
}

async function drawChart(): Promise<void> {
  const column = $<HTMLSelectElement>("chart-column").value;
  if (shown === undefined || column === "") return void $("chart").replaceChildren();
  const series = (await shown.lf.select(col(column)).collect()).col(column);
  const values = series.toArray({ bigint: true }).map((v) => (v === null ? null : Number(v)));
  const argmin = shown.extremes.find((e) => e.column === column)?.argmin ?? null;
  $("chart").replaceChildren(histogram(values, argmin));
}

async function runGroup(): Promise<void> {
  if (shown === undefined) return;
  const query = groupArgminQuery(shown.lf, $<HTMLSelectElement>("group-key").value, $<HTMLSelectElement>("group-value").value);
  const result = await query.collect();
  $("group-result").replaceChildren(table(result.columns, result.rows(), result.schema.fields.map((f) => f.type)));
  $("plan").textContent = query.explain();
}

function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle("error", error);
}

/** Runs a step of the page, showing its error instead of leaving the page half done. */
function guard(step: () => Promise<void>): void {
  document.body.dataset.state = "busy";
  step().then(
    () => (document.body.dataset.state = "done"),
    (error: unknown) => {
      say(error instanceof Error ? error.message : String(error), true);
      document.body.dataset.state = "error";
    },
  );
}

const input = $<HTMLInputElement>("file");
const drop = $<HTMLLabelElement>("drop");
input.addEventListener("change", () => input.files?.[0] && guard(() => show(input.files![0])));
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) guard(() => show(file));
});
setOptions($("dataset"), Object.keys(DATASETS));
$("datasets").addEventListener("submit", (event) => {
  event.preventDefault();
  const name = $<HTMLSelectElement>("dataset").value;
  guard(async () => show(new File([await (await fetch(DATASETS[name])).blob()], name)));
});
$("chart-column").addEventListener("change", () => guard(drawChart));
$("group").addEventListener("submit", (event) => {
  event.preventDefault();
  guard(runGroup);
});
$("kernels").textContent = argminKernels() === "webassembly-simd" ? "WebAssembly SIMD" : "JavaScript";
