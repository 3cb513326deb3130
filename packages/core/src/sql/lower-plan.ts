import { type DataType, type Schema, Type } from "apache-arrow";
import { Expr, fieldOf, typeOf } from "../expr/index.js";
import { aggregateNode } from "../plan/builder.js";
import type { AggregateNode, ConcatNode, JoinNode, PlanNode, ScanNode, ScanSource, SelectNode, SliceNode, SortNode } from "../plan/nodes.js";
import type { SqlDialect } from "./dialect.js";
import { SqlLoweringError } from "./errors.js";
import { aggregateLeaf, GROUP_SIZE, ROW_NUMBER } from "./lower-aggregate.js";
import { POSITION, slot } from "./names.js";
import { isFloat, lowerExpr, orderKey } from "./lower-expr.js";
import { lowerWindow } from "./lower-window.js";

/**
 * How a scan's source appears in SQL: a relation holding the source's columns as `c0`, `c1`, …
 * (see {@link slot}) and a `__quiver_pos` column that orders its rows as the source does.
 */
export type SourceRelation = (source: ScanSource, dialect: SqlDialect) => string;

/** How a result column leaves the query: its SQL as the engine reading it takes it (by default as it is). */
export type OutputColumn = (column: string, type: DataType) => string;


/**
 * A logical plan as one SQL query (a chain of CTEs) that gives the engine's answer on another
 * engine: every relation carries the row-order column, rows come out in the engine's order, and
 * the argmin family is computed per group from the winning row's position.
 * @param plan - the plan as written (the remote engine optimizes it itself)
 * @param dialect - the SQL dialect
 * @param relation - how each scan's source appears
 * @param output - how each result column leaves the query
 * @returns the SQL text
 * @throws SqlLoweringError for a node or function the lowering does not cover yet
 */
export function lowerPlan(plan: PlanNode, dialect: SqlDialect, relation: SourceRelation, output: OutputColumn = (column) => column): string {
  const lowering = new Lowering(dialect, relation);
  const last = lowering.node(plan);
  const columns = plan.schema.fields.map((f, i) => `${output(dialect.ident(slot(i)), f.type)} AS ${dialect.ident(f.name)}`).join(", ");
  return `WITH ${lowering.ctes.join(",\n")}\nSELECT ${columns || "1 AS _"} FROM ${last} ORDER BY ${dialect.ident(POSITION)}`;
}

class Lowering {
  readonly ctes: string[] = [];
  private readonly d: SqlDialect;

  constructor(dialect: SqlDialect, private readonly relation: SourceRelation) {
    this.d = dialect;
  }

  /** Lowers a node into CTEs; returns the name of the one holding its rows. */
  node(node: PlanNode): string {
    switch (node.kind) {
      case "scan": return this.scan(node);
      case "filter": {
        const input = this.node(node.input);
        return this.cte(`SELECT * FROM ${input} WHERE ${this.row(node.predicate, node.input.schema)}`);
      }
      case "select": return node.aggregate ? this.aggregate(node, [], node.exprs) : this.project(node.input, node.exprs.map((e) => [fieldOf(e, node.input.schema).name, e]));
      case "withColumns": {
        const added = new Map(node.exprs.map((e) => [fieldOf(e, node.input.schema).name, e]));
        return this.project(node.input, node.schema.fields.map((f) => [f.name, added.get(f.name) ?? null]));
      }
      case "aggregate": return this.aggregate(node, node.keys, node.aggs);
      case "sort": return this.sort(node);
      case "slice": return this.slice(node);
      case "join": return this.join(node);
      case "tail": {
        const input = this.node(node.input);
        return this.cte(`SELECT * FROM (SELECT * FROM ${input} ORDER BY ${this.pos} DESC LIMIT ${node.n}) t`);
      }
      case "concat": return this.concat(node);
      case "rowIndex": {
        const input = this.node(node.input);
        const shifted = node.input.schema.fields.map((_, i) => `${this.d.ident(slot(i))} AS ${this.d.ident(slot(i + 1))}`);
        return this.cte(`SELECT CAST(ROW_NUMBER() OVER (ORDER BY ${this.pos}) - 1 AS BIGINT) AS ${this.d.ident(slot(0))}, ${[...shifted, this.pos].join(", ")} FROM ${input}`);
      }
    }
    throw new SqlLoweringError(`plan step ${(node as { kind: string }).kind} has no SQL lowering yet`);
  }

  private get pos(): string {
    return this.d.ident(POSITION);
  }

  private cte(sql: string): string {
    const name = `q${this.ctes.length}`;
    this.ctes.push(`${name} AS (${sql})`);
    return name;
  }

