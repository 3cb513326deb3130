/**
 * The row-wise functions of the registry (kinds "scalar" and "horizontal") and how each becomes
 * a kernel: the one place where the evaluator dispatches on a function's name. Each entry gets
 * its arguments' types and the output type (from the registry's typing) and returns a kernel
 * over the evaluated arguments; operand casts (numeric promotion, Null to Bool) are decided here,
 * once per expression.
 */
import { Bool, type DataType, Type } from "apache-arrow";
import { type Expr, type FunctionName, type FunctionOptions, outputName } from "../../expr/index.js";
import { type ArithmeticOp, arithmeticKernel, type BinaryKernel } from "./arithmetic.js";
import { casterFor } from "./cast.js";
import { type ComparisonOp, comparisonKernel } from "./compare.js";
import { rowArgKernel, rowNameKernel, type VariadicKernel } from "./horizontal.js";
import { kleeneKernel, notKernel } from "./logic.js";
import { fillNullKernel, isNaNKernel, nullTestKernel } from "./null-functions.js";
import { fillNanKernel, isInKernel, whenKernel } from "./conditional.js";
import { dateKernel, durationKernel } from "./dates.js";
import type { Operand } from "./operand.js";
import { type Settings, stringKernel } from "./strings.js";

/** What a kernel builder knows about one argument. */
export interface ArgumentType {
  readonly expr: Expr;
  readonly type: DataType;
}

/** Builds the kernel of one call from its argument types, output type, label (for errors) and options. */
export type KernelBuilder = (args: readonly ArgumentType[], type: DataType, label: string, options: FunctionOptions | undefined) => VariadicKernel;

/** The values of the literal settings after the receiver (a pattern, a unit, an index). */
const settingsOf = (args: readonly ArgumentType[]): Settings =>
  args.slice(1).map((arg) => (arg.expr.node as { value: string | number | bigint | boolean | null }).value);

const strings = (name: FunctionName): KernelBuilder => (args, type, _, options) => stringKernel(name, settingsOf(args), type, options);
const dates = (name: FunctionName): KernelBuilder => (args, type) => dateKernel(name, settingsOf(args)[0] as string | undefined, args[0].type, type);

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
  sub: (args, type, label, options) => (type.typeId === Type.Duration ? durationKernel(args.map((a) => a.type), type) : arithmetic("sub")(args, type, label, options)),
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
  fillNan: (args, type, label) => fillNanKernel(args.map((a) => a.type), type, label),
  isIn: (args, type) => isInKernel(args.map((a) => a.type), type),
  when: (args, type, label) => whenKernel(args.map((a) => a.type), type, label),
  "str.lenBytes": strings("str.lenBytes"),
  "str.lenChars": strings("str.lenChars"),
  "str.contains": strings("str.contains"),
  "str.startsWith": strings("str.startsWith"),
  "str.endsWith": strings("str.endsWith"),
  "str.lower": strings("str.lower"),
  "str.upper": strings("str.upper"),
  "str.strip": strings("str.strip"),
  "str.slice": strings("str.slice"),
  "str.replace": strings("str.replace"),
  "str.replaceAll": strings("str.replaceAll"),
  "str.splitGet": strings("str.splitGet"),
  "str.toDate": strings("str.toDate"),
  "str.toDatetime": strings("str.toDatetime"),
  "dt.year": dates("dt.year"),
  "dt.month": dates("dt.month"),
  "dt.day": dates("dt.day"),
  "dt.weekday": dates("dt.weekday"),
  "dt.ordinal": dates("dt.ordinal"),
  "dt.hour": dates("dt.hour"),
  "dt.minute": dates("dt.minute"),
  "dt.second": dates("dt.second"),
  "dt.truncate": dates("dt.truncate"),
  "dt.epoch": dates("dt.epoch"),
  argminHorizontal: horizontalIndex(false),
  argmaxHorizontal: horizontalIndex(true),
  idxminHorizontal: horizontalName(false),
  idxmaxHorizontal: horizontalName(true),
};
