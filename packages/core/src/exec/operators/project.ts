import { type Data, Field } from "apache-arrow";
import { fieldOf } from "../../expr/index.js";
import type { SelectNode, WithColumnsNode } from "../../plan/nodes.js";
import { columnsOf, makeBatch } from "../batch.js";
import { evaluateScalar } from "../eval/index.js";
import { mapOperator, type Operator } from "../operator.js";

/** Computes row-wise expressions batch by batch; the batch holds only them. */
export function selectOperator(node: SelectNode): Operator {
  const fields = node.schema.fields.map((f) => new Field(f.name, f.type, true));
  return mapOperator((batch) => makeBatch(fields, node.exprs.map((e) => evaluateScalar(e, batch)), batch.numRows));
}

/**
 * Adds or replaces columns batch by batch, building each batch in the plan's column order: a
 * replaced column keeps its place, added ones come last. A batch may lack input columns nothing
 * above reads (projection pushdown); those are simply absent.
 */
export function withColumnsOperator(node: WithColumnsNode): Operator {
  const inputNames = new Set(node.input.schema.fields.map((f) => f.name));
  const computed = new Map(
    node.exprs.map((e, index) => {
      const f = fieldOf(e, node.input.schema);
      return [f.name, { index, field: inputNames.has(f.name) ? f : new Field(f.name, f.type, true) }] as const;
    }),
  );
  return mapOperator((batch) => {
    const values = node.exprs.map((e) => evaluateScalar(e, batch));
    const inputColumns = columnsOf(batch);
    const inBatch = new Map(batch.schema.fields.map((f, i) => [f.name, i]));
    const fields: Field[] = [];
    const columns: Data[] = [];
    for (const { name } of node.schema.fields) {
      const c = computed.get(name);
      const i = inBatch.get(name);
      if (c !== undefined) {
        fields.push(c.field);
        columns.push(values[c.index]);
      } else if (i !== undefined) {
        fields.push(batch.schema.fields[i]);
        columns.push(inputColumns[i]);
      }
    }
    return makeBatch(fields, columns, batch.numRows);
  });
}
