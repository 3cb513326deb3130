/**
 * The window functions of the registry (kind "window") and how each becomes a kernel: the one
 * place where the evaluator dispatches on a window function's name. Each builder gets the
 * arguments' types, the output type and the call's options; literal settings (a window size, a
 * shift) are read from the arguments here, once.
 */
import type { DataType } from "apache-arrow";
import { type Expr, type FunctionName, type FunctionNode, minPeriodsOf } from "../../expr/index.js";
import type { WindowKernel } from "./kernel.js";
import { rank, type RankMethod } from "./rank.js";
import { rollingExtreme } from "./rolling-extreme.js";
import { rollingSum } from "./rolling-sum.js";
import { cumCount, cumExtreme, cumSum, rowNumber, shift } from "./running.js";

/** Builds one call's kernel from its node, argument types and output type. */
type WindowBuilder = (node: FunctionNode<Expr>, types: readonly DataType[], type: DataType) => WindowKernel;

/** The number a literal setting argument holds. */
function setting(node: FunctionNode<Expr>, position: number): number {
  return Number((node.args[position].node as { value: number | bigint }).value);
}

const rolling = (make: (input: DataType, type: DataType, size: number, minPeriods: number) => WindowKernel): WindowBuilder =>
  (node, types, type) => {
    const size = setting(node, 1);
    return make(types[0], type, size, minPeriodsOf(size, node.options));
  };

/** Every window function. */
export const WINDOW_FUNCTIONS: Partial<Record<FunctionName, WindowBuilder>> = {
  cumSum: (_, [input], type) => cumSum(input, type),
  cumCount: () => cumCount(),
  cumMin: (_, [input], type) => cumExtreme(input, type, false, "value"),
  cumMax: (_, [input], type) => cumExtreme(input, type, true, "value"),
  cumArgmin: (_, [input], type) => cumExtreme(input, type, false, "position"),
  cumArgmax: (_, [input], type) => cumExtreme(input, type, true, "position"),
  shift: (node, _, type) => shift(type, setting(node, 1)),
  rowNumber: () => rowNumber(),
  rank: (node, [input]) => rank(input, (node.options?.method ?? "average") as RankMethod, node.options?.descending === true),
  rollingMin: rolling((input, type, size, min) => rollingExtreme(input, type, false, "value", size, min)),
  rollingMax: rolling((input, type, size, min) => rollingExtreme(input, type, true, "value", size, min)),
  rollingArgmin: rolling((input, type, size, min) => rollingExtreme(input, type, false, "position", size, min)),
  rollingArgmax: rolling((input, type, size, min) => rollingExtreme(input, type, true, "position", size, min)),
  rollingSum: rolling((input, type, size, min) => rollingSum(input, type, false, size, min)),
  rollingMean: rolling((input, type, size, min) => rollingSum(input, type, true, size, min)),
};
