import { type DataType, Field, Schema } from "apache-arrow";
import { dictionaryValueType, isOrderable, numericInfo, sameType } from "../expr/dtypes.js";
import { numericSupertype } from "../expr/index.js";
import { columnIndex } from "../types/column-lookup.js";
import type { JoinHow, JoinNode, JoinOutput, PlanNode } from "./nodes.js";

/** The join kinds, as `how` names them. */
export const JOIN_HOWS: readonly JoinHow[] = ["inner", "left", "right", "full", "semi", "anti", "cross"];

/** A join's keys and how it pairs rows, as the builder takes them. */
export interface JoinSpec {
  readonly how: JoinHow;
  readonly leftOn: readonly string[];
  readonly rightOn: readonly string[];
  /** Appended to a right column whose name is already taken by a left one. */
  readonly suffix: string;
}

/**
 * Joins two plans. The output holds the left columns, then the right ones, except that the
 * key columns appear once where both sides' keys are equal by construction: inner and left joins
 * drop the right keys, right joins the left keys; full and cross joins keep every column; semi
 * and anti joins give the left columns only. A right column whose name a kept left column
 * already has takes the suffix.
 * @throws ColumnNotFoundError for an unknown key column; TypeError for keys of incompatible
 *   types, a bad `how`, or names that still clash after the suffix
 */
export function joinNode(left: PlanNode, right: PlanNode, spec: JoinSpec): JoinNode {
  const { how, leftOn, rightOn, suffix } = spec;
  if (!JOIN_HOWS.includes(how)) throw new TypeError(`join: how must be one of ${JOIN_HOWS.map((h) => `"${h}"`).join(", ")}, got ${JSON.stringify(how)}`);
  if (how === "cross" && leftOn.length + rightOn.length > 0) throw new TypeError("join: a cross join takes no keys");
  if (how !== "cross" && leftOn.length === 0) throw new TypeError(`join: a ${how} join needs keys: pass on, or leftOn and rightOn`);
  if (leftOn.length !== rightOn.length) throw new TypeError(`join: ${leftOn.length} left keys but ${rightOn.length} right keys`);
  const keyTypes = leftOn.map((name, k) => keyType(left, name, right, rightOn[k]));
  const outputs = joinOutputs(left, right, how, leftOn, rightOn);
  return Object.freeze({ kind: "join", left, right, how, leftOn, rightOn, keyTypes, outputs, schema: joinSchema(left, right, how, outputs, suffix) });
}

/**
 * The output schema of a join: each output column from its side, suffixed when a kept left column
 * has its name, nullable when its side may be missing.
 * @throws TypeError for names that still clash after the suffix
 */
export function joinSchema(left: PlanNode, right: PlanNode, how: JoinHow | "asof", outputs: readonly JoinOutput[], suffix: string): Schema {
  const leftNames = new Set(outputs.filter((o) => o.side === "left").map((o) => o.name));
  const fields = outputs.map((o) => outputField(o, left, right, how, o.side === "right" && leftNames.has(o.name) ? suffix : ""));
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.name)) throw new TypeError(`join: the output would have two columns named "${f.name}"; pass another suffix or rename a column`);
    seen.add(f.name);
  }
  return new Schema(fields);
}

/** The type a key pair is compared in: dictionaries by their values, numbers by their supertype. */
export function keyType(left: PlanNode, leftName: string, right: PlanNode, rightName: string): DataType {
  const l = valueType(left.schema.fields[columnIndex(left.schema, leftName)].type);
  const r = valueType(right.schema.fields[columnIndex(right.schema, rightName)].type);
  for (const [name, type] of [[leftName, l], [rightName, r]] as const) {
    if (!isOrderable(type)) throw new TypeError(`join: key "${name}" of type ${String(type)} cannot be compared`);
  }
  if (sameType(l, r)) return l;
  if (numericInfo(l) !== undefined && numericInfo(r) !== undefined) return numericSupertype({ type: l }, { type: r });
  throw new TypeError(`join: key "${leftName}" is ${String(l)} on the left but "${rightName}" is ${String(r)} on the right; cast one of them`);
}

function valueType(type: DataType): DataType {
  return dictionaryValueType(type) ?? type;
}

function joinOutputs(left: PlanNode, right: PlanNode, how: JoinHow, leftOn: readonly string[], rightOn: readonly string[]): JoinOutput[] {
  const side = (node: PlanNode, name: "left" | "right", skip: readonly string[]) =>
    node.schema.fields.filter((f) => !skip.includes(f.name)).map((f): JoinOutput => ({ side: name, name: f.name }));
  switch (how) {
    case "semi":
    case "anti":
      return side(left, "left", []);
    case "inner":
    case "left":
      return [...side(left, "left", []), ...side(right, "right", rightOn)];
    case "right":
      return [...side(left, "left", leftOn), ...side(right, "right", [])];
    case "full":
    case "cross":
      return [...side(left, "left", []), ...side(right, "right", [])];
  }
}

/** The output field of a column: suffixed when it clashes, nullable when its side may be missing. */
function outputField(output: JoinOutput, left: PlanNode, right: PlanNode, how: JoinHow | "asof", suffix: string): Field {
  const input = output.side === "left" ? left : right;
  const field = input.schema.fields[columnIndex(input.schema, output.name)];
  const mayBeMissing = how === "full" || (output.side === "left" ? how === "right" : how === "left" || how === "asof");
  return new Field(output.name + suffix, field.type, field.nullable || mayBeMissing);
}
