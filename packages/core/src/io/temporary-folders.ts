import { join, mkdtemp, mkdtempSync, onExit, rm, rmSync, tmpdir } from "#platform";

/**
 * Temporary folders the engine makes (spooled copies of streams), each removed when its reader is
 * done with it, and every one still on disk removed when the process exits — so that a scan never
 * finished, or a process that ends mid-query, leaves nothing behind.
 */

const live = new Set<string>();
let exitCleanup = false;

/**
 * A new temporary folder, tracked until {@link removeTemporaryFolder}.
 * @param prefix - the start of its name, e.g. "quiver-spool-"
 * @returns its path
 */
export async function makeTemporaryFolder(prefix: string): Promise<string> {
  return track(await mkdtemp(join(tmpdir(), prefix)));
}

/** {@link makeTemporaryFolder}, synchronously. */
export function makeTemporaryFolderSync(prefix: string): string {
  return track(mkdtempSync(join(tmpdir(), prefix)));
}

/**
 * Removes a temporary folder and all it holds now.
 * @param dir - a path from {@link makeTemporaryFolder}
 */
export async function removeTemporaryFolder(dir: string): Promise<void> {
  live.delete(dir);
  await rm(dir, { recursive: true, force: true });
}

/** {@link removeTemporaryFolder}, synchronously. */
export function removeTemporaryFolderSync(dir: string): void {
  live.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

function track(dir: string): string {
  live.add(dir);
  if (!exitCleanup) {
    exitCleanup = true;
    onExit(() => {
      for (const folder of live) rmSync(folder, { recursive: true, force: true });
    });
  }
  return dir;
}
