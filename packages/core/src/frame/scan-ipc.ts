import { type IpcInput, openIpcSource } from "../io/scan/index.js";
import { scanNode } from "../plan/builder.js";
import { LazyFrame } from "./frames.js";

/**
 * A lazy query over an Arrow IPC file or stream (told apart by its bytes): a path or URL, a Node
 * Readable, a ReadableStream, a fetch Response or bytes. Only the schema is read now; a file read
 * by path is later read with random access, only the columns the query needs.
 * @example
 * const lf = await scanIpc("trips.arrow");
 * const cheapest = await lf.select(col("fare").argmin()).collect();
 */
export async function scanIpc(source: IpcInput, options: { name?: string; signal?: AbortSignal } = {}): Promise<LazyFrame> {
  return new LazyFrame(scanNode(await openIpcSource(source, options)));
}
