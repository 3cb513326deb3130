/**
 * The row-wise functions of the registry (kinds "scalar" and "horizontal") and how each becomes
 * a kernel: the one place where the evaluator dispatches on a function's name. Each entry gets
 * its arguments' types and the output type (from the registry's typing) and returns a kernel
 * over the evaluated arguments; operand casts (numeric promotion, Null to Bool) are decided here,
 * once per expression.
 */
import { Bool, type DataType } from "apache-arrow";
import { type Expr, type FunctionName, outputName } from "../../expr/index.js";
import { type ArithmeticOp, arithmeticKernel, type BinaryKernel } from "./arithmetic.js";
import { casterFor } from "./cast.js";
import { type ComparisonOp, comparisonKernel } from "./compare.js";
import { rowArgKernel, rowNameKernel, type VariadicKernel } from "./horizontal.js";
import { kleeneKernel, notKernel } from "./logic.js";
import { fillNullKernel, isNaNKernel, nullTestKernel } from "./null-functions.js";
import type { Operand } from "./operand.js";

/** What a kernel builder knows about one argument. */
export interface ArgumentType {
  readonly expr: Expr;
  readonly type: DataType;
}

/** Builds the kernel of one call from its argument types, output type and label (for errors). */
export type KernelBuilder = (args: readonly ArgumentType[], type: DataType, label: string) => VariadicKernel;

const binary = (kernel: BinaryKernel): VariadicKernel => (operands, rows) => kernel(operands[0], operands[1], rows);
const unary = (kernel: (a: Operand, rows: number) => Operand): VariadicKernel => (operands, rows) => kernel(operands[0], rows);

/** Arithmetic: both operands are cast to the output type first (div: to its float type). */
const arithmetic = (op: ArithmeticOp): KernelBuilder => (args, type, label) => {
  const [castA, castB] = args.map((arg) => casterFor(arg.type, type, label));
  const kernel = arithmeticKernel(op, type);
  return (operands, rows) => kernel(castA(operands[0]), castB(operands[1]), rows);
};

const comparison = (op: ComparisonOp): KernelBuilder => (args, type) => binary(comparisonKernel(op, args[0].type, args[1].type, type));

/** and/or/not take Bool; a Null-typed argument (`lit(null)`) is an unknown Bool. */
const toBool = (args: readonly ArgumentType[], label: string) => args.map((arg) => casterFor(arg.type, new Bool(), label));

const kleene = (op: "and" | "or"): KernelBuilder => (args, type, label) => {
  const [castA, castB] = toBool(args, label);
  const kernel = kleeneKernel(op, type);
  return (operands, rows) => kernel(castA(operands[0]), castB(operands[1]), rows);
};

const horizontalIndex = (max: boolean): KernelBuilder => () => rowArgKernel(max);
const horizontalName = (max: boolean): KernelBuilder => (args, type) => rowNameKernel(max, args.map((arg) => outputName(arg.expr)), type);

/** Every row-wise function; aggregates are absent (see aggregate/factory.ts). */
export const ROW_FUNCTIONS: Partial<Record<FunctionName, KernelBuilder>> = {
  add: arithmetic("add"),
  sub: arithmetic("sub"),
  mul: arithmetic("mul"),
  div: arithmetic("div"),
  mod: arithmetic("mod"),
  eq: comparison("eq"),
  neq: comparison("neq"),
  lt: comparison("lt"),
  lte: comparison("lte"),
  gt: comparison("gt"),
  gte: comparison("gte"),
  and: kleene("and"),
  or: kleene("or"),
  not: (args, type, label) => {
    const [cast] = toBool(args, label);
    const kernel = notKernel(type);
    return (operands, rows) => kernel(cast(operands[0]), rows);
  },
  isNull: (_, type) => unary(nullTestKernel(type, false)),
  isNotNull: (_, type) => unary(nullTestKernel(type, true)),
  isNaN: (args, type) => unary(isNaNKernel(args[0].type, type)),
  fillNull: (args, type, label) => {
    const kernel = fillNullKernel(args[0].type, args[1].type, type, label);
    return (operands, rows) => kernel(operands[0], operands[1], rows);
  },
  argminHorizontal: horizontalIndex(false),
  argmaxHorizontal: horizontalIndex(true),
  idxminHorizontal: horizontalName(false),
  idxmaxHorizontal: horizontalName(true),
};
