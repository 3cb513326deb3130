import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

/**
 * Runs a TypeScript fixture in a fresh Node process (so its peak resident set is its own) and
 * returns the JSON object its last output line holds. The fixture runs from the sources, through
 * the TypeScript loader.
 * @param fixture - the fixture's URL
 * @param env - extra environment variables
 */
export function runChild<T>(fixture: URL, env: Record<string, string>): T {
  return lastJsonLine<T>(nodeOutput(["--import", "tsx", "--conditions=quiver-source", fileURLToPath(fixture)], env));
}

/**
 * Runs a fixture as users run the engine: bundled into plain JavaScript whose only Quiver import is
 * the built package (`dist/`, made by `pnpm build`, which `pnpm test` runs first), in a fresh Node
 * process without a TypeScript loader — the loader keeps the transpiled sources resident (some 50
 * MB), which a memory budget must not count. The fixture may use the public API only.
 * @param fixture - the fixture's URL; its imports of `src/index.js` become the built package
 * @param env - extra environment variables
 * @returns the JSON object of the fixture's last output line
 * @throws Error when the package is not built, or the fixture imports an internal module
 */
export async function runBuiltChild<T>(fixture: URL, env: Record<string, string>): Promise<T> {
  return lastJsonLine<T>(nodeOutput([await bundled(fixture)], env));
}

const CORE = fileURLToPath(new URL("..", import.meta.url));
const BUILT = join(CORE, "dist", "index.js");
/** Inside the package, so the bundle's external imports resolve from the package's node_modules. */
const OUT_DIR = join(CORE, "test", ".children");

async function bundled(fixture: URL): Promise<string> {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`pnpm build\` before this test`);
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${basename(fileURLToPath(fixture), ".ts")}.mjs`);
  await build({
    entryPoints: [fileURLToPath(fixture)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    plugins: [publicApiOnly],
    logLevel: "error",
  });
  return outfile;
}

/** Resolves the fixtures' `../../src/index.js` to the built package and refuses any other source module. */
const publicApiOnly: Plugin = {
  name: "quiver-built-package",
  setup(bundle) {
    const sources = join(CORE, "src");
    bundle.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
      const target = join(resolveDir, path);
      if (!target.startsWith(sources)) return undefined;
      if (target === join(sources, "index.js")) return { path: pathToFileURL(BUILT).href, external: true };
      throw new Error(`a built-package fixture may import only src/index.js, not ${target.slice(dirname(sources).length + 1)}`);
    });
  },
};

function nodeOutput(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: "utf8" });
}

function lastJsonLine<T>(output: string): T {
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}
