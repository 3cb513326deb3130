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
  return mapOperator((batch) => computeColumns(node.exprs, batch, true));
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
