/**
 * Child scripts (src/children) bundled by esbuild into one JavaScript file each, so a child
 * process starts as a built program does: no TypeScript loader hooking every import. Quiver is
 * bundled from its source (the quiver-source condition), so no build of the package is needed.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// Under the package's node_modules, so the bundles still resolve the packages left external.
const OUT_DIR = fileURLToPath(new URL("../node_modules/.cache/quiver-bench-children/", import.meta.url));

// Packages with native addons stay outside the bundle and load from node_modules (Quiver loads
// its ZSTD addon by name at run time, which bench/package.json makes resolvable from here).
const EXTERNAL = ["nodejs-polars", "@duckdb/*", "@toondepauw/node-zstd"];

const bundles = new Map<string, Promise<string>>();
let workerEntry: Promise<unknown> | undefined;

/**
 * Quiver's worker threads start from a `parallel-worker.js` beside the file that holds the engine:
 * here, the children's bundles. Built once per harness run, from the same sources.
 */
function bundledWorkerEntry(): Promise<unknown> {
  return (workerEntry ??= build({
    stdin: { contents: 'import "@quiver/core/parallel-worker";', resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "js" },
    outfile: `${OUT_DIR}parallel-worker.js`,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["quiver-source"],
    external: EXTERNAL,
    ignoreAnnotations: true,
    logLevel: "warning",
  }));
}

/**
 * The path of `script` (a file name in src/children) bundled; built once per harness run, so a
 * changed source is always picked up.
 */
export function bundledChild(script: string): Promise<string> {
  let bundle = bundles.get(script);
  if (!bundle) {
    const outfile = `${OUT_DIR}${script.replace(/\.ts$/, ".mjs")}`;
    bundle = build({
      entryPoints: [fileURLToPath(new URL(`./children/${script}`, import.meta.url))],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      conditions: ["quiver-source"],
      external: EXTERNAL,
      // Quiver's package says sideEffects: false, and a bundle honouring it drops the module that
      // registers the DataFrame constructor with LazyFrame; its source is bundled as written.
      ignoreAnnotations: true,
      logLevel: "warning",
    }).then(async () => {
      await bundledWorkerEntry();
      return outfile;
    });
    bundles.set(script, bundle);
  }
  return bundle;
}
