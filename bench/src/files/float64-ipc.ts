/** S5's input: an Arrow IPC file of seeded uniform doubles, written batch by batch. */
import { closeSync, openSync, writeSync } from "node:fs";
import { makeVector, RecordBatch, RecordBatchFileWriter, Table } from "apache-arrow";
import { fillUniformFloat64, mulberry32 } from "../data.js";

/** Rows per record batch of the file. */
export const FILE_BATCH_ROWS = 1_000_000;

/**
 * Writes `rows` uniform doubles in [-1, 1) as column "x" of an Arrow IPC file, one record batch
 * of {@link FILE_BATCH_ROWS} at a time. Each batch's bytes are on disk before the next batch is
 * generated, so memory stays at about one batch whatever the file's size.
 */
export async function writeFloat64Ipc(path: string, rows: number, seed: number): Promise<void> {
  const next = mulberry32(seed);
  const writer = new RecordBatchFileWriter();
  const fd = openSync(path, "w");
  // The writer queues its bytes; this loop takes them to the file as soon as they are queued.
  const drained = (async () => {
    for await (const bytes of writer) writeSync(fd, bytes);
  })();
  try {
    for (let start = 0; start < rows; start += FILE_BATCH_ROWS) {
      const values = fillUniformFloat64(new Float64Array(Math.min(FILE_BATCH_ROWS, rows - start)), next);
      writer.write(batchOf(values));
      // A macrotask turn lets the drain loop's pending microtasks write this batch out.
      await new Promise((resolve) => setImmediate(resolve));
    }
    writer.finish().close();
    await drained;
  } finally {
    closeSync(fd);
  }
}

function batchOf(values: Float64Array): RecordBatch {
  return new Table({ x: makeVector(values) }).batches[0];
}
