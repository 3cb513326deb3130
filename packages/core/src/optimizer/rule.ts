import { inputsOf, type PlanNode } from "../plan/nodes.js";

/**
 * One rewrite of a logical plan. `apply` returns the same node object when it changes nothing,
 * which is how the driver detects the fixed point. A rule must never change the plan's output
 * schema; the driver checks.
 */
export interface OptimizerRule {
  readonly name: string;
  apply(plan: PlanNode): PlanNode;
}

/**
 * Rebuilds a node with a new input, keeping everything else; returns the node itself when the
 * input did not change, so unchanged subtrees stay identical.
 */
export function withInput<T extends PlanNode>(node: T, input: PlanNode): T {
  if (node.kind === "scan" || node.kind === "join" || node.kind === "concat" || (node as { input: PlanNode }).input === input) return node;
  return Object.freeze({ ...node, input }) as unknown as T;
}

/** Rebuilds a node with new inputs (in {@link inputsOf} order); the node itself when none changed. */
export function withInputs<T extends PlanNode>(node: T, inputs: readonly PlanNode[]): T {
  if (node.kind === "concat") return inputs.every((input, i) => input === node.inputs[i]) ? node : (Object.freeze({ ...node, inputs }) as unknown as T);
  if (node.kind !== "join") return inputs.length === 0 ? node : withInput(node, inputs[0]);
  const [left, right] = inputs;
  if (node.left === left && node.right === right) return node;
  return Object.freeze({ ...node, left, right }) as unknown as T;
}

/** Applies `rewrite` to every node bottom-up, sharing unchanged subtrees. */
export function transformUp(plan: PlanNode, rewrite: (node: PlanNode) => PlanNode): PlanNode {
  return rewrite(withInputs(plan, inputsOf(plan).map((input) => transformUp(input, rewrite))));
}
