/**
 * Evaluating `expr.over(keys)` over a whole input (the operator gathers it first): rows are
 * assigned partitions by their keys' values (nulls form one partition, NaN another, as in
 * group-by). An aggregate is computed per partition and broadcast to the partition's rows; a
 * row-wise expression with window functions runs over each partition's rows in their order, its
 * kernels reset between partitions, and the results go back to the rows' own places.
 */
import type { Data, DataType, RecordBatch, Schema } from "apache-arrow";
import { type Expr, isAggregate, type OverNode, typeOf } from "../../expr/index.js";
import { concatData } from "../../kernels/concat.js";
import { GroupIndexer } from "../../kernels/group-indexer.js";
import { take } from "../../kernels/take.js";
import { takeRows } from "../batch.js";
import { groupedAggregateFor } from "../eval/aggregate/aggregator.js";
import { compileScalar } from "../eval/compile.js";
import { type Operand, rowsOf } from "../eval/operand.js";

const compile = (expr: Expr, schema: Schema) => compileScalar(expr, schema, compileOver);

/**
 * Compiles an over node (the OverCompiler of compileScalar).
 * @param node - the node
 * @param schema - the input's schema
 * @returns a function from a batch holding the whole input to the over's values
 */
export function compileOver(node: OverNode<Expr>, schema: Schema): (batch: RecordBatch) => Operand {
  const keys = node.keys.map((k) => compile(k, schema));
  const keyTypes: DataType[] = node.keys.map((k) => typeOf(k, schema));
  const type = typeOf(node.input, schema);
  const partitionsOf = (batch: RecordBatch) => {
    const indexer = new GroupIndexer(keyTypes);
    const ids = indexer.assign(keys.map((k) => k.evaluate(batch)));
    return { ids, count: indexer.groupCount };
  };
  if (isAggregate(node.input)) {
    return (batch) => {
      const { ids, count } = partitionsOf(batch);
      const aggregate = groupedAggregateFor(node.input, batch.schema);
      aggregate.update(ids, batch, count);
      return rowsOf(take(aggregate.finish(), ids));
    };
  }
  const input = compile(node.input, schema);
  return (batch) => {
    const { ids, count } = partitionsOf(batch);
    const { order, starts } = partitionOrder(ids, count);
    const sorted = takeRows(batch, order);
    const parts: Data[] = [];
    for (let g = 0; g < count; g++) {
      input.reset();
      parts.push(input.evaluate(sorted.slice(starts[g], starts[g + 1])));
    }
    const inverse = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++) inverse[order[k]] = k;
    return rowsOf(take(concatData(type, parts), inverse));
  };
}

/**
 * A counting sort of rows by partition: the rows of partition 0 in order, then partition 1's…
 * @param ids - each row's partition
 * @param count - the number of partitions
 * @returns the row order and where each partition starts in it (count + 1 entries)
 */
function partitionOrder(ids: Int32Array, count: number): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < ids.length; i++) starts[ids[i] + 1]++;
  for (let g = 0; g < count; g++) starts[g + 1] += starts[g];
  const next = starts.slice(0, count);
  const order = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) order[next[ids[i]]++] = i;
  return { order, starts };
}
