import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["quiver-source"] },
  ssr: { resolve: { conditions: ["quiver-source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    expect: { requireAssertions: true },
    typecheck: { enabled: false },
    testTimeout: 120_000,
    // Set-up hooks write large files and may install a tool (tmux, a browser) on a fresh machine.
    hookTimeout: 300_000,
  },
});
