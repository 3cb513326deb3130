import { uniformFloat64Columns } from "../data.js";
import { matrix } from "../inputs.js";
import type { MatrixInput, Scenario } from "../system.js";
import { arqueroRows } from "../systems/arquero.js";
import { duckdbRowsCase, duckdbRowsListPosition } from "../systems/duckdb.js";
import { numpyRows } from "../systems/numpy.js";
import { plainLoop } from "../systems/plain-loop.js";
import { polarsRowsConcatList, polarsRowsWhenThen } from "../systems/polars.js";
import { quiverLazyRows, quiverRows } from "../systems/quiver.js";

const SEED = 0x5eed;
const COLUMNS = 16;

/** S4: per row, the position of the column holding the row's minimum. */
export const ROW_AXIS_SCENARIOS: readonly Scenario<MatrixInput>[] = [
  {
    name: "S4 row-axis argmin, 16 Float64 columns",
    description:
      `For each row of ${COLUMNS} uniform double columns, the position of the column holding the row's ` +
      "minimum (first on ties). Every system's positions for all rows must equal the plain loop's.",
    shape: { full: { rows: 1_000_000, columns: COLUMNS }, quick: { rows: 100_000, columns: COLUMNS } },
    makeInput: (shape) => matrix(uniformFloat64Columns(shape.rows, shape.columns, SEED)),
    systems: [
      plainLoop.argminPerRow,
      quiverRows,
      quiverLazyRows(),
      quiverLazyRows(1),
      quiverLazyRows(2),
      polarsRowsWhenThen,
      polarsRowsConcatList,
      duckdbRowsCase,
      duckdbRowsListPosition,
      arqueroRows,
      numpyRows("F"),
      numpyRows("C"),
    ],
  },
];
