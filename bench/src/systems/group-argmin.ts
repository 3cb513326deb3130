/** S3's engine formulations: per key group, the position within the group of the smallest value. */
import { col, type DataFrame, fromArrow } from "@quiver/core";
import * as aq from "arquero";
import pl from "nodejs-polars";
import { groupAnswer } from "../group-answers.js";
import { type GroupInput, type System, timed } from "../system.js";
import { threadsOption } from "./quiver.js";

type Row = Record<string, number>;

const quiverGroups = (result: DataFrame) => groupAnswer(result.col("k").vector.toArray(), result.col("i").vector.toArray());

/**
 * Quiver's lazy group-by over the Arrow table; the frame is wrapped once, the query built and run
 * each time, with the default threads (`threads` undefined) or the threads given.
 */
export function quiverGroupArgmin(threads?: number): System<GroupInput> {
  const { text, options } = threadsOption(threads);
  return {
    name: "quiver",
    variant: `df.lazy().groupBy("k").agg(col("v").argmin()).collect(${text})`,
    prepare: (input) => {
      const df = fromArrow(input.table);
      return timed(() => df.lazy().groupBy("k").agg(col("v").argmin().alias("i")).collect(options), quiverGroups);
    },
  };
}

/** The eager spelling of the same group-by: `agg` runs at once and returns the frame. */
export const quiverEagerGroupArgmin: System<GroupInput> = {
  name: "quiver",
  variant: 'df.groupBy("k").agg(col("v").argmin())',
  prepare: (input) => {
    const df = fromArrow(input.table);
    return timed(() => df.groupBy("k").agg(col("v").argmin().alias("i")), quiverGroups);
  },
};

/** Polars' group-by on a frame built once from the typed arrays; `argMin` in a group is the position in the group. */
export const polarsGroupArgmin: System<GroupInput> = {
  name: "polars",
  variant: 'df.groupBy("k").agg(col("v").argMin())',
  prepare: (input) => {
    const df = pl.DataFrame([pl.Series("k", input.keys), pl.Series("v", input.values)]);
    return timed(
      () => df.groupBy("k").agg(pl.col("v").argMin().alias("i")),
      (result) => groupAnswer(result.getColumn("k").toArray(), result.getColumn("i").toArray()),
    );
  },
};

/**
 * Arquero has no argmin: number the rows of each group, keep the rows equal to the group's min,
 * and of those the smallest number (the first on ties).
 */
export const arqueroGroupArgmin: System<GroupInput> = {
  name: "arquero",
  variant: 'groupby("k").derive({ i: op.row_number() - 1 }).filter(d.v === op.min(d.v)).rollup({ i: op.min(d.i) })',
  prepare: (input) => {
    const table = aq.table({ k: input.keys, v: input.values });
    return timed(
      () =>
        table
          .groupby("k")
          .derive({ i: () => aq.op.row_number() - 1 })
          .filter((d: Row) => d.v === aq.op.min(d.v))
          .rollup({ i: (d: Row) => aq.op.min(d.i) }),
      (result) => groupAnswer(result.array("k") as ArrayLike<number>, result.array("i") as ArrayLike<number>),
    );
  },
};
