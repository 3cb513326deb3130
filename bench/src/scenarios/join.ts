import { makeVector, Table } from "apache-arrow";
import { uniformFloat64, uniformKeys } from "../data.js";
import type { Scenario } from "../system.js";
import { duckdbJoinArgmin, type JoinInput, plainJoinLoop, polarsJoinArgmin, quiverJoinArgmin } from "../systems/join-argmin.js";

const SEED = 0x9011;
const BUILD_ROWS = 100_000;
const GROUPS = 1000;

/** S9: a hash join feeding a group-by argmin. */
export const JOIN_SCENARIOS: readonly Scenario<JoinInput>[] = [
  {
    name: "S9 inner join 1e7 × 1e5 on Int32 keys, then group-by argmin",
    description:
      `A probe table of Int32 keys uniform over ${BUILD_ROWS} values, uniform doubles and its row numbers, ` +
      `inner-joined with a build table of the ${BUILD_ROWS} keys (shuffled) and a group per key (${GROUPS} groups); ` +
      "per group, the probe row holding the group's smallest value. Answers are compared as maps group → row.",
    shape: { full: { rows: 10_000_000, columns: 1 }, quick: { rows: 1_000_000, columns: 1 } },
    makeInput: ({ rows }) => {
      const probeKeys = uniformKeys(rows, BUILD_ROWS, SEED);
      const values = uniformFloat64(rows, SEED + 1);
      const rowIds = Int32Array.from({ length: rows }, (_, i) => i);
      const order = uniformFloat64(BUILD_ROWS, SEED + 2);
      const buildKeys = Int32Array.from({ length: BUILD_ROWS }, (_, i) => i).sort((a, b) => order[a] - order[b]);
      const groups = uniformKeys(BUILD_ROWS, GROUPS, SEED + 3);
      const probe = new Table({ k: makeVector(probeKeys), v: makeVector(values), r: makeVector(rowIds) });
      const build = new Table({ k: makeVector(buildKeys), g: makeVector(groups) });
      return { probeKeys, values, rowIds, buildKeys, groups, probe, build };
    },
    systems: [plainJoinLoop, quiverJoinArgmin, polarsJoinArgmin, duckdbJoinArgmin],
  },
];
