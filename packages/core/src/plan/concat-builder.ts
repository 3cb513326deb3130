import { type DataType, Field, Schema } from "apache-arrow";
import { col, numericSupertype, sameType } from "../expr/index.js";
import { isNullType, numericInfo } from "../expr/dtypes.js";
import { selectNode } from "./builder.js";
import type { ConcatNode, PlanNode } from "./nodes.js";

/**
 * How `concat` matches its inputs' columns: `"vertical"` wants the same names, in the same order,
 * of the same types; `"vertical_relaxed"` also takes numbers of different types (and the Null
 * type), cast to their supertype as arithmetic promotes them.
 */
export type ConcatHow = "vertical" | "vertical_relaxed";

const HOWS: readonly ConcatHow[] = ["vertical", "vertical_relaxed"];

/**
 * The rows of several plans, one after another.
 * @param inputs - the plans, at least one
 * @param how - how strictly the columns must match
 * @returns the first input alone, or a concat node (its inputs cast where `how` relaxes types)
 * @throws TypeError naming the input and column whose name or type does not match
 */
export function concatNode(inputs: readonly PlanNode[], how: ConcatHow): PlanNode {
  if (!HOWS.includes(how)) throw new TypeError(`concat: how must be "vertical" or "vertical_relaxed", got ${JSON.stringify(how)}`);
  if (inputs.length === 0) throw new TypeError("concat needs at least one frame");
  const first = inputs[0].schema.fields;
  const names = first.map((f) => f.name);
  inputs.forEach((input, i) => {
    const other = input.schema.fields.map((f) => f.name);
    if (other.length !== names.length || other.some((n, c) => n !== names[c])) {
      throw new TypeError(`concat: frame ${i} has columns ${JSON.stringify(other)} where frame 0 has ${JSON.stringify(names)}; a vertical concat needs the same columns in the same order`);
    }
  });
  if (inputs.length === 1) return inputs[0];
  const types = first.map((field, c) => {
    let type = field.type;
    inputs.forEach((input, i) => {
      const other = input.schema.fields[c].type;
      const relaxed = how === "vertical_relaxed" ? supertype(type, other) : undefined;
      if (sameType(type, other)) return;
      if (relaxed === undefined) {
        const hint = how === "vertical" ? ` or pass how: "vertical_relaxed"` : "";
        throw new TypeError(`concat: column "${field.name}" is ${String(other)} in frame ${i} but ${String(type)} before it; cast one of them${hint}`);
      }
      type = relaxed;
    });
    return type;
  });
  const cast = inputs.map((input) => {
    const fields = input.schema.fields;
    if (fields.every((f, c) => sameType(f.type, types[c]))) return input;
    return selectNode(input, fields.map((f, c) => (sameType(f.type, types[c]) ? col(f.name) : col(f.name).cast(types[c]))));
  });
  const schema = new Schema(first.map((f, c) => new Field(f.name, types[c], inputs.some((input) => input.schema.fields[c].nullable))));
  const node: ConcatNode = { kind: "concat", inputs: cast, schema };
  return Object.freeze(node);
}

/** The type two columns of different types meet in when relaxed, or undefined. */
function supertype(a: DataType, b: DataType): DataType | undefined {
  if (sameType(a, b) || isNullType(b)) return a;
  if (isNullType(a)) return b;
  if (numericInfo(a) !== undefined && numericInfo(b) !== undefined) return numericSupertype({ type: a }, { type: b });
  return undefined;
}
