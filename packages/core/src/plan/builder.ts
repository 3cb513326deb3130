import { Field, Int64, Schema } from "apache-arrow";
import { type Expr, fieldOf, formatExpr, isAggregate, isWindow, typeOf } from "../expr/index.js";
import type { SortDirection } from "../kernels/sort/sort-indices.js";
import { orderedKernelOf } from "../types/orderable.js";
import type {
  AggregateNode, FilterNode, PlanNode, RowIndexNode, ScanNode, ScanSource, SelectNode, SliceNode, SortNode, TailNode, WithColumnsNode,
} from "./nodes.js";

/**
 * Builders of plan nodes: each validates its expressions against the input schema and computes
 * the output schema, so a misspelt column or a type error is reported when the query is written.
 */

/** Scans a whole source. */
export function scanNode(source: ScanSource): ScanNode {
  return freeze({ kind: "scan", source, columns: null, predicate: null, limit: null, schema: source.schema });
}

/**
 * Keeps rows where `predicate` holds.
 * @throws TypeError unless the predicate is a row-wise Bool expression
 */
export function filterNode(input: PlanNode, predicate: Expr): FilterNode {
  const type = typeOf(predicate, input.schema);
  rejectWindow(predicate, "filter");
  if (isAggregate(predicate)) throw new TypeError("filter takes a row-wise predicate, not an aggregate");
  if (String(type) !== "Bool") throw new TypeError(`filter needs a Bool predicate, got ${String(type)}`);
  return freeze({ kind: "filter", input, predicate, schema: input.schema });
}

/**
 * Computes columns from expressions: either all aggregates (one row) or all row-wise.
 * @throws TypeError when aggregates and row-wise expressions are mixed, or names repeat
 */
export function selectNode(input: PlanNode, exprs: readonly Expr[]): SelectNode {
  const fields = exprs.map((e) => fieldOf(e, input.schema));
  assertUniqueNames(fields);
  const aggregates = exprs.filter(isAggregate).length;
  if (aggregates > 0) for (const e of exprs) rejectWindow(e, "an aggregating select");
  if (aggregates > 0 && aggregates < exprs.length) {
    throw new TypeError("select mixes aggregates with row-wise expressions; aggregate every expression or use groupBy().agg()");
  }
  return freeze({ kind: "select", input, exprs, aggregate: aggregates > 0, schema: new Schema(fields) });
}

/** Adds or replaces columns by name, keeping the position of replaced ones. */
export function withColumnsNode(input: PlanNode, exprs: readonly Expr[]): WithColumnsNode {
  const added = exprs.map((e) => fieldOf(e, input.schema));
  assertUniqueNames(added);
  for (const e of exprs) if (isAggregate(e)) throw new TypeError("withColumns takes row-wise expressions, not aggregates");
  const fields = input.schema.fields.map((f) => added.find((a) => a.name === f.name) ?? f);
  for (const a of added) if (!input.schema.fields.some((f) => f.name === a.name)) fields.push(a);
  return freeze({ kind: "withColumns", input, exprs, schema: new Schema(fields) });
}

/**
 * Groups by keys and aggregates; the output holds the keys, then the aggregates.
 * @throws TypeError when a key is an aggregate or an aggregate expression is row-wise
 */
export function aggregateNode(input: PlanNode, keys: readonly Expr[], aggs: readonly Expr[]): AggregateNode {
  for (const k of keys) if (isAggregate(k)) throw new TypeError("groupBy keys must be row-wise expressions");
  for (const e of [...keys, ...aggs]) rejectWindow(e, "groupBy");
  for (const a of aggs) if (!isAggregate(a)) throw new TypeError("agg takes aggregates, such as col(\"x\").argmin()");
  const fields = [...keys, ...aggs].map((e) => fieldOf(e, input.schema));
  assertUniqueNames(fields);
  return freeze({ kind: "aggregate", input, keys, aggs, schema: new Schema(fields) });
}

/**
 * Sorts rows by keys.
 * @throws TypeError when a key is an aggregate or its type has no order
 */
export function sortNode(input: PlanNode, keys: readonly Expr[], directions: readonly SortDirection[]): SortNode {
  if (keys.length === 0) throw new TypeError("sort needs at least one key");
  for (const k of keys) {
    if (isAggregate(k)) throw new TypeError("sort keys must be row-wise expressions, not aggregates");
    rejectWindow(k, "sort");
    const field = fieldOf(k, input.schema);
    orderedKernelOf(field.name, field.type, "sort");
  }
  return freeze({ kind: "sort", input, keys, directions, limit: null, schema: input.schema });
}

/** Keeps a range of rows. */
export function sliceNode(input: PlanNode, offset: number, length: number | null): SliceNode {
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`slice offset must be a non-negative integer, got ${offset}`);
  if (length !== null && (!Number.isInteger(length) || length < 0)) throw new RangeError(`slice length must be a non-negative integer, got ${length}`);
  return freeze({ kind: "slice", input, offset, length, schema: input.schema });
}

/**
 * The last `n` rows.
 * @throws RangeError unless `n` is a non-negative integer
 */
export function tailNode(input: PlanNode, n: number): TailNode {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`tail takes a non-negative integer number of rows, got ${n}`);
  return freeze({ kind: "tail", input, n, schema: input.schema });
}

/** Prepends a row-number column. */
export function rowIndexNode(input: PlanNode, name: string): RowIndexNode {
  if (input.schema.fields.some((f) => f.name === name)) throw new TypeError(`withRowIndex: column "${name}" already exists`);
  return freeze({ kind: "rowIndex", input, name, schema: new Schema([new Field(name, new Int64(), false), ...input.schema.fields]) });
}

/** Windows are computed by row-wise select and withColumns only, where every row is at hand in order. */
function rejectWindow(expr: Expr, where: string): void {
  if (isWindow(expr)) {
    throw new TypeError(`${where} cannot compute the window ${formatExpr(expr)}: add it as a column with withColumns first, then use the column`);
  }
}

function assertUniqueNames(fields: readonly Field[]): void {
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.name)) throw new TypeError(`duplicate output column "${f.name}": name one of them with .alias()`);
    seen.add(f.name);
  }
}

function freeze<T extends PlanNode>(node: T): T {
  return Object.freeze(node);
}