  private row(expr: Expr, schema: Schema): string {
    return lowerExpr(expr, this.scope(schema));
  }

  private scope(schema: Schema) {
    return { dialect: this.d, schema, column: (name: string) => this.d.ident(slot(schema.fields.findIndex((f) => f.name === name))) };
  }

  private scan(node: ScanNode): string {
    const source = node.source;
    const columns = node.schema.fields.map((f, i) => `${this.row(new Expr({ kind: "column", name: f.name }), source.schema)} AS ${this.d.ident(slot(i))}`);
    const where = node.predicate === null ? "" : ` WHERE ${this.row(node.predicate, source.schema)}`;
    const limit = node.limit === null ? "" : ` ORDER BY ${this.pos} LIMIT ${node.limit}`;
    return this.cte(`SELECT ${[...columns, this.pos].join(", ")} FROM ${this.relation(source, this.d)}${where}${limit}`);
  }

  /**
   * Named columns, each an expression (window calls included) or (null) the input column of that
   * name. An extreme broadcast over partitions (`argmin().over(k)`, `min`, `first`, …) is the
   * group-by of its partitions, joined back to the rows by key: the aggregate's own lowering.
   * Running and rolling extremes read each row's index within its partition, numbered first.
   */
  private project(input: PlanNode, columns: readonly (readonly [string, Expr | null])[]): string {
    const d = this.d;
    const from = this.node(input);
    const numbered = new Map<string, string>();
    const rowIndex = (partition: string): string => {
      if (!numbered.has(partition)) numbered.set(partition, d.ident(`__quiver_ri${numbered.size}`));
      return `t.${numbered.get(partition)!}`;
    };
    const scope = {
      ...this.scope(input.schema),
      column: (name: string) => `t.${d.ident(slot(input.schema.fields.findIndex((f) => f.name === name)))}`,
      position: `t.${this.pos}`,
      rowIndex,
    };
    const joins: string[] = [];
    const window = (e: Expr, keys: readonly Expr[]): string => {
      const name = e.node.kind === "function" ? e.node.name : "";
      if (keys.length === 0 || !GROUPED_OVER.has(name)) return lowerWindow(e, keys, scope);
      const a = `a${joins.length}`;
      const grouped = this.node(aggregateNode(input, keys.map((k, i) => k.alias(`__quiver_ok${i}`)), [e.alias("__quiver_over")]));
      const on = keys.map((k, i) => `${orderKey(lowerExpr(k, scope), typeOf(k, input.schema))} IS NOT DISTINCT FROM ${orderKey(`${a}.${d.ident(slot(i))}`, typeOf(k, input.schema))}`);
      joins.push(` LEFT JOIN ${grouped} ${a} ON ${on.join(" AND ")}`);
      return `${a}.${d.ident(slot(keys.length))}`;
    };
    const list = columns.map(([name, e], i) => `${lowerExpr(e ?? new Expr({ kind: "column", name }), { ...scope, window })} AS ${d.ident(slot(i))}`);
    const indices = [...numbered].map(([partition, name]) => `ROW_NUMBER() OVER (${partition}ORDER BY ${scope.position}) - 1 AS ${name}`);
    const rows = indices.length === 0 ? from : `(SELECT t.*, ${indices.join(", ")} FROM ${from} t)`;
    return this.cte(`SELECT ${[...list, `${scope.position} AS ${this.pos}`].join(", ")} FROM ${rows} t${joins.join("")}`);
  }

  /**
   * The rows from `offset` on, `length` of them (all when null). A leading slice is a LIMIT; one
   * with an offset numbers the rows instead of using OFFSET, which DuckDB (1.5, several threads)
   * may apply to the wrong rows when the slice feeds a join.
   */
  private slice(node: SliceNode): string {
    const input = this.node(node.input);
    if (node.offset === 0) return this.cte(`SELECT * FROM ${input} ORDER BY ${this.pos}${node.length === null ? "" : ` LIMIT ${node.length}`}`);
    const rn = this.d.ident(ROW_NUMBER);
    const columns = [...node.schema.fields.map((_, i) => this.d.ident(slot(i))), this.pos].join(", ");
    const end = node.length === null ? "" : ` AND ${rn} < ${node.offset + node.length}`;
    return this.cte(`SELECT ${columns} FROM (SELECT *, ROW_NUMBER() OVER (ORDER BY ${this.pos}) - 1 AS ${rn} FROM ${input}) t WHERE ${rn} >= ${node.offset}${end}`);
  }

