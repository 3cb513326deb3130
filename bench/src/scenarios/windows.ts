import { uniformFloat64, uniformKeys } from "../data.js";
import { denseColumn, keyedValues } from "../inputs.js";
import type { ColumnInput, GroupInput, Scenario } from "../system.js";
import {
  numpyRollingArgmin, plainGroupArgminOver, plainRollingArgmin, polarsGroupArgminOver, polarsRollingArgmin, quiverGroupArgminOver,
  quiverRollingArgmin, WINDOW,
} from "../systems/windows.js";

const SEED = 0x5eed;
const GROUPS = 1000;

/** S10: a rolling argmin over a window of rows. */
export const ROLLING_SCENARIOS: readonly Scenario<ColumnInput>[] = [
  {
    name: `S10 rolling argmin, window ${WINDOW}`,
    description:
      `Uniform doubles in [-1, 1); per row, the frame position of the first smallest value of the ${WINDOW} rows ` +
      `ending at it (none for the first ${WINDOW - 1} rows). Every system's positions must equal the plain loop's.`,
    shape: { full: { rows: 10_000_000, columns: 1 }, quick: { rows: 200_000, columns: 1 } },
    makeInput: ({ rows }) => denseColumn(uniformFloat64(rows, SEED + 10)),
    systems: [plainRollingArgmin, quiverRollingArgmin, polarsRollingArgmin, numpyRollingArgmin],
  },
];

/** S11: a per-group argmin broadcast to every row (a window over partitions). */
export const OVER_SCENARIOS: readonly Scenario<GroupInput>[] = [
  {
    name: `S11 argmin over ${GROUPS} groups`,
    description:
      `Int32 keys uniform over ${GROUPS} values and uniform doubles; per row, the position within its key's group ` +
      "of the group's first smallest value (`argmin().over(key)`). Every system's positions must equal the plain loop's.",
    shape: { full: { rows: 10_000_000, columns: 1 }, quick: { rows: 1_000_000, columns: 1 } },
    makeInput: ({ rows }) => keyedValues(uniformKeys(rows, GROUPS, SEED + 11), uniformFloat64(rows, SEED + 12)),
    systems: [plainGroupArgminOver, quiverGroupArgminOver, polarsGroupArgminOver],
  },
];
