/**
 * Where the worker threads' entry is, and how to start it: beside this module, as built — the
 * package's `dist/parallel-worker.js` (ESM) or `.cjs` (CommonJS) — or, when the engine runs from
 * its TypeScript sources (the tests), `worker.ts` loaded through tsx.
 */
import { createRequire, pathToFileURL, type WorkerOptions } from "#platform";

/** The URL (or script) a Worker starts from, and its options. */
export function workerScript(): { url: URL | string; options: WorkerOptions } {
  const here = import.meta.url;
  if (here.endsWith(".cjs")) return { url: new URL("./parallel-worker.cjs", here), options: {} };
  if (!here.endsWith(".ts")) return { url: new URL("./parallel-worker.js", here), options: {} };
  const entry = new URL("./worker.ts", here).href;
  const tsx = createRequire(here).resolve("tsx/package.json").replace(/package\.json$/, "dist/esm/api/index.mjs");
  const load = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return { url: load, options: { eval: true } };
}
