// The SQL text of every construct the lowering covers, in both dialects, pinned by golden files:
// a change to the lowering shows in review as a change of these files. Regenerate them with
// QUIVER_UPDATE_GOLDEN=1 after checking the new text (the DuckDB differential tests check the
// DuckDB text's answers; the Spark text runs only against a real Spark, see docs/scaling.md).
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SqlDialectName } from "../src/sql/index.js";
import { CONSTRUCTS, parquet } from "./sql-constructs.js";

/** The golden text of a dialect: each construct's name as a comment, then its SQL. */
function render(dialect: SqlDialectName): string {
  // The Parquet file's path differs from machine to machine.
  return Object.entries(CONSTRUCTS).map(([name, query]) => `-- ${name}\n${query().toSql({ dialect }).replaceAll(parquet, "alltypes_plain.parquet")};\n`).join("\n");
}

describe("the SQL of every construct", () => {
  for (const dialect of ["spark", "duckdb"] as const) {
    it(`${dialect}: equals test/golden/constructs.${dialect}.sql`, () => {
      const file = new URL(`golden/constructs.${dialect}.sql`, import.meta.url);
      const text = render(dialect);
      if (process.env.QUIVER_UPDATE_GOLDEN === "1") writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, "utf8"));
    });
  }
});
