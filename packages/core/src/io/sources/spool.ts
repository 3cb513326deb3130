import type { Readable } from "../readable.js";
import { hasFileSystem, join, open } from "#platform";
import { concatBytes } from "../concat-bytes.js";
import { BytesSource } from "./bytes-source.js";
import { makeTemporaryFolderSync, removeTemporaryFolderSync } from "../temporary-folders.js";
import { SourceError } from "./errors.js";
import { PathSource } from "./path-source.js";
import type { RangeSource } from "./types.js";

/**
 * Copies a stream to a temporary file so that a format needing random access (Parquet's footer
 * comes last) can read it by position; memory stays bounded by one chunk of the stream. The copy
 * lives as long as the process, since a LazyFrame may scan its source more than once. Where there
 * is no file system (a browser) the stream is kept in memory instead.
 * @param chunks - the stream's bytes, in order
 * @param name - the name errors use
 * @param signal - aborts the copy
 * @returns a source over the copy
 */
export async function spool(chunks: AsyncIterable<Uint8Array>, name: string, signal?: AbortSignal): Promise<RangeSource> {
  if (!hasFileSystem) return new BytesSource(await collect(chunks, name, signal), name);
  const dir = makeTemporaryFolderSync("quiver-spool-");
  const path = join(dir, "spooled");
  try {
    const handle = await open(path, "w");
    try {
      for await (const chunk of chunks) {
        signal?.throwIfAborted();
        for (let written = 0; written < chunk.length; ) written += (await handle.write(chunk, written)).bytesWritten;
      }
    } finally {
      await handle.close();
    }
  } catch (cause) {
    removeTemporaryFolderSync(dir);
    if (cause instanceof Error && cause.name === "AbortError") throw cause;
    throw new SourceError("io", name, `cannot read the stream: ${(cause as Error).message}`, undefined, { cause });
  }
  return PathSource.openSync(path, name);
}

/** The chunks of a WHATWG ReadableStream. */
export async function* webStreamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    reader.releaseLock();
  }
}

/** The chunks of a Node Readable (Buffers, which are Uint8Arrays). */
export async function* readableChunks(readable: Readable): AsyncGenerator<Uint8Array> {
  for await (const chunk of readable) yield typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
}

/** The whole stream in memory, for where there is no file system. */
async function collect(chunks: AsyncIterable<Uint8Array>, name: string, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const all: Uint8Array[] = [];
  try {
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      all.push(chunk);
    }
  } catch (cause) {
    if (cause instanceof Error && cause.name === "AbortError") throw cause;
    throw new SourceError("io", name, `cannot read the stream: ${(cause as Error).message}`, undefined, { cause });
  }
  return concatBytes(all);
}
