import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["quiver-source"] },
  ssr: { resolve: { conditions: ["quiver-source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    expect: { requireAssertions: true },
    typecheck: { enabled: false },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
