import type { Scenario } from "../system.js";
import { COLUMN_SCENARIOS } from "./column.js";
import { CSV_FILE_SCENARIOS } from "./csv-file.js";
import { FLIGHTS_SCENARIOS } from "./flights.js";
import { GROUP_BY_SCENARIOS } from "./group-by.js";
import { JOIN_SCENARIOS } from "./join.js";
import { ROW_AXIS_SCENARIOS } from "./row-axis.js";
import { STATISTICS_PRUNING_SCENARIOS } from "./statistics-pruning.js";
import { STREAMED_FILE_SCENARIOS } from "./streamed-file.js";
import { OVER_SCENARIOS, ROLLING_SCENARIOS } from "./windows.js";

/** Every scenario, in report order; a new one is a file beside these and an entry here. */
export const SCENARIOS: readonly Scenario[] = [
  ...COLUMN_SCENARIOS,
  ...GROUP_BY_SCENARIOS,
  ...ROW_AXIS_SCENARIOS,
  ...STREAMED_FILE_SCENARIOS,
  ...FLIGHTS_SCENARIOS,
  ...STATISTICS_PRUNING_SCENARIOS,
  ...CSV_FILE_SCENARIOS,
  ...JOIN_SCENARIOS,
  ...ROLLING_SCENARIOS,
  ...OVER_SCENARIOS,
] as readonly Scenario[];
