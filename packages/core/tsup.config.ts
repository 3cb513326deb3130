import { defineConfig } from "tsup";

const external = ["apache-arrow", "fast-check"];

export default defineConfig([
  // Node: ESM and CommonJS, with the file system behind "#platform" (src/platform/node.ts).
  {
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
    format: ["esm", "cjs"],
    platform: "node",
    target: "node20",
    dts: true,
    sourcemap: true,
    external,
  },
  // Browsers, and bundlers building for them: "#platform" is src/platform/browser.ts. The API and
  // so its types are the same; package.json's build copies index.d.ts beside this bundle.
  {
    entry: { index: "src/index.ts" },
    outDir: "dist/browser",
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    sourcemap: true,
    external,
  },
]);
