import { defineConfig } from "tsup";

export default defineConfig({
  // The worker threads' entry sits beside index.js/index.cjs, where exec/parallel/worker-script.ts looks.
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "parallel-worker": "src/exec/parallel/worker.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  // import.meta.url in the CommonJS build (exec/parallel/worker-script.ts finds the worker entry by it).
  shims: true,
  target: "node20",
  external: ["apache-arrow", "fast-check"],
});
