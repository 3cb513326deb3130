import { closeSync, fileURLToPath, fstatSync, openSync, readSync } from "#platform";
import { plainIpcSource } from "../plain-strings.js";
import { isAligned } from "./byte-input.js";
import { IpcScanError } from "./errors.js";
import { bytesOf } from "./input.js";
import { BytesOpener, cannotOpen, PathOpener } from "./openers.js";
import { openingSteps, seekableSource } from "./seekable-source.js";
import { runSync, type SyncInput } from "./steps.js";
import type { IpcSource } from "./types.js";

/**
 * Opens a path, a `file:` URL or bytes synchronously: the format is sniffed and the footer or
 * Schema message read with `fs.readSync` (only those bytes), by the same code as
 * {@link openIpcSource}, so the schema is known at once and the same errors are raised. Batches
 * are read later, asynchronously, as from `openIpcSource`.
 * @param input - a path to a regular file, a `file:` URL, or the bytes
 * @param options - the name errors and `source.name` use
 * @returns the source
 * @throws IpcScanError naming the input, as openIpcSource does; "unsupported" for an input that
 *   cannot be read synchronously (an http(s) URL, a pipe)
 * @example openIpcSourceSync("trips.arrow").schema.fields.map((f) => f.name)
 */
export function openIpcSourceSync(input: string | URL | Uint8Array | ArrayBuffer, options: { name?: string } = {}): IpcSource {
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const { bytes, name: described } = bytesOf(input);
    const name = options.name ?? described;
    const opened = runSync(new SyncBytes(bytes, name), openingSteps(name));
    return plainIpcSource(seekableSource(name, opened, new BytesOpener(bytes, name)));
  }
  const path = typeof input === "string" ? input : filePath(input);
  const name = options.name ?? path;
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (cause) {
    throw cannotOpen(path, name, cause);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new IpcScanError("io", name, "is a directory; expected an Arrow IPC file");
    if (!stat.isFile()) throw new IpcScanError("unsupported", name, "is not a regular file, which cannot be read synchronously; use openIpcSource");
    const opened = runSync(new SyncFile(fd, name, stat.size), openingSteps(name));
    return plainIpcSource(seekableSource(name, opened, new PathOpener(path, name, undefined, { size: stat.size, mtimeMs: stat.mtimeMs })));
  } finally {
    closeSync(fd);
  }
}

function filePath(url: URL): string {
  if (url.protocol === "file:") return fileURLToPath(url);
  throw new IpcScanError("unsupported", url.href, `a ${url.protocol} URL cannot be read synchronously; use openIpcSource`);
}

/** Bytes in memory, read synchronously by position. */
class SyncBytes implements SyncInput {
  readonly name: string;
  readonly size: number;
  position = 0;
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array, name: string) {
    this.bytes = bytes;
    this.name = name;
    this.size = bytes.byteLength;
  }

  readAt(offset: number, length: number): Uint8Array {
    const view = this.bytes.subarray(offset, Math.min(this.size, offset + length));
    return isAligned(view) ? view : view.slice();
  }
}

/** A regular file read synchronously by position. */
class SyncFile implements SyncInput {
  readonly name: string;
  readonly size: number;
  position = 0;
  private readonly fd: number;

  constructor(fd: number, name: string, size: number) {
    this.fd = fd;
    this.name = name;
    this.size = size;
  }

  readAt(offset: number, length: number): Uint8Array {
    const bytes = new Uint8Array(Math.max(0, Math.min(length, this.size - offset)));
    for (let filled = 0; filled < bytes.length; ) {
      const read = readSync(this.fd, bytes, filled, bytes.length - filled, offset + filled);
      if (read === 0) return bytes.subarray(0, filled);
      filled += read;
    }
    return bytes;
  }
}
