import { type RecordBatch, Table } from "apache-arrow";
import { openIpcSource } from "./scan/open-ipc-source.js";
import type { HeapScanOptions, IpcInput, OpenIpcSourceOptions } from "./scan/types.js";

/**
 * Reads a whole Arrow IPC file or stream (the format is told by its first bytes, not the name)
 * through the same validated reader as a scan, so an input gives the same table or the same
 * error either way.
 * @param source - a path or URL, a Node Readable, a ReadableStream, a fetch Response, bytes, or an
 *   (async) iterable of Uint8Array chunks
 * @param options - a name for errors, an abort signal
 * @returns every record batch, as one table
 * @throws IpcScanError when the input is missing, not Arrow IPC, truncated or inconsistent
 */
export async function readIpcTable(source: IpcInput, options: OpenIpcSourceOptions = {}): Promise<Table> {
  const input = await openIpcSource(source, options);
  try {
    const batches: RecordBatch[] = [];
    // The table owns its batches: their heap blocks are freed once it is unreachable.
    const scan: HeapScanOptions = { signal: options.signal, inHeap: true };
    for await (const batch of input.batches(scan)) batches.push(batch);
    return batches.length === 0 ? new Table(input.schema) : new Table(batches);
  } finally {
    await input.close();
  }
}
