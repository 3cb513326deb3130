/**
 * S9: an inner join of a probe table with a build table on Int32 keys, then per group of a build
 * column, the probe row holding the group's smallest value. (The row, not the position within
 * the group: a join's output order is engine-defined, so a position would not compare.)
 */
import { col, fromArrow } from "@quiver/core";
import pl from "nodejs-polars";
import { groupAnswer } from "../group-answers.js";
import { type System, timed } from "../system.js";
import { duckdbGroupQuery } from "./duckdb-groups.js";
import { sharedTable } from "./duckdb-tables.js";
import type { Table } from "apache-arrow";

/** The probe side ("k", "v", "r" = its row number) and the build side ("k", "g"), as arrays and tables. */
export interface JoinInput {
  readonly probeKeys: Int32Array;
  readonly values: Float64Array;
  readonly rowIds: Int32Array;
  readonly buildKeys: Int32Array;
  readonly groups: Int32Array;
  readonly probe: Table;
  readonly build: Table;
}

/** The baseline: a key → group array (keys are dense), then one pass over the probe side. */
export const plainJoinLoop: System<JoinInput> = {
  name: "plain-loop",
  variant: "group of each key in an array, one pass keeping each group's smallest value and row",
  prepare: (input) =>
    timed(
      () => {
        const groupOf = new Int32Array(input.buildKeys.length).fill(-1);
        input.buildKeys.forEach((k, i) => (groupOf[k] = input.groups[i]));
        const best = new Map<number, { v: number; r: number }>();
        for (let i = 0; i < input.probeKeys.length; i++) {
          const g = groupOf[input.probeKeys[i]];
          if (g < 0) continue;
          const b = best.get(g);
          if (b === undefined) best.set(g, { v: input.values[i], r: i });
          else if (input.values[i] < b.v) {
            b.v = input.values[i];
            b.r = i;
          }
        }
        return best;
      },
      (best) => groupAnswer([...best.keys()], [...best.values()].map((b) => b.r)),
    ),
};

/** Quiver: the lazy join, then the group-by; `minBy` reads the row at each group's argmin. */
export const quiverJoinArgmin: System<JoinInput> = {
  name: "quiver",
  variant: 'probe.lazy().join(build.lazy(), { on: "k" }).groupBy("g").agg(col("r").minBy("v"))',
  prepare: (input) => {
    const probe = fromArrow(input.probe);
    const build = fromArrow(input.build);
    return timed(
      () => probe.lazy().join(build.lazy(), { on: "k" }).groupBy("g").agg(col("r").minBy("v").alias("r")).collect(),
      (df) => groupAnswer(df.col("g").toArray(), df.col("r").toArray()),
    );
  },
};

/** Polars: the same join and group-by; the row at the group's argmin. */
export const polarsJoinArgmin: System<JoinInput> = {
  name: "polars",
  variant: 'probe.join(build, { on: "k" }).groupBy("g").agg(col("r").gather(col("v").argMin()))',
  prepare: (input) => {
    const probe = pl.DataFrame([pl.Series("k", input.probeKeys), pl.Series("v", input.values), pl.Series("r", input.rowIds)]);
    const build = pl.DataFrame([pl.Series("k", input.buildKeys), pl.Series("g", input.groups)]);
    return timed(
      () => probe.join(build, { on: "k" }).groupBy("g").agg(pl.col("r").gather(pl.col("v").argMin()).first().alias("r")),
      (result) => groupAnswer(result.getColumn("g").toArray(), result.getColumn("r").toArray()),
    );
  },
};

/** DuckDB: a hash join and `arg_min(r, v)` per group. */
export const duckdbJoinArgmin = duckdbGroupQuery<JoinInput>("SELECT g, arg_min(r, v) FROM probe JOIN build USING (k) GROUP BY g", async (input) => {
  const probe = await sharedTable(input.probe, () => [
    { name: "k", values: input.probeKeys, validity: null },
    { name: "v", values: input.values, validity: null },
    { name: "r", values: input.rowIds, validity: null },
  ]);
  const build = await sharedTable(input.build, () => [
    { name: "k", values: input.buildKeys, validity: null },
    { name: "g", values: input.groups, validity: null },
  ]);
  return {
    sql: `SELECT g, arg_min(r, v) AS r FROM ${probe.name} JOIN ${build.name} USING (k) GROUP BY g`,
    release: async () => {
      await probe.release();
      await build.release();
    },
  };
});
