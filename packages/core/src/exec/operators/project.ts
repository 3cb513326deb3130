import { type Data, Field, type RecordBatch } from "apache-arrow";
import { type Expr, fieldOf, isWindow, needsWholeInput } from "../../expr/index.js";
import type { SelectNode, WithColumnsNode } from "../../plan/nodes.js";
import { columnsOf, concatBatches, makeBatch } from "../batch.js";
import { type CompiledScalar, compileScalar, evaluateScalar } from "../eval/index.js";
import { mapOperator, type Operator } from "../operator.js";
import { compileOver } from "../window/over.js";

/** Computes row-wise expressions batch by batch; the batch holds only them. */
export function selectOperator(node: SelectNode): Operator {
  const fields = node.schema.fields.map((f) => new Field(f.name, f.type, true));
  return projectOperator(node.exprs, (batch, values) => makeBatch(fields, values, batch.numRows));
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
  return projectOperator(node.exprs, (batch, values) => {
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

/**
 * The operator evaluating expressions and building each output batch with `build`: batch by
 * batch for row-wise expressions; for windows, compiled once per run so that running windows
 * carry their state from batch to batch; and, when some window needs its whole input (`over`,
 * `rank`), holding every batch and evaluating once over all of them, rows kept in order.
 */
function projectOperator(exprs: readonly Expr[], build: (batch: RecordBatch, values: Data[]) => RecordBatch): Operator {
  if (!exprs.some(isWindow)) return mapOperator((batch) => build(batch, exprs.map((e) => evaluateScalar(e, batch))));
  let compiled: CompiledScalar[] | undefined;
  const evaluate = (batch: RecordBatch) => {
    compiled ??= exprs.map((e) => compileScalar(e, batch.schema, compileOver));
    return build(batch, compiled.map((c) => c.evaluate(batch)));
  };
  if (!exprs.some(needsWholeInput)) return mapOperator(evaluate);
  const held: RecordBatch[] = [];
  return {
    push(batch) {
      held.push(batch);
      return [];
    },
    finish: () => (held.length === 0 ? [] : [evaluate(concatBatches(held))]),
    satisfied: false,
  };
}
