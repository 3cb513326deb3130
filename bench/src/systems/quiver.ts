import { argExtremeOfVector, fromArrow, type Series } from "@quiver/core";
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
