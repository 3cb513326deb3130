import { col, lit } from "../expr/index.js";
import { isOrderable } from "../expr/dtypes.js";
import { columnIndex } from "../types/column-lookup.js";
import { aggregateNode, filterNode, rowIndexNode, selectNode, sortNode } from "./builder.js";
import type { PlanNode } from "./nodes.js";

/** Which row of each set of duplicates `unique` keeps; "none" drops every row that has one. */
export type UniqueKeep = "first" | "last" | "any" | "none";

/**
 * Keeps one row per distinct value of the subset columns (all columns by default), as a group-by
 * in disguise: rows are duplicates when their subset values are equal as group-by keys are
 * (null equals null, NaN equals NaN, -0 equals 0). The kept rows stay in their input order.
 * @param input - the plan so far
 * @param subset - the columns that decide duplicates; all columns when absent
 * @param keep - "first" or "any" (the first row of each set), "last" (the last one), or "none"
 *   (only rows without a duplicate)
 * @returns the plan: an aggregate (after a row index for "last" and "none") and a select
 *   restoring the column order
 * @throws ColumnNotFoundError for an unknown subset column; TypeError for a subset column whose
 *   values have no equality (a List)
 */
export function uniqueNode(input: PlanNode, subset: readonly string[] | undefined, keep: UniqueKeep): PlanNode {
  const names = input.schema.fields.map((f) => f.name);
  const keys = subset ?? names;
  if (keys.length === 0) throw new TypeError("unique needs at least one subset column");
  for (const key of keys) {
    const type = input.schema.fields[columnIndex(input.schema, key)].type;
    if (!isOrderable(type)) throw new TypeError(`unique: column "${key}" of type ${String(type)} cannot be compared`);
  }
  const rest = names.filter((n) => !keys.includes(n));
  const inOrder = (plan: PlanNode) => selectNode(plan, names.map((n) => col(n)));
  if (keep === "first" || keep === "any") return inOrder(aggregateNode(input, keys.map((k) => col(k)), rest.map((n) => col(n).first())));
  const index = freshName(names, "__unique_row");
  const numbered = rowIndexNode(input, index);
  if (keep === "none") {
    const counted = aggregateNode(numbered, keys.map((k) => col(k)), [...rest.map((n) => col(n).first()), col(index).count()]);
    return inOrder(filterNode(counted, col(index).eq(lit(1))));
  }
  // The last row's own values, its keys included (-0 and 0 are one key but not one value).
  const hidden = keys.map((k) => freshName([...names, index], `__unique_key_${k}`));
  const grouped = aggregateNode(numbered, keys.map((k, i) => col(k).alias(hidden[i])), [...names.map((n) => col(n).last()), col(index).last()]);
  return inOrder(sortNode(grouped, [col(index)], [{ descending: false, nullsLast: true }]));
}

/** A column name not among `names`, from `base`. */
function freshName(names: readonly string[], base: string): string {
  let name = base;
  for (let i = 1; names.includes(name); i++) name = `${base}_${i}`;
  return name;
}

