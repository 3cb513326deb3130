import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { RecordBatch, RecordBatchFileWriter, RecordBatchStreamWriter, type Schema } from "apache-arrow";

/** Options of writing an Arrow IPC file. */
export interface SinkIpcOptions {
  /** "file" (random access, the default) or "stream". */
  readonly format?: "file" | "stream";
}

/**
 * Writes record batches to an Arrow IPC file as they arrive. The bytes go to a temporary file
 * beside the target, renamed over it only once everything was written: a failure — in the query,
 * the disk, or an abort — leaves no partial file and the previous file, if any, untouched.
 * @param batches - the batches, all of `schema`
 * @param schema - the schema written to the file (also when there is no batch)
 * @param path - the file to create or replace
 */
export async function sinkIpcFile(batches: AsyncIterable<RecordBatch>, schema: Schema, path: string, options: SinkIpcOptions = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const writer = options.format === "stream" ? new RecordBatchStreamWriter() : new RecordBatchFileWriter();
  // Declaring the schema first makes a query without rows still write a valid, empty file.
  writer.reset(undefined, schema);
  const bytes = writer.toNodeStream();
  const written = pipeline(bytes, createWriteStream(temp));
  try {
    for await (const batch of batches) writer.write(withSchema(batch, schema));
    writer.finish();
    await written;
    await rename(temp, path);
  } catch (error) {
    // Ending the byte stream, not the writer, settles the pipeline: the file stream then closes.
    bytes.destroy();
    await written.catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/** The batch under the declared schema, so the writer sees one schema throughout. */
function withSchema(batch: RecordBatch, schema: Schema): RecordBatch {
  return batch.schema === schema ? batch : new RecordBatch(schema, batch.data);
}
