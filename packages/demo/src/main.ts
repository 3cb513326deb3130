import { argmax, argmin, col, readIpc, scanParquet } from "@quiver/core";
import { vegaDataPath } from "./flights-path.js";
import { heading, line, table, timed } from "./print.js";

heading("NumPy-style argmin");
const seed = [
  [6, 3, 8],
  [5, 2, 9],
];
line("a", seed);
line("argmin(a)  (flattened, C order)", argmin(seed));
line("argmin(a, { axis: 0 })", argmin(seed, { axis: 0 }));
line("argmin(a, { axis: 1 })", argmin(seed, { axis: 1 }));
line("argmax(a, { axis: 1, keepdims: true })", argmax(seed, { axis: 1, keepdims: true }));

heading("200,000 flights (vega-datasets flights-200k.arrow)");
const path = vegaDataPath("flights-200k.arrow");
const [df, loadMs] = timed(() => readIpc(path));
line("loaded", `${df.height.toLocaleString("en")} rows × ${df.width} columns: ${df.columns.join(", ")}`, loadMs);
line("types", df.schema.fields.map((f) => `${f.name}: ${String(f.type)}`).join(", "));

const delay = df.col("delay");
const [earliest, minMs] = timed(() => delay.argmin());
line('df.col("delay").argmin()', earliest, minMs);
const [latest, maxMs] = timed(() => delay.argmax());
line('df.col("delay").argmax()', latest, maxMs);
console.log();
table([
  { flight: "smallest delay", row: earliest, ...df.row(earliest!) },
  { flight: "largest delay", row: latest, ...df.row(latest!) },
]);

heading("Per column: df.argmin({ axis: 0 })");
const [perColumn, colMs] = timed(() => df.argmin({ axis: 0 }));
table(
  df.columns.map((name, c) => {
    const row = perColumn.get(c) as number;
    return { column: name, argmin: row, value: df.col(name).get(row) };
  }),
);
line("took", "", colMs);

heading("Per row: df.argmin({ axis: 1 }) — which column holds each row's minimum");
const [perRow, rowMs] = timed(() => df.argmin({ axis: 1 }));
table(
  Array.from({ length: 6 }, (_, r) => {
    const c = perRow.get(r) as number;
    return { row: r, ...df.row(r), argmin: c, column: df.columns[c] };
  }),
);
line(`took (${df.height.toLocaleString("en")} rows)`, "", rowMs);

heading("Flattened: df.argmin() — row * width + column");
const [flat, flatMs] = timed(() => df.argmin());
line("df.argmin()", `${flat} = row ${Math.floor(flat! / df.width)}, column "${df.columns[flat! % df.width]}"`, flatMs);

heading("3,000,000 flights straight from Parquet (vega-datasets flights-3m.parquet)");
const flights = scanParquet(vegaDataPath("flights-3m.parquet"));
const earliestQuery = flights.select(col("delay").argmin().alias("row"), col("origin").minBy("delay").alias("origin"));
console.log(earliestQuery.explain().replace(/^/gm, "  "));
const started = process.hrtime.bigint();
const answer = (await earliestQuery.collect()).row(0);
line("smallest delay: row, origin", answer, Number(process.hrtime.bigint() - started) / 1e6);
