import { defineConfig } from "tsup";

const external = ["apache-arrow", "fast-check"];

export default defineConfig([
  // Node: ESM and CommonJS, with the file system behind "#platform" (src/platform/node.ts). The
  // worker threads' entry sits beside index.js/index.cjs, where exec/parallel/worker-script.ts
  // looks for it by import.meta.url (which `shims` provides in the CommonJS build).
  {
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "parallel-worker": "src/exec/parallel/worker.ts" },
    format: ["esm", "cjs"],
    platform: "node",
    target: "node20",
    dts: true,
    sourcemap: true,
    shims: true,
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
