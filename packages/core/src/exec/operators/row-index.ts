import { Field, Int64 } from "apache-arrow";
import type { RowIndexNode } from "../../plan/nodes.js";
import { indexData } from "../../types/index-columns.js";
import { columnsOf, makeBatch } from "../batch.js";
import { mapOperator, type Operator } from "../operator.js";

/** Prepends an Int64 column numbering rows from 0 across batches. */
export function rowIndexOperator(node: RowIndexNode): Operator {
  let next = 0;
  return mapOperator((batch) => {
    const positions = new Float64Array(batch.numRows);
    for (let i = 0; i < positions.length; i++) positions[i] = next + i;
    next += batch.numRows;
    const index = indexData(positions);
    return makeBatch([new Field(node.name, new Int64(), false), ...batch.schema.fields], [index, ...columnsOf(batch)], batch.numRows);
  });
}
