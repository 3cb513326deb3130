import type { Data, RecordBatch } from "apache-arrow";
import { releaseArray } from "../memory/index.js";

/**
 * Frees the WebAssembly heap blocks under a batch's buffers now, for the batch's owner once no
 * one reads it (see docs/architecture.md, "Memory model"); buffers outside the heap are left to
 * the garbage collector.
 * @param batch - a batch nothing will read again
 */
export function releaseBatch(batch: RecordBatch): void {
  releaseData(batch.data);
}

function releaseData(data: Data): void {
  for (const buffer of [data.values, data.nullBitmap, data.valueOffsets, data.typeIds] as (ArrayBufferView | undefined)[]) {
    if (buffer !== undefined && buffer !== null) releaseArray(buffer);
  }
  // An empty batch made from a schema alone has no child data.
  for (const child of data.children ?? []) releaseData(child);
}
