/**
 * Which reduction computes each aggregate function: the one place that dispatches on aggregate
 * names. An aggregate's arguments are row-wise expressions, compiled here and evaluated batch by
 * batch; `get` also reads its index, which must be a literal or an arg-reduction.
 */
import { type Data, type DataType, type Schema, Type } from "apache-arrow";
import { type Expr, type FunctionNode, formatExpr, isAggregate, type LiteralNode, typeOf } from "../../../expr/index.js";
import { nullData } from "../build.js";
import { type CompiledScalar, compileScalar } from "../compile.js";
import { ArgWinners } from "./arg-winners.js";
import { CountReduction } from "./count.js";
import { Positional } from "./positional.js";
import type { Reduction } from "./reduction.js";
import { SumReduction } from "./sum.js";
import { TopK } from "./top-k.js";
import { NUniqueReduction } from "./n-unique.js";

/** One aggregate call ready to run: its compiled arguments and its reduction. */
export interface AggregateCall {
  readonly args: readonly CompiledScalar[];
  readonly reduction: Reduction;
}

/** The largest |index| of get(lit(index)): its state keeps up to that many values per group. */
const MAX_POSITION = 1 << 16;

const ARG_MODES = {
  argmin: { max: false, skipNaN: false },
  argmax: { max: true, skipNaN: false },
  nanargmin: { max: false, skipNaN: true },
  nanargmax: { max: true, skipNaN: true },
} as const;

/**
 * The reduction of an aggregate function call.
 * @param expr - the call (its node is a function of kind "aggregate")
 * @param schema - the input schema
 * @returns compiled arguments and a fresh reduction
 * @throws TypeError for an aggregate nested in an argument, or a `get` index it cannot stream
 */
export function aggregateCall(expr: Expr, schema: Schema): AggregateCall {
  const node = expr.node as FunctionNode<Expr>;
  const type = typeOf(expr, schema);
  const [x, y] = node.args;
  const rowWise = (arg: Expr) => {
    if (isAggregate(arg)) {
      throw new TypeError(`${formatExpr(expr)} aggregates ${formatExpr(arg)}, which is already an aggregate; aggregates do not nest`);
    }
    return compileScalar(arg, schema);
  };
  switch (node.name) {
    case "count":
      return { args: [rowWise(x)], reduction: new CountReduction() };
    case "sum":
    case "mean": {
      const input = rowWise(x);
      const reduction = input.type.typeId === Type.Null ? new NullReduction(type) : new SumReduction(input.type, node.name === "mean", type);
      return { args: [input], reduction };
    }
    case "min":
    case "max": {
      const input = rowWise(x);
      return { args: [input], reduction: new ArgWinners(input.type, { max: node.name === "max", skipNaN: false }, type, true) };
    }
    case "argmin":
    case "argmax":
    case "nanargmin":
    case "nanargmax": {
      const input = rowWise(x);
      return { args: [input], reduction: new ArgWinners(input.type, ARG_MODES[node.name], type, false) };
    }
    case "minBy":
    case "maxBy": {
      const by = rowWise(y);
      return { args: [by, rowWise(x)], reduction: new ArgWinners(by.type, { max: node.name === "maxBy", skipNaN: false }, type, true) };
    }
    case "first":
    case "last":
      return { args: [rowWise(x)], reduction: new Positional(type, node.name === "first" ? 0 : -1) };
    case "get":
      return elementCall(expr, x, y, type, rowWise);
    case "argminK":
    case "argmaxK":
    case "bottomK":
    case "topK": {
      const input = rowWise(x);
      const mode = { descending: node.name === "argmaxK" || node.name === "topK", nanFirst: node.name === "argminK", positions: node.name.startsWith("arg") };
      return { args: [input], reduction: new TopK(input.type, Number((y.node as LiteralNode).value), mode) };
    }
    case "nUnique": {
      const input = rowWise(x);
      return { args: [input], reduction: new NUniqueReduction(input.type) };
    }
    default:
      throw new TypeError(`${formatExpr(expr)} is not an aggregate function`);
  }
}

/** get(index): a literal position, or the value at an arg-reduction's winner (like minBy). */
function elementCall(expr: Expr, x: Expr, index: Expr, type: DataType, rowWise: (e: Expr) => CompiledScalar): AggregateCall {
  let node = index.node;
  while (node.kind === "alias") node = node.input.node;
  if (node.kind === "literal") {
    const values = rowWise(x);
    if (node.value === null) return { args: [values], reduction: new NullReduction(type) };
    const position = Number(node.value);
    if (Math.abs(position) >= MAX_POSITION) {
      throw new TypeError(
        `${formatExpr(expr)} is not supported: a streamed get keeps every row up to its index (so partial states can merge), ` +
          `which is limited to indices from ${-MAX_POSITION} to ${MAX_POSITION - 1}; slice the frame first`,
      );
    }
    return { args: [values], reduction: new Positional(type, position) };
  }
  if (node.kind === "function" && node.name in ARG_MODES) {
    const by = rowWise(node.args[0]);
    const mode = ARG_MODES[node.name as keyof typeof ARG_MODES];
    return { args: [by, rowWise(x)], reduction: new ArgWinners(by.type, mode, type, true) };
  }
  throw new TypeError(
    `${formatExpr(expr)} is not supported: a streamed get needs its index to be an integer literal or ` +
      `an argmin, argmax, nanargmin or nanargmax of a row-wise expression (got ${formatExpr(index)})`,
  );
}

/** An aggregate whose every result is null: sums of a Null-typed input, get(lit(null)). */
class NullReduction implements Reduction {
  constructor(readonly type: DataType) {}
  update(): void {}
  merge(): void {}
  finish(groupCount: number): Data {
    return nullData(this.type, groupCount);
  }
  save(): unknown {
    return null;
  }
  load(): void {}
}
