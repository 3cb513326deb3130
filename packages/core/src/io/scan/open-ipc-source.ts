import { plainIpcSource } from "../plain-strings.js";
import { BlobOpener } from "./blob-input.js";
import { ChunkInput } from "./chunk-input.js";
import { classifyInput } from "./input.js";
import { BytesOpener } from "./openers.js";
import { openPathSource } from "./path-source.js";
import { openSeekableSource } from "./seekable-source.js";
import { openSequentialSource } from "./stream-source.js";
import type { IpcInput, IpcSource, OpenIpcSourceOptions } from "./types.js";

/**
 * Opens an Arrow IPC input for batch-at-a-time reading: the format (file "ARROW1" or stream) is
 * told from the first bytes and the schema is read; batches are read only when scanned.
 *
 * A path to a regular file, a Blob or File, or bytes in memory, is read by position: a scan that projects 2 of 50
 * columns reads only those columns' buffers (guided by the footer for the file format), and can be
 * repeated. Every other input is read front to back with memory bounded by the largest batch, and
 * can be scanned once (an IPC file without a leading Schema message, as arrow-js writes them, is
 * spooled to a temporary file first, since its schema is in the footer at the end). Strings and
 * bytes in the view layouts (as Polars writes them) come out as Utf8 and Binary.
 * @param input - a path or URL, a Node Readable, a ReadableStream, a fetch Response, bytes, a Blob, or an
 *   (async) iterable of Uint8Array chunks
 * @param options - a name for errors, an abort signal for the opening
 * @returns the source: `schema`, `name`, `batches(options)`, `close()`
 * @throws IpcScanError naming the input: missing file, not Arrow (with the bytes found at byte 0),
 *   truncated (with the byte where data ran out), compressed bodies
 * @example
 * const source = await openIpcSource("trips.arrow");
 * for await (const batch of source.batches({ columns: ["fare"] })) total += batch.numRows;
 */
export async function openIpcSource(input: IpcInput, options: OpenIpcSourceOptions = {}): Promise<IpcSource> {
  return plainIpcSource(await openRawIpcSource(input, options));
}

async function openRawIpcSource(input: IpcInput, options: OpenIpcSourceOptions): Promise<IpcSource> {
  const classified = await classifyInput(input, options.signal);
  if (classified.kind === "path") return openPathSource(classified.path, options.name ?? classified.path, options.signal);
  if (classified.kind === "bytes") {
    const name = options.name ?? classified.name;
    return openSeekableSource(new BytesOpener(classified.bytes, name), name, options.signal);
  }
  if (classified.kind === "blob") {
    const name = options.name ?? classified.name;
    return openSeekableSource(new BlobOpener(classified.blob, name), name, options.signal);
  }
  return openSequentialSource(new ChunkInput(classified.source, options.name ?? classified.name), options.signal);
}
