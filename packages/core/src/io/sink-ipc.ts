import { basename, dirname, type FileHandle, join, open, randomUUID, rename, requireFileSystem, rm } from "#platform";
import { RecordBatch, type Schema } from "apache-arrow";
import { IpcScanError } from "./scan/errors.js";
import { GrowingDictionaries } from "./dictionary-deltas.js";
import { ipcWriter } from "./ipc-writer.js";

/** Options of writing an Arrow IPC file. */
export interface SinkIpcOptions {
  /** "file" (random access, the default) or "stream". */
  readonly format?: "file" | "stream";
  /** Compresses each buffer of the bodies: "lz4" (LZ4_FRAME) or "zstd"; default none. */
  readonly compression?: "lz4" | "zstd";
}

/**
 * Writes record batches to an Arrow IPC file as they arrive. The bytes go to a temporary file
 * beside the target, renamed over it only once everything was written: a failure — in the query,
 * the disk, or an abort — leaves no partial file and the previous file, if any, untouched, and is
 * reported as the returned promise's rejection (a write error as an IpcScanError naming the target).
 * @param batches - the batches, all of `schema`
 * @param schema - the schema written to the file (also when there is no batch)
 * @param path - the file to create or replace
 * @param options - the IPC format and compression
 * @throws IpcScanError "io" naming `path` when the file cannot be written; the query's own errors as they are
 */
export async function sinkIpcFile(batches: AsyncIterable<RecordBatch>, schema: Schema, path: string, options: SinkIpcOptions = {}): Promise<void> {
  requireFileSystem("sinkIpc");
  if (options.compression !== undefined && options.compression !== "lz4" && options.compression !== "zstd") {
    throw new TypeError(`sinkIpc: compression must be "lz4" or "zstd"; got ${JSON.stringify(options.compression)}`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const writer = await ipcWriter(options.format ?? "file", options.compression);
  let handle: FileHandle;
  try {
    handle = await open(temp, "wx");
  } catch (error) {
    throw cannotWrite(path, error);
  }
  // Declaring the schema first makes a query without rows still write a valid, empty file.
  writer.reset(undefined, schema);
  // The file format takes dictionaries that grow, not ones that change from batch to batch.
  const dictionaries = options.format === "stream" ? undefined : new GrowingDictionaries(schema);
  let writeError: unknown;
  // The bytes are written as the writer produces them; the task is observed at once, so a disk
  // error can never go unhandled while the query is still running.
  const written = (async () => {
    for await (const chunk of writer) {
      for (let done = 0; done < chunk.length; ) done += (await handle.write(chunk, done)).bytesWritten;
    }
  })().catch((error: unknown) => {
    writeError = error;
  });
  try {
    for await (const batch of batches) {
      if (writeError !== undefined) break;
      const declared = withSchema(batch, schema);
      writer.write(dictionaries === undefined ? declared : dictionaries.rewrite(declared));
    }
    writer.finish();
    await written;
    if (writeError !== undefined) throw cannotWrite(path, writeError);
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    writer.abort();
    await written;
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw isSystemError(error) ? cannotWrite(path, error) : error;
  }
}

/** The batch under the declared schema, so the writer sees one schema throughout. */
function withSchema(batch: RecordBatch, schema: Schema): RecordBatch {
  return batch.schema === schema ? batch : new RecordBatch(schema, batch.data);
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/** A write failure named by the target path (never the temporary file) and the OS's reason. */
function cannotWrite(path: string, cause: unknown): IpcScanError {
  const code = (cause as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? `the directory ${dirname(path)} does not exist` : code === "EACCES" ? "permission denied" : code === "ENOSPC" ? "no space left on the device" : (cause as Error).message;
  return new IpcScanError("io", path, `cannot write the Arrow IPC file: ${why}`, undefined, { cause });
}
