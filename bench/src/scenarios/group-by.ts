import { uniformFloat64, uniformKeys } from "../data.js";
import { keyedValues } from "../inputs.js";
import type { GroupInput, Scenario } from "../system.js";
import { duckdbGroupCountBefore, duckdbGroupWindow } from "../systems/duckdb-group-argmin.js";
import { arqueroGroupArgmin, polarsGroupArgmin, quiverEagerGroupArgmin, quiverGroupArgmin } from "../systems/group-argmin.js";
import { plainGroupLoop } from "../systems/group-loop.js";
import { numpyGroupArgmin } from "../systems/numpy-group-argmin.js";

const SEED = 0x5eed;
const GROUPS = 1000;

/** S3: per key, the position within the key's group of the group's smallest value. */
export const GROUP_BY_SCENARIOS: readonly Scenario<GroupInput>[] = [
  {
    name: "S3 group-by argmin, 1000 Int32 keys",
    description:
      `Int32 keys uniform over ${GROUPS} values and uniform doubles in [-1, 1); per key, the position within ` +
      "the key's group (its rows in table order) of the group's first smallest value. Answers are compared " +
      "as maps key → position, whatever order the groups come in.",
    shape: { full: { rows: 10_000_000, columns: 1 }, quick: { rows: 1_000_000, columns: 1 } },
    makeInput: ({ rows }) => keyedValues(uniformKeys(rows, GROUPS, SEED + 7), uniformFloat64(rows, SEED)),
    systems: [
      plainGroupLoop,
      quiverGroupArgmin(),
      quiverGroupArgmin(1),
      quiverGroupArgmin(2),
      quiverEagerGroupArgmin,
      polarsGroupArgmin,
      duckdbGroupWindow,
      duckdbGroupCountBefore,
      arqueroGroupArgmin,
      numpyGroupArgmin,
    ],
  },
];
