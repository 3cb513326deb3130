import { Float64, makeData, makeVector, Vector } from "apache-arrow";
import { fillNullSlots, randomValidity, uniformFloat64, uniformInt32, uniformInt64 } from "./data.js";
import type { ColumnInput, Scenario } from "./system.js";
import { plainLoop } from "./systems/plain-loop.js";
import { quiverArgExtreme } from "./systems/quiver.js";

const SEED = 0x5eed;
const NULL_FRACTION = 0.1;

function denseColumn(values: Float64Array | Int32Array | BigInt64Array): ColumnInput {
  return { n: values.length, vector: makeVector(values), values, validity: null };
}

function nullableFloat64Column(n: number): ColumnInput {
  const values = uniformFloat64(n, SEED);
  const { bitmap, nullCount } = randomValidity(n, NULL_FRACTION, SEED + 1);
  fillNullSlots(values, bitmap, -Infinity);
  const data = makeData({ type: new Float64(), length: n, nullCount, nullBitmap: bitmap, data: values });
  return { n, vector: new Vector([data]), values, validity: bitmap };
}

/** Every scenario, in report order; each system list starts with the plain-loop reference. */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: "S1 argmin Float64",
    description: "First index of the minimum of uniform doubles in [-1, 1), no nulls.",
    makeInput: (n) => denseColumn(uniformFloat64(n, SEED)),
    systems: [plainLoop.argminFloat64, quiverArgExtreme()],
  },
  {
    name: "S2 argmax Float64",
    description: "First index of the maximum of the same doubles.",
    makeInput: (n) => denseColumn(uniformFloat64(n, SEED)),
    systems: [plainLoop.argmaxFloat64, quiverArgExtreme({ max: true })],
  },
  {
    name: "S3 argmin Int32",
    description: "First index of the minimum of integers uniform over the whole Int32 range, no nulls.",
    makeInput: (n) => denseColumn(uniformInt32(n, SEED)),
    systems: [plainLoop.argminInt32, quiverArgExtreme()],
  },
  {
    name: "S4 argmin Int64",
    description:
      "First index of the minimum of integers uniform over the whole Int64 range, no nulls; " +
      "the plain loop compares BigInt64Array elements.",
    makeInput: (n) => denseColumn(uniformInt64(n, SEED)),
    systems: [plainLoop.argminBigInt64, quiverArgExtreme()],
  },
  {
    name: "S5 argmin Float64, 10% nulls",
    description:
      "First index of the minimum of uniform doubles where each slot is null with probability 0.1; " +
      "null slots hold -Infinity, so ignoring the validity bitmap gives a wrong answer.",
    makeInput: nullableFloat64Column,
    systems: [plainLoop.argminFloat64Nullable, quiverArgExtreme()],
  },
];
