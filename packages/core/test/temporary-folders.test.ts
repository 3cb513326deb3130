import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runChild } from "./child-run.js";

describe("temporary copies of streams", () => {
  it("are removed when the process exits, even when the scan that made them never ran", () => {
    const own = mkdtempSync(join(tmpdir(), "quiver-temporary-test-"));
    try {
      const report = runChild<{ spools: number }>(new URL("./fixtures/abandoned-spool-child.ts", import.meta.url), { TMPDIR: own });
      expect(report.spools).toBe(2); // an IPC file and a Parquet file, spooled while the process ran
      expect(readdirSync(own).filter((name) => name.startsWith("quiver-spool-"))).toEqual([]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
