// The Spark integration suite: outside the default run, which has no Spark server.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["quiver-source"] },
  ssr: { resolve: { conditions: ["quiver-source"] } },
  test: { include: ["packages/core/test/spark-integration/*.spark.ts"], expect: { requireAssertions: true }, testTimeout: 300_000 },
});
