import { tableToIPC } from "apache-arrow";
import pl from "nodejs-polars";
import { indexOrMissing, positions } from "../answers.js";
import { type ColumnInput, type MatrixInput, type System, timed } from "../system.js";

/** How the column reaches Polars; each is the usual way for that kind of data. */
export type PolarsSource = "typed-array" | "chunks" | "ipc";

const SOURCE_TEXT: Record<PolarsSource, string> = {
  "typed-array": "pl.Series(typedArray)",
  chunks: "one chunk per batch via Series.append",
  ipc: "pl.readIPC(Arrow IPC bytes)",
};

function seriesFrom(input: ColumnInput, source: PolarsSource): pl.Series {
  if (source === "ipc") return pl.readIPC(Buffer.from(tableToIPC(input.table, "file"))).getColumn("x");
  if (source === "typed-array") return pl.Series("x", input.values);
  // append (unlike extend) links the chunk in without copying the series into one buffer.
  const [first, ...rest] = input.vector.data;
  const series = pl.Series("x", first.values);
  for (const chunk of rest) series.append(pl.Series("x", chunk.values));
  if (series.nChunks() !== input.vector.data.length) throw new Error(`expected ${input.vector.data.length} chunks, got ${series.nChunks()}`);
  return series;
}

/** `Series.argMin()`; only the call is timed, the series is built once beforehand. */
export function polarsArgMin(source: PolarsSource): System<ColumnInput> {
  return {
    name: "polars",
    variant: `Series.argMin(), ${SOURCE_TEXT[source]}`,
    prepare: (input) => {
      const series = seriesFrom(input, source);
      return timed(() => series.argMin(), indexOrMissing);
    },
  };
}

function frameOf(input: MatrixInput): pl.DataFrame {
  return pl.DataFrame(input.columns.map((values, c) => pl.Series(`c${c}`, values)));
}

const columnNames = (input: MatrixInput): string[] => input.columns.map((_, c) => `c${c}`);

/** Column "p" of a row-axis result: per row, the position of its smallest column. */
const rowPositions = (result: pl.DataFrame): Int32Array => positions(result.getColumn("p").toArray() as (number | null)[]);

/**
 * Row axis through the row minimum: `minHorizontal`, then a when/then chain whose first match
 * gives the first column equal to it, so ties go to the first column as they do in NumPy.
 */
export const polarsRowsWhenThen: System<MatrixInput> = {
  name: "polars",
  variant: "minHorizontal, then when(c_i == min).then(i) chain",
  prepare: (input) => {
    const df = frameOf(input);
    const names = columnNames(input);
    const [first, ...rest] = names;
    const min = pl.minHorizontal(names.map((name) => pl.col(name)));
    let chain = pl.when(pl.col(first).eq(min)).then(pl.lit(0));
    rest.forEach((name, c) => {
      chain = chain.when(pl.col(name).eq(min)).then(pl.lit(c + 1));
    });
    const expr = chain.otherwise(pl.lit(null)).cast(pl.Int32).alias("p");
    return timed(() => df.select(expr), rowPositions);
  },
};

/** Row axis through a list per row: `concatList(columns).lst.argMin()`, the one-call spelling. */
export const polarsRowsConcatList: System<MatrixInput> = {
  name: "polars",
  variant: "concatList(columns).lst.argMin()",
  prepare: (input) => {
    const df = frameOf(input);
    const expr = pl
      .concatList(columnNames(input).map((name) => pl.col(name)))
      .lst.argMin()
      .alias("p");
    return timed(() => df.select(expr), rowPositions);
  },
};
