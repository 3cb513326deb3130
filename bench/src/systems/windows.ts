/**
 * S10 and S11's formulations: a rolling argmin over a window of rows, and a per-group argmin
 * broadcast to every row of its group. Answers are per-row Int32 positions, -1 where a system
 * gives none (the first window - 1 rows of a rolling window).
 */
import { col, type DataFrame, fromArrow } from "@quiver/core";
import pl from "nodejs-polars";
import { type ColumnInput, type GroupInput, type System, timed } from "../system.js";
import { int32File, policyArgs, pythonSelfTimed } from "./numpy.js";

/** The rows of a rolling window. */
export const WINDOW = 1000;

/** Positions as Int32, -1 for null. */
function positions(values: ArrayLike<number | bigint | null>): Int32Array {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] === null ? -1 : Number(values[i]);
  return out;
}

/** A Quiver result's Int64 column "i" as Int32 positions, -1 for null. */
function quiverPositions(result: DataFrame): Int32Array {
  const vector = result.col("i").vector;
  const out = new Int32Array(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector.isValid(i) ? Number(vector.get(i)) : -1;
  return out;
}

/**
 * The rolling argmin by hand: a monotonic deque of candidate positions in an Int32Array ring, the
 * first of ties kept at the front.
 */
export const plainRollingArgmin: System<ColumnInput> = {
  name: "plain loop",
  variant: "monotonic deque over a Float64Array",
  prepare: ({ values }) =>
    timed(() => {
      const x = values as Float64Array;
      const out = new Int32Array(x.length).fill(-1);
      const deque = new Int32Array(x.length);
      let head = 0;
      let tail = 0;
      for (let i = 0; i < x.length; i++) {
        while (tail > head && x[deque[tail - 1]] > x[i]) tail--;
        deque[tail++] = i;
        if (deque[head] <= i - WINDOW) head++;
        if (i >= WINDOW - 1) out[i] = deque[head];
      }
      return out;
    }, (out) => out),
};

/** Quiver's rollingArgmin in a lazy select over the Arrow table. */
export const quiverRollingArgmin: System<ColumnInput> = {
  name: "quiver",
  variant: `df.lazy().select(col("x").rollingArgmin(${WINDOW})).collect()`,
  prepare: ({ table }) => {
    const df = fromArrow(table);
    const name = table.schema.fields[0].name;
    return timed(() => df.lazy().select(col(name).rollingArgmin(WINDOW).alias("i")).collect(), quiverPositions);
  },
};

/**
 * Polars has no rolling argmin: a rolling group-by over a row index (windows of the last 1000
 * index values) with argMin in each window, which gives the position in the window; its start is
 * added, and the first windows, shorter than 1000 rows, dropped.
 */
export const polarsRollingArgmin: System<ColumnInput> = {
  name: "polars",
  variant: `groupByRolling({ indexColumn: "i", period: "${WINDOW}i" }).agg(col("x").argMin())`,
  prepare: ({ values }) => {
    const df = pl.DataFrame([pl.Series("x", values as Float64Array)]).withRowIndex("i").withColumns(pl.col("i").cast(pl.Int64));
    return timed(
      () => df.groupByRolling({ indexColumn: "i", period: `${WINDOW}i` }).agg(pl.col("x").argMin().alias("a")),
      (result) => {
        const within = result.getColumn("a").toArray() as number[];
        const out = new Int32Array(within.length).fill(-1);
        for (let i = WINDOW - 1; i < within.length; i++) out[i] = i - WINDOW + 1 + within[i];
        return out;
      },
    );
  },
};

/** NumPy's sliding_window_view(x, 1000).argmin(axis=1), the vectorised form of pandas' rolling().apply(np.argmin). */
export const numpyRollingArgmin: System<ColumnInput> = {
  name: "numpy",
  variant: `sliding_window_view(x, ${WINDOW}).argmin(axis=1) + window starts`,
  prepare: ({ values, n }) =>
    pythonSelfTimed({
      script: "numpy_rolling_argmin.py",
      arrays: [values],
      args: (data, out, policy) => [data, n, WINDOW, out, ...policyArgs(policy)],
      report: (json, out) => {
        const report = json as { consistent: boolean; samplesMs: number[] };
        return { answer: report.consistent ? int32File(out) : null, samplesMs: report.samplesMs };
      },
    }),
};

/** Per row, the position within its key's group of the group's first smallest value, by hand. */
export const plainGroupArgminOver: System<GroupInput> = {
  name: "plain loop",
  variant: "two passes: per-key count and minimum, then broadcast",
  prepare: ({ keys, values }) =>
    timed(() => {
      const best = new Map<number, { min: number; at: number; seen: number }>();
      for (let i = 0; i < keys.length; i++) {
        const g = best.get(keys[i]);
        if (g === undefined) best.set(keys[i], { min: values[i], at: 0, seen: 1 });
        else {
          if (values[i] < g.min) [g.min, g.at] = [values[i], g.seen];
          g.seen++;
        }
      }
      const out = new Int32Array(keys.length);
      for (let i = 0; i < keys.length; i++) out[i] = best.get(keys[i])!.at;
      return out;
    }, (out) => out),
};

/** Quiver's `col("v").argmin().over("k")`. */
export const quiverGroupArgminOver: System<GroupInput> = {
  name: "quiver",
  variant: 'df.lazy().select(col("v").argmin().over("k")).collect()',
  prepare: ({ table }) => {
    const df = fromArrow(table);
    return timed(() => df.lazy().select(col("v").argmin().over("k").alias("i")).collect(), quiverPositions);
  },
};

/** Polars' `col("v").argMin().over("k")`. */
export const polarsGroupArgminOver: System<GroupInput> = {
  name: "polars",
  variant: 'df.select(col("v").argMin().over("k"))',
  prepare: ({ keys, values }) => {
    const df = pl.DataFrame([pl.Series("k", keys), pl.Series("v", values)]);
    return timed(() => df.select(pl.col("v").argMin().over("k").alias("i")), (r) => positions(r.getColumn("i").toArray() as number[]));
  },
};
