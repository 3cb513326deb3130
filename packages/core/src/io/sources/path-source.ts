import { closeSync, fstatSync, open, openSync, readSync } from "#platform";
import { checkRange, SourceError } from "./errors.js";
import type { RangeSource } from "./types.js";

/** A file's size and modification time, compared at each read to catch a file that changed. */
interface Stamp {
  size: number;
  mtimeMs: number;
}

/**
 * A regular file read by position. No handle is held between reads, so a LazyFrame over a file
 * keeps nothing open; a file that changed since it was first opened is refused, since the offsets
 * read from its footer would no longer hold.
 */
export class PathSource implements RangeSource {
  /**
   * @param path - the file
   * @param name - the name errors use
   * @param stamp - the file's size and modification time when it was opened
   */
  private constructor(
    readonly path: string,
    readonly name: string,
    private readonly stamp: Stamp,
  ) {}

  /** The file's size, as it was when it was opened. */
  get size(): number {
    return this.stamp.size;
  }

  /**
   * Opens a file, reading only its size.
   * @throws SourceError "not-found" or "io" naming the file
   */
  static openSync(path: string, name: string): PathSource {
    const fd = openFd(path, name);
    try {
      return new PathSource(path, name, fstatSync(fd));
    } finally {
      closeSync(fd);
    }
  }

  async read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    checkRange(this.name, this.size, offset, length);
    signal?.throwIfAborted();
    const handle = await open(this.path, "r").catch((cause: unknown) => {
      throw openError(this.path, this.name, cause);
    });
    try {
      this.check(await handle.stat());
      const bytes = new Uint8Array(length);
      for (let filled = 0; filled < length; ) {
        const { bytesRead } = await handle.read(bytes, filled, length - filled, offset + filled).catch((cause: unknown) => {
          throw readError(this.name, offset + filled, cause);
        });
        if (bytesRead === 0) throw this.shrank(offset + filled);
        filled += bytesRead;
        signal?.throwIfAborted();
      }
      return bytes;
    } finally {
      await handle.close();
    }
  }

  readSync(offset: number, length: number): Uint8Array {
    checkRange(this.name, this.size, offset, length);
    const fd = openFd(this.path, this.name);
    try {
      this.check(fstatSync(fd));
      const bytes = new Uint8Array(length);
      for (let filled = 0; filled < length; ) {
        let read: number;
        try {
          read = readSync(fd, bytes, filled, length - filled, offset + filled);
        } catch (cause) {
          throw readError(this.name, offset + filled, cause);
        }
        if (read === 0) throw this.shrank(offset + filled);
        filled += read;
      }
      return bytes;
    } finally {
      closeSync(fd);
    }
  }

  private check(now: Stamp): void {
    if (now.size !== this.stamp.size || now.mtimeMs !== this.stamp.mtimeMs) {
      throw new SourceError("changed", this.name, `the file changed since it was opened (${this.stamp.size} bytes then, ${now.size} now); scan it again`);
    }
  }

  private shrank(at: number): SourceError {
    return new SourceError("truncated", this.name, `the file ended at byte ${at} while being read`, at);
  }
}

function openFd(path: string, name: string): number {
  try {
    return openSync(path, "r");
  } catch (cause) {
    throw openError(path, name, cause);
  }
}

/** An OS error from opening, turned into one that names the path. */
function openError(path: string, name: string, cause: unknown): SourceError {
  const code = (cause as NodeJS.ErrnoException).code;
  const hint = /^[a-z]+:\/\//i.test(path) ? "; to read a URL pass new URL(…) or a fetch Response" : "";
  const why = code === "ENOENT" ? `no such file${hint}` : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : (cause as Error).message;
  return new SourceError(code === "ENOENT" ? "not-found" : "io", name, `cannot open: ${why}`, undefined, { cause });
}

function readError(name: string, offset: number, cause: unknown): SourceError {
  const code = (cause as NodeJS.ErrnoException).code;
  return new SourceError("io", name, `cannot read at byte ${offset}: ${code ?? (cause as Error).message}`, offset, { cause });
}
