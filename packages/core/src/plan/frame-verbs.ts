import { Type } from "apache-arrow";
import { col, type Expr } from "../expr/index.js";
import { columnIndex } from "../types/column-lookup.js";
import { filterNode, selectNode } from "./builder.js";
import type { PlanNode } from "./nodes.js";

/**
 * Frame verbs that are other nodes in disguise: renaming and dropping columns are selects,
 * dropping rows with nulls or NaN is a filter — so the optimizer treats them as it treats those.
 */

/**
 * Renames columns, keeping their order.
 * @param mapping - old name → new name
 * @throws ColumnNotFoundError for an unknown old name; TypeError when two columns end up with one name
 */
export function renameNode(input: PlanNode, mapping: Readonly<Record<string, string>>): PlanNode {
  for (const name of Object.keys(mapping)) columnIndex(input.schema, name);
  return selectNode(input, input.schema.fields.map((f) => (mapping[f.name] === undefined || mapping[f.name] === f.name ? col(f.name) : col(f.name).alias(mapping[f.name]))));
}

/**
 * Drops columns.
 * @throws ColumnNotFoundError for an unknown name
 */
export function dropNode(input: PlanNode, names: readonly string[]): PlanNode {
  for (const name of names) columnIndex(input.schema, name);
  return selectNode(input, input.schema.fields.filter((f) => !names.includes(f.name)).map((f) => col(f.name)));
}

/**
 * Keeps the rows with no null in the given columns (all columns when none are given).
 * @throws ColumnNotFoundError for an unknown name
 */
export function dropNullsNode(input: PlanNode, subset?: readonly string[]): PlanNode {
  const names = subsetOf(input, subset);
  return names.length === 0 ? input : filterNode(input, conjoin(names.map((n) => col(n).isNotNull())));
}

/**
 * Keeps the rows with no NaN in the given float columns (every float column when none are
 * given); a null is not NaN, so it stays.
 * @throws ColumnNotFoundError for an unknown name; TypeError naming a given column that is not a float column
 */
export function dropNansNode(input: PlanNode, subset?: readonly string[]): PlanNode {
  const names = subset === undefined ? input.schema.fields.filter((f) => f.type.typeId === Type.Float).map((f) => f.name) : subsetOf(input, subset);
  for (const name of names) {
    const type = input.schema.fields[columnIndex(input.schema, name)].type;
    if (type.typeId !== Type.Float) throw new TypeError(`dropNans: column "${name}" is ${String(type)}, not a float column`);
  }
  return names.length === 0 ? input : filterNode(input, conjoin(names.map((n) => col(n).isNaN().not().fillNull(true))));
}

function subsetOf(input: PlanNode, subset: readonly string[] | undefined): readonly string[] {
  if (subset === undefined) return input.schema.fields.map((f) => f.name);
  for (const name of subset) columnIndex(input.schema, name);
  return subset;
}

function conjoin(predicates: readonly Expr[]): Expr {
  return predicates.reduce((a, b) => a.and(b));
}
