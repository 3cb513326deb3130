import { type Expr, typeOf } from "../expr/index.js";
import type { LiteralNode } from "../expr/node.js";
import { SqlLoweringError } from "./errors.js";
import { carried, carry, extreme } from "./lower-aggregate.js";
import { type ExprScope, isFloat, lowerExpr, orderKey, wrapInteger } from "./lower-expr.js";
import { POSITION } from "./names.js";

/**
 * A window function, or an aggregate broadcast over partitions (`over`), as an SQL window call
 * with the engine's semantics: row numbers and shifts within the partition, running counts, exact
 * integer sums that wrap, float running sums added in row order, ranks with NaN above every number, running and rolling extremes and their positions
 * as the group-by's argmin (the extreme of (NaN flag, value, row index) structs: no two tie).
 * @param expr - the window call, or the aggregate of an `over`
 * @param keys - the `over` keys; none for a window over the whole frame
 * @param scope - the row scope (without windows: windows do not nest)
 * @returns SQL text
 * @throws SqlLoweringError for what is not lowered
 */
export function lowerWindow(expr: Expr, keys: readonly Expr[], scope: ExprScope): string {
  const { dialect: d, schema } = scope;
  let node = expr.node;
  while (node.kind === "alias") node = node.input.node;
  if (node.kind !== "function") throw new SqlLoweringError(`over of a ${node.kind} has no SQL lowering yet`);
  // A key given twice is given once: DuckDB 1.5 merged the partitions of (a, a) and (a, b)
  // windows of one SELECT into the rows of (a) for both.
  const keySql = [...new Set(keys.map((k) => orderKey(lowerExpr(k, scope), typeOf(k, schema))))];
  const partition = keySql.length === 0 ? "" : `PARTITION BY ${keySql.join(", ")} `;
  const pos = scope.position ?? d.ident(POSITION);
  const [arg] = node.args;
  const x = arg === undefined ? "" : lowerExpr(arg, scope);
  const type = arg === undefined ? undefined : typeOf(arg, schema);
  const integral = type !== undefined && !isFloat(type);
  const setting = node.args[1] === undefined ? 0 : Number((node.args[1].node as LiteralNode).value);
  const ordered = (frame: string) => `OVER (${partition}ORDER BY ${pos}${frame})`;
  const running = ordered(" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW");
  const rolling = ordered(` ROWS BETWEEN ${setting - 1} PRECEDING AND CURRENT ROW`);
  const whole = ordered(" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING");
  const nullIfNull = (sql: string) => `(CASE WHEN ${x} IS NULL THEN NULL ELSE ${sql} END)`;
  const wideSum = (over: string) => {
    if (!integral) throw new SqlLoweringError(`${node.name} of floats has no SQL lowering yet: DuckDB's compensated sum loses a small term added before a large one`);
    return `CAST(SUM(CAST(${x} AS ${d.wideInteger})) ${over} AS ${d.wideInteger})`;
  };
  // Sums wrap to Int64 as the engine's do; means divide the exact sum.
  const sum = (over: string) => wrapInteger(wideSum(over), 64, d);
  const mean = (over: string) => `(CAST(${wideSum(over)} AS DOUBLE) / COUNT(${x}) ${over})`;
  const minPeriods = Number(node.options?.minPeriods ?? setting);
  const enough = (sql: string) => `(CASE WHEN COUNT(${x}) ${rolling} < ${minPeriods} THEN NULL ELSE ${sql} END)`;
  // The extreme of a frame, its rows numbered within the partition: `p` of the winner is its index.
  const winner = (over: string, max: boolean, carried: readonly (readonly [string, string])[]) => {
    if (scope.rowIndex === undefined) throw new SqlLoweringError(`${node.name} has no SQL lowering here`);
    return `${extreme(x, type!, max, false, d, carried, scope.rowIndex(partition))} ${over}`;
  };
  const index = (over: string, max: boolean) => {
    const p = d.field(winner(over, max, []), "p");
    return max ? `(-${p})` : p;
  };
  const value = (over: string, max: boolean) => carried(winner(over, max, carry(x, type!, d)), type!, d);
  switch (node.name) {
    case "rowNumber": return `(ROW_NUMBER() ${ordered("")} - 1)`;
    case "shift": return setting === 0 ? x : `${setting > 0 ? "LAG" : "LEAD"}(${x}, ${Math.abs(setting)}) ${ordered("")}`;
    case "cumCount": return `COUNT(${x}) ${running}`;
    case "cumSum": return nullIfNull(type !== undefined && isFloat(type) ? d.sequentialSum(x, pos, running) : sum(running));
    case "cumMin": case "cumMax": return nullIfNull(value(running, node.name === "cumMax"));
    case "cumArgmin": case "cumArgmax": return index(running, node.name === "cumArgmax");
    case "rollingSum": return enough(sum(rolling));
    case "rollingMean": return enough(mean(rolling));
    case "rollingMin": case "rollingMax": return enough(value(rolling, node.name === "rollingMax"));
    case "rollingArgmin": case "rollingArgmax": return enough(index(rolling, node.name === "rollingArgmax"));
    case "rank": return rank(x, type!, keySql, node.options ?? {}, scope);
  }
  if (keys.length === 0) throw new SqlLoweringError(`${node.name} has no SQL lowering yet`);
  switch (node.name) {
    case "count": return `COUNT(${x}) ${whole}`;
    case "sum": return `(CASE WHEN COUNT(${x}) ${whole} = 0 THEN NULL ELSE ${sum(whole)} END)`;
    case "mean": return `(CASE WHEN COUNT(${x}) ${whole} = 0 THEN NULL ELSE ${mean(whole)} END)`;
  }
  throw new SqlLoweringError(`${node.name} over partitions has no SQL lowering yet`);
}

/**
 * A rank among the partition's non-null values (null for a null), NaN above every number, -0 equal
 * to 0: `min`, `max`, `dense`, `ordinal` (ties in row order) or `average` (of min and max).
 */
function rank(x: string, type: import("apache-arrow").DataType, keySql: readonly string[], options: Readonly<Record<string, unknown>>, scope: ExprScope): string {
  const d = scope.dialect;
  const key = orderKey(x, type);
  const order = `ORDER BY ${key} ${options.descending === true ? "DESC" : "ASC"}`;
  const partition = `PARTITION BY ${[...keySql, `(${x} IS NULL)`].join(", ")}`;
  const lowest = `RANK() OVER (${partition} ${order})`;
  const highest = `(${lowest} + COUNT(*) OVER (PARTITION BY ${[...keySql, key].join(", ")}) - 1)`;
  const ranks: Record<string, string> = {
    min: lowest,
    max: highest,
    dense: `DENSE_RANK() OVER (${partition} ${order})`,
    ordinal: `ROW_NUMBER() OVER (${partition} ${order}, ${scope.position ?? d.ident(POSITION)})`,
    average: `((CAST(${lowest} AS DOUBLE) + CAST(${highest} AS DOUBLE)) / 2)`,
  };
  const method = String(options.method ?? "average");
  return `(CASE WHEN ${x} IS NULL THEN NULL ELSE CAST(${ranks[method]} AS ${method === "average" ? "DOUBLE" : "BIGINT"}) END)`;
}
