/** Files a scenario generates once and keeps across runs, in the OS temp folder. */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";

/** Where cached inputs live: outside the repository, shared by every run on this machine. */
const CACHE_DIR = join(os.tmpdir(), "quiver-bench");

/**
 * The path of cached file `name`, created by `create` the first time. The name must say
 * everything the bytes depend on (size, seed, format version), since an existing file is reused
 * as it is. `create` writes to a temporary path that is renamed only once it finished, so an
 * interrupted run leaves no half-written file to be reused.
 */
export async function cachedFile(name: string, create: (path: string) => void | Promise<void>): Promise<string> {
  const path = join(CACHE_DIR, name);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const temp = join(CACHE_DIR, `.${name}.${randomUUID()}.tmp`);
  try {
    await create(temp);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  return path;
}
