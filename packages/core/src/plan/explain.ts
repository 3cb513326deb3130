import { formatExpr } from "../expr/index.js";
import { inputsOf, type PlanNode } from "./nodes.js";

/**
 * Prints a plan as an indented tree, the root first; a scan shows what was pushed into it.
 * @example
 * // SELECT [col("x").argmin()]
 * //   FILTER col("x").gt(0)
 * //     SCAN trips.arrow columns=["x"] predicate=none limit=none
 */
export function explainPlan(plan: PlanNode): string {
  const lines: string[] = [];
  const visit = (node: PlanNode, depth: number) => {
    lines.push(`${"  ".repeat(depth)}${describeNode(node)}`);
    for (const input of inputsOf(node)) visit(input, depth + 1);
  };
  visit(plan, 0);
  return lines.join("\n");
}

/** Column names, quoted. */
function names(columns: readonly string[]): string {
  return `[${columns.map((c) => JSON.stringify(c)).join(", ")}]`;
}

/** Already formatted items. */
function list(items: readonly string[]): string {
  return `[${items.join(", ")}]`;
}

function describeNode(node: PlanNode): string {
  switch (node.kind) {
    case "scan": {
      const columns = node.columns === null ? "*" : names(node.columns);
      const predicate = node.predicate === null ? "none" : formatExpr(node.predicate);
      const more = node.source.explain?.(node.predicate);
      return `SCAN ${node.source.name} columns=${columns} predicate=${predicate} limit=${node.limit ?? "none"}${more ? ` ${more}` : ""}`;
    }
    case "filter":
      return `FILTER ${formatExpr(node.predicate)}`;
    case "select":
      return `${node.aggregate ? "AGGREGATE" : "SELECT"} ${list(node.exprs.map(formatExpr))}`;
    case "withColumns":
      return `WITH_COLUMNS ${list(node.exprs.map(formatExpr))}`;
    case "aggregate":
      return `GROUP_BY ${list(node.keys.map(formatExpr))} AGG ${list(node.aggs.map(formatExpr))}`;
    case "sort": {
      const keys = node.keys.map((k, i) => {
        const { descending, nullsLast } = node.directions[i];
        return `${formatExpr(k)} ${descending ? "DESC" : "ASC"}${nullsLast ? "" : " NULLS FIRST"}`;
      });
      return `SORT BY ${list(keys)}${node.limit === null ? "" : ` limit=${node.limit}`}`;
    }
    case "slice":
      return `SLICE offset=${node.offset} length=${node.length ?? "all"}`;
    case "tail":
      return `TAIL ${node.n}`;
    case "concat":
      return "CONCAT";
    case "rowIndex":
      return `WITH_ROW_INDEX ${JSON.stringify(node.name)}`;
    case "join": {
      if (node.asof !== undefined) {
        const { leftOn, rightOn, strategy, tolerance } = node.asof;
        const by = node.leftOn.length === 0 ? "" : ` by left=${names(node.leftOn)} right=${names(node.rightOn)}`;
        return `JOIN ASOF ${strategy.toUpperCase()} left=${JSON.stringify(leftOn)} right=${JSON.stringify(rightOn)}${by}${tolerance === null ? "" : ` tolerance=${tolerance}`}`;
      }
      return node.how === "cross" ? "JOIN CROSS" : `JOIN ${node.how.toUpperCase()} left=${names(node.leftOn)} right=${names(node.rightOn)}`;
    }
  }
}
