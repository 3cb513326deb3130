import type { RecordBatch, Table } from "apache-arrow";
import { makeBatch } from "../exec/batch.js";
import type { ScanSource } from "../plan/nodes.js";
import { columnIndex } from "../types/column-lookup.js";

/**
 * An in-memory Arrow Table as a scan source: its record batches, narrowed to the requested
 * columns without copying.
 * @param name - how explain() and errors name it
 */
export function tableSource(table: Table, name = "memory"): ScanSource {
  function* batchesSync({ columns }: { columns?: readonly string[] }): Generator<RecordBatch> {
    const positions = columns?.map((c) => columnIndex(table.schema, c));
    for (const batch of table.batches) yield positions === undefined ? batch : project(batch, positions);
  }
  return {
    schema: table.schema,
    name,
    rowCount: table.numRows,
    batchesSync,
    async *batches(options) {
      yield* batchesSync(options);
    },
  };
}

function project(batch: RecordBatch, positions: readonly number[]): RecordBatch {
  const children = batch.data.children;
  return makeBatch(positions.map((p) => batch.schema.fields[p]), positions.map((p) => children[p]), batch.numRows);
}
