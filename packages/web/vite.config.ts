import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defaultClientConditions, defineConfig } from "vite";

/** vega-datasets' data folder, which its package exports do not expose. */
const datasets = join(dirname(createRequire(import.meta.url).resolve("vega-datasets")), "..", "data");

export default defineConfig(({ command }) => ({
  resolve: {
    // `vite` (pnpm web) serves @quiver/core from its sources, whose "#platform" import takes the
    // browser variant, so nothing needs building first; `vite build` bundles the package's own
    // browser build (dist/browser, the "browser" export condition), as a user's app would.
    conditions: command === "serve" ? ["quiver-source", ...defaultClientConditions] : [...defaultClientConditions],
    alias: { "vega-datasets/data": datasets },
  },
  build: { target: "es2022", chunkSizeWarningLimit: 2048 },
  server: { fs: { allow: ["../..", datasets] } },
}));
