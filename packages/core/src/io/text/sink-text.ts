import { basename, dirname, join, open, randomUUID, rename, rm } from "#platform";
import type { RecordBatch } from "apache-arrow";

/**
 * Writes a text file batch by batch, atomically: the text goes to a temporary file beside the
 * target, renamed over it only once everything was written, so a failure (in the query, the disk,
 * an abort) leaves no partial file and the previous file, if any, untouched.
 * @param batches - the batches to write
 * @param path - the file to create or replace
 * @param head - text written first (a CSV header), or ""
 * @param text - one batch's text
 */
export async function sinkTextFile(batches: AsyncIterable<RecordBatch>, path: string, head: string, text: (batch: RecordBatch) => string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const file = await open(temp, "w");
  const encoder = new TextEncoder();
  try {
    if (head !== "") await file.write(encoder.encode(head));
    for await (const batch of batches) await file.write(encoder.encode(text(batch)));
    await file.close();
    await rename(temp, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
