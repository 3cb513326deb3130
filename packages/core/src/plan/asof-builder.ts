import { type DataType, Float64, Type } from "apache-arrow";
import { numericInfo, sameType } from "../expr/dtypes.js";
import { numericSupertype } from "../expr/index.js";
import type { AsofStrategy } from "../kernels/join/asof-search.js";
import { columnIndex } from "../types/column-lookup.js";
import { joinSchema, keyType } from "./join-builder.js";
import type { AsofSpec, JoinNode, JoinOutput, PlanNode } from "./nodes.js";

/** An as-of join as the builder takes it. */
export interface AsofJoinSpec {
  /** The as-of key of the left, and of the right (the same name for `on`). */
  readonly leftOn: string;
  readonly rightOn: string;
  /** Columns whose values must be equal, in pairs (as an equi-join's keys). */
  readonly byLeft: readonly string[];
  readonly byRight: readonly string[];
  readonly strategy: AsofStrategy;
  /** The largest distance between the keys of a match, in the key's units; null for any. */
  readonly tolerance: number | null;
  readonly suffix: string;
}

/**
 * Joins each left row with the right row its strategy picks among those with equal `by` values:
 * the last with a key at or below its key ("backward"), the first at or above ("forward"), or
 * the nearest (ties to the first row). The output holds the left columns, then the right ones but
 * the `by` columns and, when both sides name it alike, the as-of key; right columns are null
 * where no row matches.
 * @throws ColumnNotFoundError for an unknown column; TypeError for a key that is not a number,
 *   date, time, timestamp or duration, keys of different kinds, or a bad tolerance
 */
export function asofJoinNode(left: PlanNode, right: PlanNode, spec: AsofJoinSpec): JoinNode {
  const { strategy, tolerance, byLeft, byRight } = spec;
  if (byLeft.length !== byRight.length) throw new TypeError(`joinAsof: ${byLeft.length} left "by" columns but ${byRight.length} right ones`);
  const keyTypes = byLeft.map((name, k) => keyType(left, name, right, byRight[k]));
  const asofKey = asofKeyType(left, spec.leftOn, right, spec.rightOn);
  if (tolerance !== null && !(typeof tolerance === "number" && tolerance >= 0 && (asofKey.typeId === Type.Float ? tolerance < Infinity : Number.isSafeInteger(tolerance)))) {
    throw new TypeError(`joinAsof: tolerance must be a non-negative ${asofKey.typeId === Type.Float ? "number" : "integer"} in the units of the key, got ${String(tolerance)}`);
  }
  const dropped = [...byRight, ...(spec.leftOn === spec.rightOn ? [spec.rightOn] : [])];
  const outputs: JoinOutput[] = [
    ...left.schema.fields.map((f): JoinOutput => ({ side: "left", name: f.name })),
    ...right.schema.fields.filter((f) => !dropped.includes(f.name)).map((f): JoinOutput => ({ side: "right", name: f.name })),
  ];
  const asof: AsofSpec = { leftOn: spec.leftOn, rightOn: spec.rightOn, keyType: asofKey, strategy, tolerance };
  const schema = joinSchema(left, right, "asof", outputs, spec.suffix);
  return Object.freeze({ kind: "join", left, right, how: "asof", leftOn: byLeft, rightOn: byRight, keyTypes, outputs, asof, schema });
}

/** The type both as-of keys are compared in: numbers by their supertype (floats as Float64). */
function asofKeyType(left: PlanNode, leftName: string, right: PlanNode, rightName: string): DataType {
  const types = [left.schema.fields[columnIndex(left.schema, leftName)].type, right.schema.fields[columnIndex(right.schema, rightName)].type];
  [leftName, rightName].forEach((name, i) => {
    if (numericInfo(types[i]) === undefined && !TEMPORAL.includes(types[i].typeId)) {
      throw new TypeError(`joinAsof: key "${name}" is ${String(types[i])}; an as-of key is a number, date, time, timestamp or duration`);
    }
  });
  const [l, r] = types;
  if (numericInfo(l) !== undefined && numericInfo(r) !== undefined) {
    const type = sameType(l, r) ? l : numericSupertype({ type: l }, { type: r });
    return numericInfo(type)!.kind === "float" ? new Float64() : type;
  }
  if (sameType(l, r)) return l;
  throw new TypeError(`joinAsof: key "${leftName}" is ${String(l)} on the left but "${rightName}" is ${String(r)} on the right; cast one of them`);
}

const TEMPORAL: readonly Type[] = [Type.Date, Type.Time, Type.Timestamp, Type.Duration];
