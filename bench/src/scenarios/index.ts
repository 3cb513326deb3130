import type { Scenario } from "../system.js";
import { COLUMN_SCENARIOS } from "./column.js";
import { ROW_AXIS_SCENARIOS } from "./row-axis.js";

/** Every scenario, in report order; a new one is a file beside these and an entry here. */
export const SCENARIOS: readonly Scenario[] = [...COLUMN_SCENARIOS, ...ROW_AXIS_SCENARIOS] as readonly Scenario[];
