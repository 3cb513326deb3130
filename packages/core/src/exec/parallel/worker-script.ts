/**
 * Where the worker threads' entry is, and how to start it. Beside this module as built — the
 * package's `dist/parallel-worker.js` (ESM) or `.cjs` (CommonJS); when the engine runs from its
 * TypeScript sources (the tests), `worker.ts` loaded through tsx; when an application bundled the
 * engine into a file of its own, a `parallel-worker.js` it put beside that file (the package
 * exports the entry as `@quiver/core/parallel-worker` for such a bundle), else the installed
 * package's entry. Without any, queries run on the calling thread.
 */
import { createRequire, existsSync, fileURLToPath, pathToFileURL, type WorkerOptions } from "#platform";

/** The URL (or script) a Worker starts from, and its options. */
export interface WorkerScript {
  readonly url: URL | string;
  readonly options: WorkerOptions;
}

let found: WorkerScript | null | undefined;
let override: WorkerScript | undefined;

/** The worker entry, found once; null when there is none to start. */
export function workerScript(): WorkerScript | null {
  return override ?? (found ??= findWorkerScript(import.meta.url));
}

/**
 * Starts workers from another script (for tests: one that never finishes loading); undefined
 * restores the engine's entry. Workers already started keep theirs.
 * @param script - the script and its options, or undefined
 */
export function setWorkerScript(script: WorkerScript | undefined): void {
  override = script;
}

function findWorkerScript(here: string): WorkerScript | null {
  if (here.endsWith(".ts")) {
    const entry = new URL("./worker.ts", here).href;
    const tsx = createRequire(here).resolve("tsx/package.json").replace(/package\.json$/, "dist/esm/api/index.mjs");
    const load = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
    return { url: load, options: { eval: true } };
  }
  const beside = new URL(here.endsWith(".cjs") ? "./parallel-worker.cjs" : "./parallel-worker.js", here);
  if (existsSync(fileURLToPath(beside))) return { url: beside, options: {} };
  try {
    return { url: pathToFileURL(createRequire(here).resolve("@quiver/core/parallel-worker")), options: {} };
  } catch {
    return null;
  }
}