  /** The inputs' rows one after the other, renumbered in that order. */
  private concat(node: ConcatNode): string {
    const columns = node.schema.fields.map((_, i) => this.d.ident(slot(i))).join(", ");
    const part = this.d.ident("__quiver_part");
    const parts = node.inputs.map((input, i) => `SELECT ${columns}, ${i} AS ${part}, ${this.pos} FROM ${this.node(input)}`);
    return this.cte(`SELECT ${columns}, ROW_NUMBER() OVER (ORDER BY ${part}, ${this.pos}) - 1 AS ${this.pos} FROM (${parts.join(" UNION ALL ")}) t`);
  }

  /** Sorted by the keys, then by the input order (a stable sort); positions renumbered. */
  private sort(node: SortNode): string {
    const input = this.node(node.input);
    const keys = node.keys.map((k, i) => {
      const { descending, nullsLast } = node.directions[i];
      return `${orderKey(this.row(k, node.input.schema), typeOf(k, node.input.schema))} ${descending ? "DESC" : "ASC"} NULLS ${nullsLast ? "LAST" : "FIRST"}`;
    });
    const columns = node.schema.fields.map((_, i) => this.d.ident(slot(i))).join(", ");
    const sorted = this.cte(`SELECT ${columns}, ROW_NUMBER() OVER (ORDER BY ${[...keys, this.pos].join(", ")}) - 1 AS ${this.pos} FROM ${input}`);
    return node.limit === null ? sorted : this.cte(`SELECT * FROM ${sorted} WHERE ${this.pos} < ${node.limit}`);
  }

  /**
   * A join in the engine's row order: the preserved side's rows in order, each followed by its
   * matches in the other side's order (a full join's right-only rows last). SQL's `=` already has
   * the engine's key equality: null never matches, NaN matches NaN, -0 matches 0, strings by bytes.
   */
  private join(node: JoinNode): string {
    const d = this.d;
    const [left, right] = [this.node(node.left), this.node(node.right)];
    const column = (side: "l" | "r", name: string) => {
      const schema = side === "l" ? node.left.schema : node.right.schema;
      return `${side}.${d.ident(slot(schema.fields.findIndex((f) => f.name === name)))}`;
    };
    node.leftOn.forEach((name, i) => checkJoinKey(node, name, node.rightOn[i]));
    const on = node.leftOn.map((name, i) => `${column("l", name)} = ${column("r", node.rightOn[i])}`).join(" AND ");
    const [lpos, rpos] = [`l.${this.pos}`, `r.${this.pos}`];
    if (node.how === "semi" || node.how === "anti") {
      const columns = node.outputs.map((o, i) => `${column("l", o.name)} AS ${d.ident(slot(i))}`);
      const exists = `${node.how === "anti" ? "NOT " : ""}EXISTS (SELECT 1 FROM ${right} r WHERE ${on})`;
      return this.cte(`SELECT ${[...columns, `${lpos} AS ${this.pos}`].join(", ")} FROM ${left} l WHERE ${exists}`);
    }
    const columns = node.outputs.map((o, i) => `${column(o.side === "left" ? "l" : "r", o.name)} AS ${d.ident(slot(i))}`);
    const order = node.how === "right" ? `${rpos}, ${lpos}` : `${lpos} NULLS LAST, ${rpos}`;
    const pairing = node.how === "cross" ? `CROSS JOIN ${right} r` : `${JOIN_SQL[node.how]} JOIN ${right} r ON ${on}`;
    return this.cte(`SELECT ${[...columns, `ROW_NUMBER() OVER (ORDER BY ${order}) - 1 AS ${this.pos}`].join(", ")} FROM ${left} l ${pairing}`);
  }

