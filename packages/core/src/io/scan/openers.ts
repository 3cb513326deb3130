import { type FileHandle, open } from "#platform";
import type { SeekableInput } from "./byte-input.js";
import { BytesInput } from "./bytes-input.js";
import { IpcScanError, sourceClosed } from "./errors.js";
import { FileInput } from "./file-input.js";
import type { InputOpener } from "./seekable-source.js";

/** A file's size and modification time, compared at each scan to catch a file that changed. */
interface Stamp {
  size: number;
  mtimeMs: number;
}

/**
 * Opens the file anew for each scan, so no handle is held between scans, and refuses a file that
 * changed since the first open (its footer and offsets would no longer hold).
 */
export class PathOpener implements InputOpener {
  private readonly path: string;
  private readonly name: string;
  private readonly live = new Set<FileInput>();
  private first: { handle: FileHandle; stamp: Stamp } | undefined;
  private stamp: Stamp | undefined;
  private closed = false;

  /**
   * @param path - the file
   * @param name - the name errors use
   * @param handle - an already open handle, used by the first open
   * @param stamp - the file's size and modification time when its schema was read
   */
  constructor(path: string, name: string, handle?: FileHandle, stamp?: Stamp) {
    this.path = path;
    this.name = name;
    if (handle !== undefined && stamp !== undefined) this.first = { handle, stamp };
    else this.stamp = stamp;
  }

  async open(): Promise<SeekableInput> {
    if (this.closed) throw sourceClosed(this.name);
    const given = this.first;
    this.first = undefined;
    const handle = given?.handle ?? (await openFile(this.path, this.name));
    let stamp: Stamp;
    try {
      stamp = given?.stamp ?? (await handle.stat());
      this.stamp ??= stamp;
      if (stamp.size !== this.stamp.size || stamp.mtimeMs !== this.stamp.mtimeMs) {
        throw new IpcScanError("changed", this.name, `the file changed since it was opened (${this.stamp.size} bytes then, ${stamp.size} now); open it again`);
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    const input = new FileInput(handle, this.name, stamp.size, () => this.live.delete(input));
    this.live.add(input);
    return input;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live].map((input) => input.close()));
    await this.first?.handle.close();
    this.first = undefined;
  }
}

/** Views of bytes already in memory; nothing to open or release. */
export class BytesOpener implements InputOpener {
  private readonly bytes: Uint8Array;
  private readonly name: string;

  /**
   * @param bytes - the whole input
   * @param name - the name errors use
   */
  constructor(bytes: Uint8Array, name: string) {
    this.bytes = bytes;
    this.name = name;
  }

  async open(): Promise<SeekableInput> {
    return new BytesInput(this.bytes, this.name);
  }

  async close(): Promise<void> {
    // The bytes belong to the caller.
  }
}

/**
 * Opens a file for reading, turning the OS error into one that names the path.
 * @param path - the file
 * @param name - the name errors use
 * @returns the handle
 * @throws IpcScanError "not-found" for a missing file, "io" for other failures
 */
export async function openFile(path: string, name: string): Promise<FileHandle> {
  try {
    return await open(path, "r");
  } catch (cause) {
    throw cannotOpen(path, name, cause);
  }
}

/**
 * The error for a path that cannot be opened.
 * @param path - the file
 * @param name - the name errors use
 * @param cause - the OS error
 * @returns IpcScanError "not-found" for a missing file, "io" for other failures
 */
export function cannotOpen(path: string, name: string, cause: unknown): IpcScanError {
  const code = (cause as NodeJS.ErrnoException).code;
  const hint = /^[a-z]+:\/\//i.test(path) ? "; to read a URL pass new URL(…) or a fetch Response" : "";
  const why = code === "ENOENT" ? `no such file${hint}` : code === "EACCES" ? "permission denied" : (cause as Error).message;
  return new IpcScanError(code === "ENOENT" ? "not-found" : "io", name, `cannot open: ${why}`, undefined, { cause });
}
