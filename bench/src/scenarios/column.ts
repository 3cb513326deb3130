import { fillNullSlots, randomValidity, uniformFloat64, uniformInt32, uniformInt64 } from "../data.js";
import { batchedColumn, denseColumn, nullableColumn } from "../inputs.js";
import type { ColumnInput, Scenario, Shape } from "../system.js";
import { arqueroFilterMin } from "../systems/arquero.js";
import { duckdbArgMin, duckdbTopOne } from "../systems/duckdb.js";
import { memoryReadAllThreads, memoryReadOneThread } from "../systems/memory-read.js";
import { numpyArgMin } from "../systems/numpy.js";
import { plainLoop } from "../systems/plain-loop.js";
import { polarsArgMin } from "../systems/polars.js";
import { quiverLazyArgmin, quiverSeries, quiverVector } from "../systems/quiver.js";

const SEED = 0x5eed;
const NULL_FRACTION = 0.1;
const BATCHES = 100;
const SIZES = { full: { rows: 10_000_000, columns: 1 }, quick: { rows: 1_000_000, columns: 1 } } as const;

// Eager on the calling thread, then the lazy query with the default threads, one thread and two (the scaling).
const quiver = [quiverVector, quiverSeries, quiverLazyArgmin(), quiverLazyArgmin(1), quiverLazyArgmin(2)];
const duckdb = [duckdbArgMin, duckdbTopOne];
/** The bandwidth bound: a plain read of the same bytes, on one thread and on every core. */
const memoryRead = [memoryReadOneThread, memoryReadAllThreads];

function nullableFloat64(shape: Shape): ColumnInput {
  const values = uniformFloat64(shape.rows, SEED);
  const validity = randomValidity(shape.rows, NULL_FRACTION, SEED + 1);
  // -Infinity under every null: a system that ignores the validity bitmap picks one and fails the check.
  fillNullSlots(values, validity.bitmap, -Infinity);
  return nullableColumn(values, validity);
}

/** Whole-column argmin: S1 and its variations of type, nulls and batching (S2). */
export const COLUMN_SCENARIOS: readonly Scenario<ColumnInput>[] = [
  {
    name: "S1 argmin Float64",
    description: "First index of the minimum of uniform doubles in [-1, 1), no nulls, one contiguous buffer.",
    shape: SIZES,
    makeInput: (shape) => denseColumn(uniformFloat64(shape.rows, SEED)),
    systems: [plainLoop.argminFloat64, ...quiver, polarsArgMin("typed-array"), ...duckdb, arqueroFilterMin("typed-array"), numpyArgMin(), ...memoryRead],
  },
  {
    name: "S2a argmin Int32",
    description: "First index of the minimum of integers uniform over the whole Int32 range, no nulls.",
    shape: SIZES,
    makeInput: (shape) => denseColumn(uniformInt32(shape.rows, SEED)),
    systems: [plainLoop.argminInt32, ...quiver, polarsArgMin("typed-array"), ...duckdb, arqueroFilterMin("typed-array"), numpyArgMin(), ...memoryRead],
  },
  {
    name: "S2b argmin Int64",
    description:
      "First index of the minimum of integers uniform over the whole Int64 range, no nulls; " +
      "the plain loop compares BigInt64Array elements.",
    shape: SIZES,
    makeInput: (shape) => denseColumn(uniformInt64(shape.rows, SEED)),
    systems: [plainLoop.argminBigInt64, ...quiver, polarsArgMin("typed-array"), ...duckdb, arqueroFilterMin("typed-array"), numpyArgMin(), ...memoryRead],
  },
  {
    name: "S2c argmin Float64, 10% nulls",
    description:
      "The S1 doubles where each slot is null with probability 0.1; null slots hold -Infinity, so " +
      "ignoring the validity bitmap gives a wrong answer. NumPy has no nulls and sits this one out.",
    shape: SIZES,
    makeInput: nullableFloat64,
    systems: [plainLoop.argminFloat64Nullable, ...quiver, polarsArgMin("ipc"), ...duckdb, arqueroFilterMin("arrow"), numpyArgMin(), ...memoryRead],
  },
  {
    name: "S2d argmin Float64, 100 batches",
    description:
      `The S1 doubles split into ${BATCHES} record batches (a chunked Arrow vector, a ${BATCHES}-chunk Polars ` +
      "series); DuckDB holds them in its table as usual, NumPy and the plain loop see one contiguous array.",
    shape: SIZES,
    makeInput: (shape) => batchedColumn(uniformFloat64(shape.rows, SEED), BATCHES),
    systems: [
      plainLoop.argminFloat64,
      ...quiver,
      polarsArgMin("chunks"),
      ...duckdb,
      arqueroFilterMin("arrow"),
      numpyArgMin("one contiguous array"),
      ...memoryRead,
    ],
  },
];
