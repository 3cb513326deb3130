import { Field, Int64, makeData } from "apache-arrow";
import type { RowIndexNode } from "../../plan/nodes.js";
import { columnsOf, makeBatch } from "../batch.js";
import { mapOperator, type Operator } from "../operator.js";

/** Prepends an Int64 column numbering rows from 0 across batches. */
export function rowIndexOperator(node: RowIndexNode): Operator {
  let next = 0;
  return mapOperator((batch) => {
    const values = new BigInt64Array(batch.numRows);
    for (let i = 0; i < values.length; i++) values[i] = BigInt(next + i);
    next += batch.numRows;
    const index = makeData({ type: new Int64(), length: values.length, nullCount: 0, data: values });
    return makeBatch([new Field(node.name, new Int64(), false), ...batch.schema.fields], [index, ...columnsOf(batch)], batch.numRows);
  });
}
