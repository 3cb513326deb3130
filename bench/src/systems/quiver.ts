import { argExtremeOfVector, argminHorizontal, col, fromArrow, type Series } from "@quiver/core";
import { indexOrMissing, positions } from "../answers.js";
import { type ColumnInput, type MatrixInput, type System, timed } from "../system.js";

/** Quiver's kernel entry point on the Arrow vector, as a library user would call it. */
export const quiverVector: System<ColumnInput> = {
  name: "quiver",
  variant: "argExtremeOfVector(v)",
  prepare: (input) => timed(() => argExtremeOfVector(input.vector), indexOrMissing),
};

/** The DataFrame API over the same table; the frame is built once, untimed, as a user would hold it. */
export const quiverSeries: System<ColumnInput> = {
  name: "quiver",
  variant: 'df.col("x").argmin()',
  prepare: (input) => {
    const df = fromArrow(input.table);
    return timed(() => df.col("x").argmin(), indexOrMissing);
  },
};

/** Row axis: per row, the position of the column holding the smallest value. */
export const quiverRows: System<MatrixInput> = {
  name: "quiver",
  variant: "df.argmin({ axis: 1 })",
  prepare: (input) => {
    const df = fromArrow(input.table);
    return timed(
      (): Series => df.argmin({ axis: 1 }),
      (series) => positions(series.vector.toArray() as ArrayLike<bigint | number | null>),
    );
  },
};

/**
 * How a lazy query is run: with the default threads (one, unless set), or the number given. Written
 * into the variant, so each thread count is its own row of the results.
 */
export function threadsOption(threads: number | undefined): { text: string; options: { threads?: number } } {
  return threads === undefined ? { text: "", options: {} } : { text: `{ threads: ${threads} }`, options: { threads } };
}

/** The lazy query over the same table, its morsels on worker threads (`threads` undefined: the default). */
export function quiverLazyArgmin(threads?: number): System<ColumnInput> {
  const { text, options } = threadsOption(threads);
  return {
    name: "quiver",
    variant: `df.lazy().select(col("x").argmin()).collect(${text})`,
    prepare: (input) => {
      const lf = fromArrow(input.table).lazy().select(col("x").argmin().alias("i"));
      return timed(async () => (await lf.collect(options)).row(0).i as number | null, indexOrMissing);
    },
  };
}

/** Row axis as a lazy query: argminHorizontal over every column, its morsels on worker threads. */
export function quiverLazyRows(threads?: number): System<MatrixInput> {
  const { text, options } = threadsOption(threads);
  return {
    name: "quiver",
    variant: `df.lazy().select(argminHorizontal(...columns)).collect(${text})`,
    prepare: (input) => {
      const lf = fromArrow(input.table).lazy().select(argminHorizontal(...input.table.schema.fields.map((f) => f.name)).alias("i"));
      return timed(
        () => lf.collect(options),
        (df) => positions(df.col("i").vector.toArray() as ArrayLike<bigint | number | null>),
      );
    },
  };
}