  /**
   * Groups (or the whole frame, without keys) reduced in two passes: the first computes each
   * aggregate's value, or the position of the row that wins it; the second counts, per group, the
   * rows before each winner — its index within the group. Groups come out in order of first row.
   */
  private aggregate(node: AggregateNode | SelectNode, keys: readonly Expr[], aggs: readonly Expr[]): string {
    const input = this.node(node.input);
    const schema = node.input.schema;
    const d = this.d;
    // Float keys group as the engine groups them, -0 with 0 (made explicit: engines may tell them
    // apart in a window's partition), and come out as the group's first row has them.
    const keySql = keys.map((k) => orderKey(this.row(k, schema), typeOf(k, schema)));
    const keyValues = keys.map((k) => (isFloat(typeOf(k, schema)) ? aggregateLeaf(k.first(), this.scope(schema)).sql : null));
    const keyName = (i: number) => d.ident(keyValues[i] === null ? `__quiver_k${i}` : `__quiver_kv${i}`);
    const leaves: { sql: string; positional: boolean; numbered?: boolean; expr: Expr }[] = [];
    const leafOf = (expr: Expr): number => {
      const leaf = aggregateLeaf(expr, this.scope(schema));
      leaves.push({ ...leaf, expr });
      return leaves.length - 1;
    };
    const leafValue = (i: number) => {
      const value = `g.${d.ident(`__quiver_a${i}`)}`;
      return leaves[i].positional ? `(CASE WHEN ${value} IS NULL THEN NULL ELSE CAST(COALESCE(c.${d.ident(`__quiver_c${i}`)}, 0) AS BIGINT) END)` : value;
    };
    const outer = aggs.map((a) => lowerExpr(a, { ...this.scope(schema), aggregate: (e) => leafValue(leafOf(e)) }));
    const first = d.ident("__quiver_first");
    const groupBy = keys.length === 0 ? "" : ` GROUP BY ${keySql.join(", ")}`;
    // Each row's number within its group, and the group's size, for get(k): a window per group.
    const partition = keys.length === 0 ? "" : `PARTITION BY ${keySql.join(", ")} `;
    const rows = leaves.some((l) => l.numbered)
      ? this.cte(`SELECT *, ROW_NUMBER() OVER (${partition}ORDER BY ${this.pos}) - 1 AS ${d.ident(ROW_NUMBER)}, COUNT(*) OVER (${partition.trimEnd()}) AS ${d.ident(GROUP_SIZE)} FROM ${input}`)
      : input;
    const pass1 = this.cte(
      `SELECT ${[...keySql.map((k, i) => `${k} AS ${d.ident(`__quiver_k${i}`)}`), ...keyValues.flatMap((k, i) => (k === null ? [] : [`${k} AS ${keyName(i)}`])), `MIN(${this.pos}) AS ${first}`, ...leaves.map((l, i) => `${l.sql} AS ${d.ident(`__quiver_a${i}`)}`)].join(", ")} FROM ${rows}${groupBy}`,
    );
    const positional = leaves.map((l, i) => (l.positional ? i : -1)).filter((i) => i >= 0);
    let counts = "";
    if (positional.length > 0) {
      const sums = positional.map((i) => `SUM(CASE WHEN r.${this.pos} < g.${d.ident(`__quiver_a${i}`)} THEN 1 ELSE 0 END) AS ${d.ident(`__quiver_c${i}`)}`);
      const rows = this.cte(`SELECT ${this.pos}, ${keySql.map((k, i) => `${k} AS ${d.ident(`__quiver_rk${i}`)}`).join(", ") || "1 AS __quiver_one"} FROM ${input}`);
      const joinOn = keySql.map((_, i) => `r.${d.ident(`__quiver_rk${i}`)} IS NOT DISTINCT FROM g.${d.ident(`__quiver_k${i}`)}`).join(" AND ") || "TRUE";
      counts = this.cte(`SELECT g.${first} AS ${first}, ${sums.join(", ")} FROM ${pass1} g JOIN ${rows} r ON ${joinOn} GROUP BY g.${first}`);
    }
    const names = node.schema.fields.map((_, i) => d.ident(slot(i)));
    const columns = [
      ...keys.map((_, i) => `g.${keyName(i)} AS ${names[i]}`),
      ...outer.map((sql, j) => `${sql} AS ${names[keys.length + j]}`),
      `${keys.length === 0 ? "0" : `g.${first}`} AS ${this.pos}`,
    ];
    const join = counts === "" ? "" : ` LEFT JOIN ${counts} c ON c.${first} = g.${first}`;
    return this.cte(`SELECT ${columns.join(", ")} FROM ${pass1} g${join}`);
  }
}

/** Aggregates over partitions lowered as a group-by joined back (the others are window calls). */
const GROUPED_OVER = new Set(["argmin", "argmax", "nanargmin", "nanargmax", "min", "max", "first", "last", "minBy", "maxBy"]);

const JOIN_SQL: Record<string, string> = { inner: "INNER", left: "LEFT", right: "RIGHT", full: "FULL OUTER" };

/**
 * Keys of the same type, or two integer types, compare in SQL as in the engine. An integer key
 * with a float one goes through the engine's strict cast to Float64, which SQL does not mimic.
 */
function checkJoinKey(node: JoinNode, leftName: string, rightName: string): void {
  const [a, b] = [node.left.schema.fields.find((f) => f.name === leftName)!.type, node.right.schema.fields.find((f) => f.name === rightName)!.type];
  const integers = a.typeId === Type.Int && b.typeId === Type.Int;
  if (!integers && String(a) !== String(b)) throw new SqlLoweringError(`a join of ${String(a)} key "${leftName}" with ${String(b)} key "${rightName}" has no SQL lowering yet`);
}
