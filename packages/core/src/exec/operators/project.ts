import { Field, type RecordBatch } from "apache-arrow";
import { type Expr, fieldOf } from "../../expr/index.js";
import type { SelectNode, WithColumnsNode } from "../../plan/nodes.js";
import { columnsOf, makeBatch } from "../batch.js";
import { evaluateScalar } from "../eval/index.js";
import { mapOperator, type Operator } from "../operator.js";

/** Computes row-wise expressions batch by batch; the batch holds only them. */
export function selectOperator(node: SelectNode): Operator {
  return mapOperator((batch) => computeColumns(node.exprs, batch, false));
}

/** Adds or replaces columns batch by batch, keeping the others in place. */
export function withColumnsOperator(node: WithColumnsNode): Operator {
  const position = new Map(node.schema.fields.map((f, i) => [f.name, i]));
  return mapOperator((batch) => {
    const out = computeColumns(node.exprs, batch, true);
    // The batch may lack columns nothing above reads (projection pushdown); a column replaced
    // by a computed one keeps its place in the plan's schema all the same.
    const order = out.schema.fields.map((f, i) => i).sort((a, b) => position.get(out.schema.fields[a].name)! - position.get(out.schema.fields[b].name)!);
    if (order.every((p, i) => p === i)) return out;
    const columns = columnsOf(out);
    return makeBatch(order.map((p) => out.schema.fields[p]), order.map((p) => columns[p]), out.numRows);
  });
}

function computeColumns(exprs: readonly Expr[], batch: RecordBatch, keepInput: boolean): RecordBatch {
  const computed = exprs.map((e) => ({ field: fieldOf(e, batch.schema), data: evaluateScalar(e, batch) }));
  const fields: Field[] = [];
  const columns = [];
  if (keepInput) {
    const inputColumns = columnsOf(batch);
    batch.schema.fields.forEach((f, i) => {
      const replacement = computed.find((c) => c.field.name === f.name);
      fields.push(replacement?.field ?? f);
      columns.push(replacement?.data ?? inputColumns[i]);
    });
  }
  for (const c of computed) {
    if (fields.some((f) => f.name === c.field.name)) continue;
    fields.push(new Field(c.field.name, c.field.type, true));
    columns.push(c.data);
  }
  return makeBatch(fields, columns, batch.numRows);
}
