import { Schema } from "apache-arrow";
import { columnsOf, type Expr, outputName } from "../../expr/index.js";
import type { JoinNode, PlanNode, ScanNode } from "../../plan/nodes.js";
import { withInput, withInputs, type OptimizerRule } from "../rule.js";

/**
 * Tells each scan which columns anything above it reads, so a file-format scan reads only those
 * columns' buffers. Walks the plan from the root, collecting the columns each node needs from its
 * input (a join, from each side); nodes above keep their schemas (they refer to columns by name), only the scan's own
 * schema narrows.
 */
export const projectionPushdown: OptimizerRule = {
  name: "projection_pushdown",
  apply: (plan) => pushColumns(plan, new Set(plan.schema.fields.map((f) => f.name))),
};

function pushColumns(node: PlanNode, needed: ReadonlySet<string>): PlanNode {
  switch (node.kind) {
    case "scan":
      return narrowScan(node, needed);
    case "filter":
      return withInput(node, pushColumns(node.input, union(needed, reads([node.predicate]))));
    case "select":
      return withInput(node, pushColumns(node.input, reads(node.exprs)));
    case "withColumns": {
      const computed = new Set(node.exprs.map(outputName));
      const passed = [...needed].filter((n) => !computed.has(n));
      return withInput(node, pushColumns(node.input, union(new Set(passed), reads(node.exprs))));
    }
    case "aggregate":
      return withInput(node, pushColumns(node.input, reads([...node.keys, ...node.aggs])));
    case "sort":
      return withInput(node, pushColumns(node.input, union(needed, reads(node.keys))));
    case "slice":
    case "tail":
      return withInput(node, pushColumns(node.input, needed));
    case "concat":
      return withInputs(node, node.inputs.map((input) => pushColumns(input, needed)));
    case "rowIndex":
      return withInput(node, pushColumns(node.input, new Set([...needed].filter((n) => n !== node.name))));
    case "join":
      return withInputs(node, [pushColumns(node.left, sideNeeds(node, "left", needed)), pushColumns(node.right, sideNeeds(node, "right", needed))]);
  }
}

/** The columns a join reads from one side: its keys, and those of its outputs needed above. */
function sideNeeds(join: JoinNode, side: "left" | "right", needed: ReadonlySet<string>): Set<string> {
  const names = new Set(side === "left" ? join.leftOn : join.rightOn);
  if (join.asof !== undefined) names.add(side === "left" ? join.asof.leftOn : join.asof.rightOn);
  join.outputs.forEach((o, i) => {
    if (o.side === side && needed.has(join.schema.fields[i].name)) names.add(o.name);
  });
  return names;
}

function narrowScan(scan: ScanNode, needed: ReadonlySet<string>): ScanNode {
  const wanted = union(needed, scan.predicate === null ? new Set() : columnsOf(scan.predicate));
  const all = scan.source.schema.fields;
  const columns = all.filter((f) => wanted.has(f.name)).map((f) => f.name);
  if (columns.length === all.length && scan.columns === null) return scan;
  if (scan.columns !== null && columns.length === scan.columns.length && columns.every((c, i) => c === scan.columns![i])) return scan;
  const schema = new Schema(all.filter((f) => wanted.has(f.name)));
  return Object.freeze({ ...scan, columns, schema });
}

function reads(exprs: readonly Expr[]): Set<string> {
  return new Set(exprs.flatMap((e) => [...columnsOf(e)]));
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a, ...b]);
}
