import { ChunkInput } from "./chunk-input.js";
import { handleChunks } from "./chunk-sources.js";
import { IpcScanError } from "./errors.js";
import { openFile, PathOpener } from "./openers.js";
import { openSeekableSource } from "./seekable-source.js";
import { openSequentialSource } from "./stream-source.js";
import type { IpcSource } from "./types.js";

/**
 * Opens a path: a regular file is read by position (footer-guided for the file format, only the
 * projected columns' bytes); anything else that opens (a pipe, a device) is read once, in order.
 * @param path - the file
 * @param name - the name errors use
 * @param signal - aborts the opening
 * @returns the source
 * @throws IpcScanError naming the path when it is missing, a directory, or not Arrow IPC
 */
export async function openPathSource(path: string, name: string, signal?: AbortSignal): Promise<IpcSource> {
  const handle = await openFile(path, name);
  let stat;
  try {
    stat = await handle.stat();
    if (stat.isDirectory()) throw new IpcScanError("io", name, "is a directory; expected an Arrow IPC file");
  } catch (error) {
    await handle.close();
    throw error;
  }
  if (!stat.isFile()) return openSequentialSource(new ChunkInput(handleChunks(handle), name), signal);
  return openSeekableSource(new PathOpener(path, name, handle, stat), name, signal);
}
